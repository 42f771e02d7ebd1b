using System.Runtime.InteropServices;

namespace NewsNlp.Zoning;

/// <summary>
/// One text cut into blocks, with what every block's features need: its shape, how often its text
/// occurs, which earlier block it repeats, and its stage-1 features (kept for stage 2 and for training).
/// </summary>
internal sealed class ZonePage
{
    public ZonePage(string text, (int Start, int End)[] blocks, int mask)
    {
        Text = text;
        Blocks = blocks;
        int n = blocks.Length;
        Stats = new BlockStats[n];
        for (int i = 0; i < n; i++) Stats[i] = BlockStats.Measure(text.AsSpan(blocks[i].Start, blocks[i].End - blocks[i].Start));
        RepeatOf = new int[n];
        Repeats = new int[n];
        var first = new Dictionary<(ulong, int), int>(n);
        for (int i = 0; i < n; i++)
        {
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(first, (Stats[i].TextHash, Stats[i].Length), out bool seen);
            // The hash is 64 bits over the whole text, but a repeat is a claim about the text: compare it.
            if (seen && text.AsSpan(blocks[slot].Start, Stats[i].Length).SequenceEqual(text.AsSpan(blocks[i].Start, Stats[i].Length)))
            {
                RepeatOf[i] = slot;
                Repeats[slot]++;
            }
            else
            {
                if (!seen) slot = i;
                RepeatOf[i] = -1;
                Repeats[i] = 1;
            }
        }
        for (int i = 0; i < n; i++) if (RepeatOf[i] >= 0) Repeats[i] = Repeats[RepeatOf[i]];
        Mask = mask;
        FeatureStarts = new int[n + 1];
        var buffer = new int[ZoneFeatures.MaxPerBlock];
        var all = new List<int>(Math.Min(n, 4096) * 40);
        for (int i = 0; i < n; i++)
        {
            int k = ZoneFeatures.Local(text, blocks, Stats, Repeats, RepeatOf, i, mask, buffer);
            all.AddRange(buffer.AsSpan(0, k));
            FeatureStarts[i + 1] = all.Count;
        }
        Features = all.ToArray();
    }

    public string Text { get; }
    public (int Start, int End)[] Blocks { get; }
    public BlockStats[] Stats { get; }
    public int[] RepeatOf { get; }
    public int[] Repeats { get; }
    public int Mask { get; }
    public int[] Features { get; }
    public int[] FeatureStarts { get; }

    public int Count => Blocks.Length;

    public ReadOnlySpan<int> LocalFeatures(int i) => Features.AsSpan(FeatureStarts[i], FeatureStarts[i + 1] - FeatureStarts[i]);

    /// <summary>Stage-1 features and then the stage-2 features of block <paramref name="i"/>, in <paramref name="buffer"/>.</summary>
    public int StackedFeatures(int i, ReadOnlySpan<float> p1, ReadOnlySpan<float> bodySums, in Summary summary, Span<int> buffer)
    {
        var local = LocalFeatures(i);
        local.CopyTo(buffer);
        return ZoneFeatures.Stacked(Stats, p1, bodySums, summary, i, Mask, buffer, local.Length);
    }

    /// <summary>What stage 2 reads of the whole page: the most headline-like block, and the run of blocks
    /// with the most stage-1 body probability above one half (the story, as one run).</summary>
    public readonly record struct Summary(int Title, int RegionStart, int RegionEnd);

    /// <summary>Prefix sums of the stage-1 body probability, and the page summary.</summary>
    public static Summary Summarise(ReadOnlySpan<float> p1, Span<float> bodySums)
    {
        int title = 0;
        int n = bodySums.Length - 1;
        bodySums[0] = 0;
        // Maximum-sum run (Kadane) over p - 0.5: the densest stretch of prose.
        float best = 0, run = 0;
        int runStart = 0, bestStart = 0, bestEnd = 0;
        for (int i = 0; i < n; i++)
        {
            float body = p1[i * 3 + 2];
            bodySums[i + 1] = bodySums[i] + body;
            if (p1[i * 3 + 1] > p1[title * 3 + 1]) title = i;
            if (run <= 0) { run = 0; runStart = i; }
            run += body - 0.5f;
            if (run > best) { best = run; bestStart = runStart; bestEnd = i + 1; }
        }
        return new Summary(title, bestStart, bestEnd);
    }
}
