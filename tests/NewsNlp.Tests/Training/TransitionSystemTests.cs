using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Tests.Training;

/// <summary>Invariants of the arc-hybrid system, its dynamic oracle and the projectivizer, over random trees.</summary>
public class TransitionSystemTests
{
    private const int Labels = 5, RootLabel = 0;

    [Test]
    public void FollowingTheOracleRebuildsEveryProjectiveTree()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = rng.Next(1, 25);
            var heads = RandomProjectiveTree(rng, n);
            var labels = RandomLabels(rng, heads);
            var (builtHeads, builtLabels, totalCost) = Run(heads, labels, rng, randomShare: 0);
            Assert.That(totalCost, Is.Zero);
            Assert.That(builtHeads, Is.EqualTo(heads), $"tree {string.Join(' ', heads)}");
            Assert.That(builtLabels, Is.EqualTo(labels));
        }
    }

    [Test]
    public void CostsCountExactlyTheArcsThatAreLost()
    {
        // Arc-hybrid costs are exact: after any random moves, following the oracle loses exactly
        // the arcs the random moves were charged for (Goldberg & Nivre 2013).
        var rng = new Random(11);
        for (int trial = 0; trial < 1000; trial++)
        {
            int n = rng.Next(1, 20);
            var heads = RandomProjectiveTree(rng, n);
            var labels = RandomLabels(rng, heads);
            var (builtHeads, builtLabels, totalCost) = Run(heads, labels, rng, randomShare: 0.3);
            int errors = 0;
            for (int i = 0; i < n; i++)
                if (builtHeads[i] != heads[i] || builtLabels[i] != labels[i]) errors++;
            Assert.That(errors, Is.EqualTo(totalCost), $"tree {string.Join(' ', heads)} built {string.Join(' ', builtHeads)}");
        }
    }

    [Test]
    public void EveryParseIsASingleRootedTree()
    {
        var rng = new Random(3);
        var state = new ArcHybridState();
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(1, 30);
            state.Reset(n);
            while (!state.IsTerminal)
            {
                var scores = new float[ArcHybridState.ActionCount(Labels)];
                for (int a = 0; a < scores.Length; a++) scores[a] = (float)rng.NextDouble();
                state.Apply(DependencyParser.BestLegal(state, scores, RootLabel));
            }
            int roots = 0;
            for (int i = 0; i < n; i++)
            {
                Assert.That(state.Head[i], Is.InRange(0, n));
                if (state.Head[i] == n) { roots++; Assert.That(state.Label[i], Is.EqualTo(RootLabel)); }
                else Assert.That(state.Label[i], Is.Not.EqualTo(RootLabel));
            }
            Assert.That(roots, Is.EqualTo(1));
            Assert.That(IsProjective(state.Head.AsSpan(0, n).ToArray().Select(h => h == n ? -1 : h).ToArray()), Is.True);
        }
    }

    [Test]
    public void ProjectivizingKeepsProjectiveTreesAndFixesOthers()
    {
        var rng = new Random(5);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = rng.Next(1, 25);
            var projective = RandomProjectiveTree(rng, n).Select(h => h == n ? -1 : h).ToArray();
            var copy = projective.ToArray();
            Assert.That(ArcHybridOracle.Projectivize(copy), Is.Zero);
            Assert.That(copy, Is.EqualTo(projective));

            var any = RandomTree(rng, n);
            ArcHybridOracle.Projectivize(any);
            Assert.That(IsProjective(any), Is.True, string.Join(' ', any));
            Assert.That(any.Count(h => h < 0), Is.EqualTo(1));
            Assert.That(IsTree(any), Is.True);
        }
    }

    [Test]
    public void ANonProjectiveArcIsLiftedToTheGrandparent()
    {
        // "A hearing is scheduled on the issue today": "on" (4) depends on "hearing" (1) across "scheduled" (3).
        int[] heads = [1, 3, 3, -1, 1, 6, 4, 3];
        Assert.That(ArcHybridOracle.Projectivize(heads), Is.EqualTo(1));
        Assert.That(heads[4], Is.EqualTo(3));
    }

    private static (int[] Heads, int[] Labels, int Cost) Run(int[] heads, int[] labels, Random rng, double randomShare)
    {
        int n = heads.Length;
        var state = new ArcHybridState();
        state.Reset(n);
        var costs = new int[ArcHybridState.ActionCount(Labels)];
        int total = 0;
        while (!state.IsTerminal)
        {
            ArcHybridOracle.Costs(state, heads, labels, RootLabel, costs);
            int action;
            if (rng.NextDouble() < randomShare)
            {
                var legal = Enumerable.Range(0, costs.Length).Where(a => costs[a] != int.MaxValue).ToArray();
                action = legal[rng.Next(legal.Length)];
            }
            else action = Array.IndexOf(costs, costs.Min());
            Assert.That(costs.Min(), Is.Zero, "the oracle always has a move that loses nothing more");
            total += costs[action];
            state.Apply(action);
        }
        return (state.Head.AsSpan(0, n).ToArray(), state.Label.AsSpan(0, n).ToArray(), total);
    }

    /// <summary>A random projective tree with the root at index n (the parser's convention).</summary>
    private static int[] RandomProjectiveTree(Random rng, int n)
    {
        var heads = new int[n];
        int root = rng.Next(n);
        heads[root] = n;
        Attach(rng, heads, root, 0, root);
        Attach(rng, heads, root, root + 1, n);
        return heads;
    }

    // Words [from, to) all hang below head: pick a child, recurse on both sides of it.
    private static void Attach(Random rng, int[] heads, int head, int from, int to)
    {
        if (from >= to) return;
        int child = rng.Next(from, to);
        heads[child] = head;
        bool leftOfHead = child < head;
        // Words between the child and its head may hang from the child or the head; keep it simple: from the child.
        Attach(rng, heads, child, from, child);
        Attach(rng, heads, child, child + 1, to);
        _ = leftOfHead;
    }

    private static int[] RandomLabels(Random rng, int[] heads) =>
        heads.Select(h => h == heads.Length ? RootLabel : rng.Next(1, Labels)).ToArray();

    /// <summary>A random tree (any shape, root -1).</summary>
    private static int[] RandomTree(Random rng, int n)
    {
        var order = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
        var heads = new int[n];
        heads[order[0]] = -1;
        for (int k = 1; k < n; k++) heads[order[k]] = order[rng.Next(k)];
        return heads;
    }

    private static bool IsTree(int[] heads)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            int a = i, steps = 0;
            while (a >= 0 && steps++ <= heads.Length) a = heads[a];
            if (a != -1) return false;
        }
        return true;
    }

    private static bool IsProjective(int[] heads)
    {
        for (int d = 0; d < heads.Length; d++)
        {
            int h = heads[d];
            if (h < 0) continue;
            for (int k = Math.Min(h, d) + 1; k < Math.Max(h, d); k++)
            {
                int a = k;
                while (a >= 0 && a != h) a = heads[a];
                if (a != h) return false;
            }
        }
        return true;
    }
}
