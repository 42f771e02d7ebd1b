using NewsNlp.Accurate.Heads;
using NewsNlp.Accurate.Runtime;

namespace NewsNlp.Tests.Accurate;

/// <summary>The decoders against brute force on small random cases, and the window planner's invariants.</summary>
[TestFixture]
public class AccurateDecodingTests
{
    [Test]
    public void ViterbiIsTheBestSequenceThatKeepsBio()
    {
        var decoder = new BioDecoder(TinyTransformer.Onto);
        int n = TinyTransformer.Onto.Length;
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++)
        {
            int words = 1 + random.Next(4);
            var scores = new float[words * n];
            for (int i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 6 - 3) + (TinyTransformer.Onto[i % n].StartsWith('I') ? 2 : 0);
            var best = new int[words];
            var probability = new float[words];
            decoder.Decode(scores, words, best, probability); // scores are now log-probabilities
            Assert.That(Valid(best, decoder), Is.True, "BIO broken");
            // Brute force over every sequence.
            double bestScore = double.NegativeInfinity;
            var seq = new int[words];
            for (long code = 0; code < (long)Math.Pow(n, words); code++)
            {
                long c = code;
                double total = 0;
                for (int w = 0; w < words; w++) { seq[w] = (int)(c % n); c /= n; total += scores[w * n + seq[w]]; }
                if (Valid(seq, decoder) && total > bestScore) bestScore = total;
            }
            double got = 0;
            for (int w = 0; w < words; w++) got += scores[w * n + best[w]];
            Assert.That(got, Is.EqualTo(bestScore).Within(1e-4));
            Assert.That(probability, Has.All.InRange(0f, 1f));
        }
    }

    private static bool Valid(int[] tags, BioDecoder decoder)
    {
        for (int w = 0; w < tags.Length; w++)
            if (decoder.IsInside[tags[w]] && (w == 0 || decoder.Types[tags[w - 1]] != decoder.Types[tags[w]])) return false;
        return true;
    }

    [Test]
    public void SpanningTreeIsTheBestTreeWithOneRootWord()
    {
        var random = new Random(5);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = 2 + random.Next(5); // root + up to 5 words
            var scores = new float[n * n];
            for (int i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 10 - 5);
            // Make the root attractive, so that greedy heads often have several root words.
            for (int d = 1; d < n; d++) scores[d * n] += 3;
            var heads = SpanningTree.Decode(scores, n);
            Assert.That(IsOneRootTree(heads), Is.True, $"not a one-root tree: {string.Join(",", heads)}");
            double bestScore = double.NegativeInfinity;
            var h = new int[n];
            h[0] = -1;
            for (long code = 0; code < (long)Math.Pow(n, n - 1); code++)
            {
                long c = code;
                for (int d = 1; d < n; d++) { h[d] = (int)(c % n); c /= n; }
                if (!IsOneRootTree(h)) continue;
                double total = 0;
                for (int d = 1; d < n; d++) total += scores[d * n + h[d]];
                bestScore = Math.Max(bestScore, total);
            }
            double got = 0;
            for (int d = 1; d < n; d++) got += scores[d * n + heads[d]];
            Assert.That(got, Is.EqualTo(bestScore).Within(1e-3), $"n={n}");
        }
    }

    private static bool IsOneRootTree(int[] heads)
    {
        int n = heads.Length, roots = 0;
        for (int d = 1; d < n; d++)
        {
            if (heads[d] == d || heads[d] < 0 || heads[d] >= n) return false;
            if (heads[d] == 0) roots++;
            int v = d;
            for (int steps = 0; v != 0; steps++)
            {
                if (steps > n) return false; // a cycle
                v = heads[v];
            }
        }
        return roots == 1;
    }

    [Test]
    public void WindowsCoverEveryWordOnceAndStayWithinTheTrainingLength()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 100; trial++)
        {
            int words = 1 + random.Next(600);
            var starts = new int[words + 1];
            for (int w = 0; w < words; w++) starts[w + 1] = starts[w] + 1 + (random.Next(10) == 0 ? random.Next(16) : 0);
            var windows = new List<(int First, int End)>();
            var owner = new int[words];
            PieceWindows.Plan(starts, windows, owner);
            Assert.That(windows[0].First, Is.Zero);
            Assert.That(windows[^1].End, Is.EqualTo(words));
            for (int k = 0; k < windows.Count; k++)
            {
                Assert.That(starts[windows[k].End] - starts[windows[k].First] + 2, Is.LessThanOrEqualTo(PieceWindows.MaxPieces));
                if (k > 0) Assert.That(windows[k].First, Is.GreaterThan(windows[k - 1].First).And.LessThanOrEqualTo(windows[k - 1].End));
            }
            for (int w = 0; w < words; w++)
                Assert.That(w, Is.InRange(windows[owner[w]].First, windows[owner[w]].End - 1));
            if (starts[words] + 2 <= PieceWindows.MaxPieces) Assert.That(windows, Has.Count.EqualTo(1));
        }
    }
}
