using System.Diagnostics;
using NewsNlp.Models;
using NewsNlp.Text;
using NewsNlp.Zoning;

namespace NewsNlp.Training.Zoning;

/// <summary>Settings of <see cref="ZoningTrainer.Train"/>; the defaults made the shipped model.</summary>
public sealed class ZoningTrainingOptions
{
    /// <summary>Weight table size: 2^Bits rows per stage.</summary>
    public int Bits { get; set; } = 18;

    /// <summary>Passes over the training pages, per stage.</summary>
    public int Epochs { get; set; } = 6;

    /// <summary>First-epoch learning rate of the stochastic gradient steps.</summary>
    public float Rate { get; set; } = 0.05f;

    /// <summary>Folds for the stage-1 decisions stage 2 is trained on (each page's come from a model that never saw it).</summary>
    public int Folds { get; set; } = 4;

    /// <summary>Stacked stages (1: no stacking).</summary>
    public int Stages { get; set; } = 2;

    /// <summary>Features seen on fewer lines are left out (smaller model, less noise).</summary>
    public int MinCount { get; set; } = 3;

    /// <summary>Shuffling seed: same seed and data, same model.</summary>
    public int Seed { get; set; } = 13;

    /// <summary>Boosted trees of the body stage over the last linear stage's decisions (0: none).</summary>
    public int Trees { get; set; } = 300;

    /// <summary>Leaves per tree of the body stage.</summary>
    public int Leaves { get; set; } = 32;

    /// <summary>Learning rate of the body stage's boosting.</summary>
    public float TreeRate { get; set; } = 0.1f;

    /// <summary>Least log-odds score of a body block in the tree stage.</summary>
    public float TreeThreshold { get; set; }

    /// <summary>Progress, or null.</summary>
    public TextWriter? Log { get; set; }
}

/// <summary>
/// Trains a <see cref="ZoningModel"/>: multinomial logistic regression by averaged stochastic
/// gradient descent over hashed features, stacked twice (stage 2 reads stage 1's out-of-fold decisions).
/// </summary>
public static class ZoningTrainer
{
    /// <summary>A training page: its blocks' features and gold labels.</summary>
    internal sealed class Prepared(ZonePage page, byte[] gold)
    {
        public ZonePage Page { get; } = page;
        public byte[] Gold { get; } = gold;
        public int[] Features2 { get; set; } = [];
        public int[] Starts2 { get; set; } = [];
    }

    public static ZoningModel Train(IReadOnlyList<WcxbPage> pages, ModelManifest manifest, ZoningTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        int mask = (1 << options.Bits) - 1;
        var prepared = pages.Select(p => Prepare(p, mask)).Where(p => p.Page.Count > 0).ToArray();
        var keep = Counts(prepared, p => p.Page.Features, options.MinCount, options.Bits);
        // Stage-1 decisions for every page from a model trained on the other folds: stage 2 learns how
        // far to trust stage 1 on pages it has not seen, as at run time.
        var p1 = new float[prepared.Length][];
        for (int k = 0; k < options.Folds; k++)
        {
            var train = prepared.Where((_, i) => i % options.Folds != k).ToArray();
            var fold = TrainStage(train, p => (p.Page.Features, p.Page.FeatureStarts), keep, options, options.Seed + k);
            for (int i = k; i < prepared.Length; i += options.Folds) p1[i] = Stage1(fold, prepared[i].Page);
            options.Log?.WriteLine($"zones: stage 1 fold {k + 1}/{options.Folds} ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        var stages = new List<ZoneWeights> { TrainStage(prepared, p => (p.Page.Features, p.Page.FeatureStarts), keep, options, options.Seed) };
        for (int s = 1; s < options.Stages; s++)
        {
            // Stage s reads stage s-1's out-of-fold decisions; its own out-of-fold decisions feed stage s+1.
            for (int i = 0; i < prepared.Length; i++) Stack(prepared[i], p1[i]);
            var keepS = Counts(prepared, p => p.Features2, options.MinCount, options.Bits);
            // Out-of-fold decisions of this stage feed the next one, or the tree stage after the last.
            if (s + 1 < options.Stages || options.Trees > 0)
            {
                var next = new float[prepared.Length][];
                for (int k = 0; k < options.Folds; k++)
                {
                    var train = prepared.Where((_, i) => i % options.Folds != k).ToArray();
                    var fold = TrainStage(train, p => (p.Features2, p.Starts2), keepS, options, options.Seed + 100 * s + k);
                    for (int i = k; i < prepared.Length; i += options.Folds) next[i] = Apply(fold, prepared[i]);
                }
                p1 = next;
            }
            stages.Add(TrainStage(prepared, p => (p.Features2, p.Starts2), keepS, options, options.Seed + 100 * s));
            options.Log?.WriteLine($"zones: stage {s + 1} ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        ZoneTrees? trees = null;
        if (options.Trees > 0)
        {
            trees = ZoningTreeTrainer.Train(prepared, p1, options);
            options.Log?.WriteLine($"zones: tree stage, {trees.Trees.Length} trees ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        options.Log?.WriteLine($"zones: trained on {prepared.Length} pages, {prepared.Sum(p => p.Page.Count):N0} lines in {clock.Elapsed.TotalSeconds:F0} s");
        // The manifest is immutable: the model gets a copy with the labels and training details.
        manifest = manifest with { Labels = ["furniture", "headline", "body"] };
        manifest = manifest.WithTraining("bits", options.Bits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("epochs", options.Epochs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("rate", options.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("stages", options.Stages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("folds", options.Folds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("min_count", options.MinCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("seed", options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("trees", options.Trees.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("leaves", options.Leaves.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("tree_rate", options.TreeRate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("tree_threshold", options.TreeThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("pages", prepared.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        manifest = manifest.WithTraining("lines", prepared.Sum(p => p.Page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ZoningModel(manifest, stages.ToArray(), trees);
    }

    /// <summary>A page's text (its lines joined by line feeds), its blocks (one per non-blank line) and their labels.</summary>
    internal static Prepared Prepare(WcxbPage page, int mask)
    {
        var (text, spans) = Join(page.Lines);
        var blocks = new List<(int, int)>(spans.Length);
        var gold = new List<byte>(spans.Length);
        for (int i = 0; i < spans.Length; i++)
            if (spans[i].End > spans[i].Start) { blocks.Add(spans[i]); gold.Add(page.Labels[i]); }
        return new Prepared(new ZonePage(text, blocks.ToArray(), mask), gold.ToArray());
    }

    /// <summary>The lines joined by line feeds, and each line's span trimmed as the zoner trims blocks (empty when blank).</summary>
    public static (string Text, (int Start, int End)[] Lines) Join(IReadOnlyList<string> lines)
    {
        var spans = new (int Start, int End)[lines.Count];
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            int s = sb.Length;
            sb.Append(lines[i]);
            int e = sb.Length;
            while (s < e && CharClass.IsSeparator(sb[s])) s++;
            while (e > s && CharClass.IsSeparator(sb[e - 1])) e--;
            spans[i] = (s, e);
        }
        return (sb.ToString(), spans);
    }

    /// <summary>Fills the page's stacked features from the previous stage's decisions <paramref name="p"/>.</summary>
    private static void Stack(Prepared prepared, float[] p)
    {
        var page = prepared.Page;
        Span<int> buffer = stackalloc int[ZoneFeatures.MaxPerBlock];
        var sums = new float[page.Count + 1];
        var summary = ZonePage.Summarise(p, sums);
        var starts = new int[page.Count + 1];
        var all = new List<int>(page.Features.Length + page.Count * 20);
        for (int b = 0; b < page.Count; b++)
        {
            int n = page.StackedFeatures(b, p, sums, summary, buffer);
            all.AddRange(buffer[..n]);
            starts[b + 1] = all.Count;
        }
        prepared.Features2 = all.ToArray();
        prepared.Starts2 = starts;
    }

    private static float[] Apply(ZoneWeights weights, Prepared prepared)
    {
        var p = new float[prepared.Gold.Length * 3];
        for (int b = 0; b < prepared.Gold.Length; b++)
            weights.Probabilities(prepared.Features2.AsSpan(prepared.Starts2[b], prepared.Starts2[b + 1] - prepared.Starts2[b]), p.AsSpan(b * 3, 3));
        return p;
    }

    private static float[] Stage1(ZoneWeights weights, ZonePage page)
    {
        var p = new float[page.Count * 3];
        for (int b = 0; b < page.Count; b++) weights.Probabilities(page.LocalFeatures(b), p.AsSpan(b * 3, 3));
        return p;
    }

    private static bool[] Counts(Prepared[] pages, Func<Prepared, int[]> features, int minCount, int bits)
    {
        var counts = new int[1 << bits];
        foreach (var p in pages) foreach (int f in features(p)) counts[f]++;
        var keep = new bool[1 << bits];
        for (int r = 0; r < keep.Length; r++) keep[r] = counts[r] >= minCount;
        return keep;
    }

    /// <summary>Averaged SGD on the log loss of a softmax over the three classes.</summary>
    private static ZoneWeights TrainStage(Prepared[] pages, Func<Prepared, (int[] Features, int[] Starts)> select, bool[] keep, ZoningTrainingOptions options, int seed)
    {
        const int C = ZoneWeights.Classes;
        var w = new float[C << options.Bits];
        // Averaging by the usual trick: u accumulates t * step, and the average is w - u / t.
        var u = new double[w.Length];
        long t = 1;
        var order = Enumerable.Range(0, pages.Length).ToArray();
        var random = new Random(seed);
        Span<float> p = stackalloc float[C];
        Span<int> kept = stackalloc int[ZoneFeatures.MaxPerBlock];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            float rate = options.Rate / MathF.Sqrt(1 + epoch);
            foreach (int pi in order)
            {
                var (features, starts) = select(pages[pi]);
                var gold = pages[pi].Gold;
                for (int b = 0; b < gold.Length; b++, t++)
                {
                    int n = 0;
                    for (int k = starts[b]; k < starts[b + 1]; k++) if (keep[features[k]]) kept[n++] = features[k];
                    var f = kept[..n];
                    Score(w, f, p);
                    for (int c = 0; c < C; c++)
                    {
                        float g = p[c] - (gold[b] == c ? 1f : 0f);
                        if (g == 0) continue;
                        float step = rate * g;
                        foreach (int r in f)
                        {
                            w[r * C + c] -= step;
                            u[r * C + c] -= (double)t * step;
                        }
                    }
                }
            }
        }
        var averaged = new float[w.Length];
        for (int i = 0; i < w.Length; i++) averaged[i] = (float)(w[i] - u[i] / t);
        return new ZoneWeights(options.Bits, averaged);
    }

    private static void Score(float[] w, ReadOnlySpan<int> f, Span<float> p)
    {
        float a = 0, b = 0, c = 0;
        foreach (int r in f) { a += w[r * 3]; b += w[r * 3 + 1]; c += w[r * 3 + 2]; }
        float m = Math.Max(a, Math.Max(b, c));
        float ea = MathF.Exp(a - m), eb = MathF.Exp(b - m), ec = MathF.Exp(c - m), z = ea + eb + ec;
        p[0] = ea / z; p[1] = eb / z; p[2] = ec / z;
    }
}
