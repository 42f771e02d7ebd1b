using NewsNlp.Learning;

namespace NewsNlp.Zoning;

/// <summary>
/// The numeric features the tree stage (<see cref="ZoneTrees"/>) reads for a block: the last linear
/// stage's probabilities on the block and around it, where the block lies against the page's prose,
/// and the block's own shape. Trees find what the linear stages cannot add up: "a short line between
/// two story paragraphs", "a one-sentence line in a long list of one-sentence lines".
/// </summary>
/// <remarks>The order of the features is part of the model format (trees name features by index).</remarks>
internal static class ZoneDense
{
    /// <summary>Features per block.</summary>
    public const int Count = 61;

    private static readonly int[] Windows = [2, 5, 10, 25, 50];

    /// <summary>Missing (before the first or after the last block).</summary>
    private const float None = -1f;

    /// <summary>
    /// Writes block <paramref name="i"/>'s features into <paramref name="x"/> from the last linear
    /// stage's probabilities <paramref name="p"/> (furniture, headline, body per block), their prefix
    /// sums <paramref name="bodySums"/> and the page <paramref name="summary"/>.
    /// </summary>
    public static void Write(ZonePage page, ReadOnlySpan<float> p, ReadOnlySpan<float> bodySums, in ZonePage.Summary summary, in PageFacts facts, int i, Span<float> x)
    {
        var stats = page.Stats;
        int n = stats.Length;
        int k = 0;
        x[k++] = p[i * 3 + 2];
        x[k++] = p[i * 3 + 1];
        for (int d = -3; d <= 3; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            x[k++] = j < 0 || j >= n ? None : p[j * 3 + 2];
        }
        foreach (int r in Windows)
        {
            int lo = Math.Max(0, i - r), hi = Math.Min(n, i + r + 1);
            x[k++] = i == lo ? None : (bodySums[i] - bodySums[lo]) / (i - lo);
            x[k++] = hi == i + 1 ? None : (bodySums[hi] - bodySums[i + 1]) / (hi - i - 1);
        }
        // Against the densest run of prose: inside it, or how far before or after.
        x[k++] = i < summary.RegionStart ? summary.RegionStart - i : 0;
        x[k++] = i >= summary.RegionEnd ? i - summary.RegionEnd + 1 : 0;
        x[k++] = summary.RegionEnd - summary.RegionStart;
        x[k++] = i - summary.Title;
        float total = bodySums[n];
        x[k++] = total <= 0 ? None : bodySums[i] / total;
        x[k++] = total;

        ref readonly var s = ref stats[i];
        x[k++] = s.Length;
        x[k++] = s.Words;
        x[k++] = s.Words == 0 ? None : (float)s.CapWords / s.Words;
        x[k++] = s.Words == 0 ? None : (float)s.LowerWords / s.Words;
        x[k++] = s.Commas;
        x[k++] = s.InnerStops;
        x[k++] = s.Letters + s.Digits == 0 ? None : (float)s.Digits / (s.Letters + s.Digits);
        x[k++] = s.Letters == 0 ? None : (float)s.NonLatin / s.Letters;
        x[k++] = s.End;
        x[k++] = s.Start;
        x[k++] = s.Url ? 1 : 0;
        x[k++] = s.Pipes;
        x[k++] = s.Bullets;
        x[k++] = s.Upper == s.Letters && s.Letters > 1 ? 1 : 0;
        x[k++] = i;
        x[k++] = n - 1 - i;
        x[k++] = (float)i / n;
        x[k++] = page.Repeats[i];
        x[k++] = page.RepeatOf[i] >= 0 ? 1 : 0;
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            x[k++] = j < 0 || j >= n ? None : stats[j].Length;
            x[k++] = j < 0 || j >= n ? None : stats[j].End;
        }
        // The page: how long, how much of it reads as prose, how long its lines are.
        x[k++] = n;
        x[k++] = facts.MeanLength;
        x[k++] = facts.ProseLines;
        x[k++] = facts.TerminalShare;
        // Lines like this one (same length bucket and ending) on the page, and how many of them read as prose.
        int bucket = BlockStats.LengthBucket(s.Length) * 8 + s.End;
        x[k++] = facts.ShapeCount[bucket];
        x[k++] = facts.ShapeCount[bucket] == 0 ? None : facts.ShapeBody[bucket] / facts.ShapeCount[bucket];
        x[k++] = facts.Run(i);
        // Vocabulary: do this block's words come back in prose elsewhere on the page, and in the headline?
        var (cohesion, seen, title) = facts.Words(i, summary.Title);
        x[k++] = cohesion;
        x[k++] = seen;
        x[k++] = title;
        if (k != Count) throw new InvalidOperationException($"{k} dense features, expected {Count}");
    }

    /// <summary>What the dense features read of the whole page, computed once per page.</summary>
    public sealed class PageFacts
    {
        public PageFacts(ZonePage page, float[] p)
        {
            var stats = page.Stats;
            int n = stats.Length;
            long length = 0;
            int terminal = 0;
            ShapeCount = new float[80];
            ShapeBody = new float[80];
            for (int i = 0; i < n; i++)
            {
                length += stats[i].Length;
                if (stats[i].End == BlockStats.EndTerminal) terminal++;
                if (p[i * 3 + 2] >= 0.5f) ProseLines++;
                int bucket = BlockStats.LengthBucket(stats[i].Length) * 8 + stats[i].End;
                ShapeCount[bucket]++;
                ShapeBody[bucket] += p[i * 3 + 2];
            }
            MeanLength = n == 0 ? 0 : (float)length / n;
            TerminalShare = n == 0 ? 0 : (float)terminal / n;
            // Runs of blocks the linear stage calls body (p >= 0.5): each block's run length, 0 outside one.
            // The caller's probabilities, read while the page's features are written (not changed meanwhile).
            _p = p;
            var words = new List<ulong>();
            _wordStarts = new int[n + 1];
            _vocabulary = [];
            for (int i = 0; i < n; i++)
            {
                var (start, end) = page.Blocks[i];
                BlockWords(page.Text.AsSpan(start, Math.Min(end - start, BlockStats.MaxMeasured)), words);
                _wordStarts[i + 1] = words.Count;
                for (int k = _wordStarts[i]; k < words.Count; k++)
                {
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_vocabulary, words[k], out _);
                    slot = (slot.Lines + 1, slot.Body + p[i * 3 + 2]);
                }
            }
            _words = words.ToArray();
            _runs = new int[n];
            for (int i = 0; i < n;)
            {
                if (p[i * 3 + 2] < 0.5f) { i++; continue; }
                int j = i;
                while (j < n && p[j * 3 + 2] >= 0.5f) j++;
                for (int m = i; m < j; m++) _runs[m] = j - i;
                i = j;
            }
        }

        private readonly int[] _runs;
        private readonly ulong[] _words;
        private readonly int[] _wordStarts;
        private readonly Dictionary<ulong, (float Lines, float Body)> _vocabulary;

        /// <summary>Content words (4+ letters, case-folded) a block contributes, at most this many distinct.</summary>
        private const int MaxWords = 64;

        private static void BlockWords(ReadOnlySpan<char> block, List<ulong> into)
        {
            int start = into.Count;
            int pos = 0;
            while (pos < block.Length && into.Count - start < MaxWords)
            {
                while (pos < block.Length && !char.IsLetter(block[pos])) pos++;
                int s = pos;
                while (pos < block.Length && char.IsLetter(block[pos])) pos++;
                if (pos - s < 4) continue;
                ulong h = FeatureHash.AddNormalized(FeatureHash.Start(0), block[s..pos]);
                bool dup = false;
                for (int k = start; k < into.Count; k++) if (into[k] == h) { dup = true; break; }
                if (!dup) into.Add(h);
            }
        }

        /// <summary>
        /// Of block <paramref name="i"/>'s words: the mean body probability of the other blocks that use
        /// them, the share used by any other block, and the share the block <paramref name="title"/> uses.
        /// </summary>
        public (float Cohesion, float Seen, float Title) Words(int i, int title)
        {
            int from = _wordStarts[i], to = _wordStarts[i + 1];
            if (to == from) return (None, None, None);
            float cohesion = 0, seen = 0, inTitle = 0;
            var titleWords = _words.AsSpan(_wordStarts[title], _wordStarts[title + 1] - _wordStarts[title]);
            for (int k = from; k < to; k++)
            {
                var (lines, body) = _vocabulary[_words[k]];
                // Leave the block itself out.
                lines -= 1;
                body -= _p[i * 3 + 2];
                if (lines > 0) { seen++; cohesion += body / lines; }
                if (i != title && titleWords.Contains(_words[k])) inTitle++;
            }
            return (seen == 0 ? None : cohesion / seen, seen / (to - from), inTitle / (to - from));
        }

        private readonly float[] _p;

        public float MeanLength { get; }
        public float ProseLines { get; private set; }
        public float TerminalShare { get; }
        public float[] ShapeCount { get; }
        public float[] ShapeBody { get; }

        public float Run(int i) => _runs[i];
    }
}
