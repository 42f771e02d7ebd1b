using NewsNlp.Learning;
using NewsNlp.Text;

namespace NewsNlp.Zoning;

/// <summary>
/// Hashed features of a block (stage 1: its own shape, its words and its neighbours' shape) and of
/// the first stage's decisions around it (stage 2). Each feature is a row of a weight table: the
/// template id and the value hashed with <see cref="FeatureHash"/> and masked to the table size.
/// The templates and the hash are part of the model format: changing them invalidates models.
/// </summary>
internal static class ZoneFeatures
{
    /// <summary>Most features one block gets (stage 1 plus stage 2).</summary>
    public const int MaxPerBlock = 160;

    /// <summary>Words of a block that give bag-of-words features (its opening is what tells).</summary>
    private const int MaxBagWords = 24;

    // Phrases pages print around a story: a feature each, so that rare spellings of common furniture
    // share weight. Phrases, not site templates; matched case-insensitively in a block's opening.
    private static readonly string[] Phrases =
    [
        "share", "subscribe", "newsletter", "sign up", "log in", "sign in", "cookie", "advertisement", "advertising",
        "related", "read more", "recommended", "you might also like", "you may also like", "more from", "follow us",
        "privacy", "terms of", "all rights reserved", "copyright", "\u00A9", "click here", "skip to", "comments", "comment",
        "photo", "image", "getty", "reuters", "associated press", "updated", "published", "min read", "ago", "by ",
        "trending", "most popular", "sponsored", "watch", "listen", "download", "app", "contact", "about us", "menu",
        "search", "home", "facebook", "twitter", "linkedin", "whatsapp", "email", "print", "loading", "javascript",
    ];

    private const int TBias = 1, TLen = 2, TWords = 3, TEnd = 4, TStart = 5, TCapWords = 6, TCommas = 7, TStops = 8,
        TDigits = 9, TShape = 10, TFromStart = 11, TFromEnd = 12, TRelative = 13, TRepeat = 14, TFirstWord = 15,
        TFirstTwo = 16, TLastWord = 17, TWhole = 18, TBag = 19, TPhrase = 20, TNeighbour = 21, TNeighbourPair = 22,
        TScript = 23, TLenEnd = 24, TRun = 25,
        TP1 = 40, TWindow = 41, TPrevNext = 42, TTitle = 43, TMass = 44, TOwnWindow = 45, TMaxSide = 46, TLenWindow = 47, TRegion = 48;

    /// <summary>Writes the stage-1 features of block <paramref name="i"/>; returns how many.</summary>
    public static int Local(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> blocks, ReadOnlySpan<BlockStats> stats,
        ReadOnlySpan<int> repeats, ReadOnlySpan<int> repeatOf, int i, int mask, Span<int> f)
    {
        int n = 0;
        ref readonly var s = ref stats[i];
        int len = BlockStats.LengthBucket(s.Length), words = BlockStats.WordBucket(s.Words);
        f[n++] = Key(TBias, 0, mask);
        f[n++] = Key(TLen, len, mask);
        f[n++] = Key(TWords, words, mask);
        f[n++] = Key(TEnd, s.End, mask);
        f[n++] = Key(TStart, s.Start, mask);
        f[n++] = Key(TLenEnd, len * 8 + s.End, mask);
        f[n++] = Key(TCapWords, words * 8 + BlockStats.Ratio(s.CapWords, s.Words, 5), mask);
        f[n++] = Key(TCommas, Math.Min(s.Commas, 4), mask);
        f[n++] = Key(TStops, Math.Min(s.InnerStops, 6) * 16 + s.End, mask);
        f[n++] = Key(TDigits, BlockStats.Ratio(s.Digits, s.Letters + s.Digits, 5), mask);
        f[n++] = Key(TShape, (s.Url ? 1 : 0) | (s.Pipes > 0 ? 2 : 0) | (s.Bullets > 0 ? 4 : 0) | (s.Upper == s.Letters && s.Letters > 1 ? 8 : 0), mask);
        f[n++] = Key(TScript, BlockStats.Ratio(s.NonLatin, s.Letters, 4), mask);
        f[n++] = Key(TFromStart, BlockStats.IndexBucket(i), mask);
        f[n++] = Key(TFromEnd, BlockStats.IndexBucket(blocks.Length - 1 - i), mask);
        f[n++] = Key(TRelative, i * 10 / blocks.Length, mask);
        f[n++] = Key(TRepeat, Math.Min(repeats[i], 3) * 2 + (repeatOf[i] < 0 ? 1 : 0), mask);

        // Neighbours' shape: prose comes in runs, furniture in lists of short lines.
        for (int d = -3; d <= 3; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            int v = j < 0 || j >= blocks.Length ? 99 : BlockStats.LengthBucket(stats[j].Length) * 8 + stats[j].End;
            f[n++] = Key(TNeighbour, (d + 3) * 1000 + v, mask);
        }
        int prev = i > 0 ? BlockStats.LengthBucket(stats[i - 1].Length) : 15, next = i + 1 < blocks.Length ? BlockStats.LengthBucket(stats[i + 1].Length) : 15;
        f[n++] = Key(TNeighbourPair, (prev * 16 + len) * 16 + next, mask);
        // Length of the run of long (64+ characters) blocks this one is in.
        f[n++] = Key(TRun, RunBucket(stats, i), mask);

        var block = text[blocks[i].Start..blocks[i].End];
        n = Words(block, mask, f, n);
        n = PhraseFeatures(block, mask, f, n);
        return n;
    }

    /// <summary>
    /// Writes the stage-2 features of block <paramref name="i"/> from the stage-1 probabilities
    /// <paramref name="p"/> (three per block: furniture, headline, body) and their prefix sums.
    /// </summary>
    public static int Stacked(ReadOnlySpan<BlockStats> stats, ReadOnlySpan<float> p, ReadOnlySpan<float> bodySums, in ZonePage.Summary summary, int i, int mask, Span<int> f, int n)
    {
        int count = stats.Length;
        int own = Bin(p[i * 3 + 2], 10);
        f[n++] = Key(TP1, own, mask);
        f[n++] = Key(TP1, 100 + Bin(p[i * 3 + 1], 5), mask);
        int len = BlockStats.LengthBucket(stats[i].Length);
        int w5 = 0;
        foreach (int r in (ReadOnlySpan<int>)[1, 2, 5, 10, 25])
        {
            int lo = Math.Max(0, i - r), hi = Math.Min(count, i + r + 1);
            float mean = (bodySums[hi] - bodySums[lo] - p[i * 3 + 2]) / Math.Max(1, hi - lo - 1);
            int b = Bin(mean, 10);
            f[n++] = Key(TWindow, r * 100 + b, mask);
            if (r == 5) w5 = b;
            // Each side alone: the first and last lines of the story have prose on one side only.
            float before = (bodySums[i] - bodySums[lo]) / Math.Max(1, i - lo), after = (bodySums[hi] - bodySums[i + 1]) / Math.Max(1, hi - i - 1);
            f[n++] = Key(TMaxSide, r * 100 + Bin(before, 5) * 10 + Bin(after, 5), mask);
        }
        f[n++] = Key(TOwnWindow, own * 10 + w5, mask);
        f[n++] = Key(TLenWindow, len * 10 + w5, mask);
        int prevLabel = i > 0 ? Argmax(p, i - 1) : 3, nextLabel = i + 1 < count ? Argmax(p, i + 1) : 3;
        f[n++] = Key(TPrevNext, prevLabel * 4 + nextLabel, mask);
        // Where the most headline-like block is: the story starts after it.
        int d = i - summary.Title;
        int side = d == 0 ? 0 : d > 0 ? 1 : 2;
        f[n++] = Key(TTitle, side * 16 + BlockStats.IndexBucket(Math.Abs(d)), mask);
        // Inside the densest run of prose, or how far before or after it.
        int region = i < summary.RegionStart ? 32 + BlockStats.IndexBucket(summary.RegionStart - i)
            : i >= summary.RegionEnd ? 64 + BlockStats.IndexBucket(i - summary.RegionEnd) : Math.Min(BlockStats.IndexBucket(i - summary.RegionStart), BlockStats.IndexBucket(summary.RegionEnd - 1 - i));
        f[n++] = Key(TRegion, region, mask);
        f[n++] = Key(TRegion, 1000 + (region >> 5) * 10 + own, mask);
        // Share of the page's prose before this block: the story is the middle of the prose mass.
        float total = bodySums[count];
        f[n++] = Key(TMass, total <= 0 ? 99 : Bin(bodySums[i] / total, 10), mask);
        return n;
    }

    private static int Argmax(ReadOnlySpan<float> p, int i)
    {
        int b = 0;
        for (int c = 1; c < 3; c++) if (p[i * 3 + c] > p[i * 3 + b]) b = c;
        return b;
    }

    private static int Bin(float x, int bins) => Math.Clamp((int)(x * bins), 0, bins - 1);

    private static int RunBucket(ReadOnlySpan<BlockStats> stats, int i)
    {
        int run = 0;
        for (int j = i; j >= 0 && j > i - 8 && stats[j].Length >= 64; j--) run++;
        for (int j = i + 1; j < stats.Length && j < i + 8 && stats[j].Length >= 64; j++) run++;
        return run;
    }

    /// <summary>First word, first two words, last word, the whole block when short, and a bag of its opening words.</summary>
    private static int Words(ReadOnlySpan<char> block, int mask, Span<int> f, int n)
    {
        ulong whole = FeatureHash.Start(TWhole);
        ulong first = 0, firstTwo = 0, last = 0;
        int count = 0;
        int pos = 0;
        while (pos < block.Length)
        {
            while (pos < block.Length && CharClass.IsSeparator(block[pos])) pos++;
            int start = pos;
            while (pos < block.Length && !CharClass.IsSeparator(block[pos])) pos++;
            if (pos == start) break;
            var word = TrimPunctuation(block[start..pos]);
            ulong h = FeatureHash.AddNormalized(FeatureHash.Start(0), word);
            if (count == 0) first = h;
            else if (count == 1) firstTwo = first * 31 + h;
            if (count < 8) whole = FeatureHash.Add(FeatureHash.AddNormalized(whole, word), ' ');
            if (count < MaxBagWords && word.Length > 0) f[n++] = Row(FeatureHash.Combine(TBag, h), mask);
            last = h;
            count++;
            // Past the bag, only the last word matters: jump to the block's last word.
            if (count == MaxBagWords && pos < block.Length)
            {
                int lastStart = block.Length;
                while (lastStart > pos && !CharClass.IsSeparator(block[lastStart - 1])) lastStart--;
                if (lastStart > pos) { last = FeatureHash.AddNormalized(FeatureHash.Start(0), TrimPunctuation(block[lastStart..])); count++; }
                break;
            }
        }
        if (count == 0) return n;
        f[n++] = Row(FeatureHash.Combine(TFirstWord, first), mask);
        if (count > 1) f[n++] = Row(FeatureHash.Combine(TFirstTwo, firstTwo), mask);
        f[n++] = Row(FeatureHash.Combine(TLastWord, last), mask);
        if (count <= 6) f[n++] = Row(whole, mask);
        return n;
    }

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> w)
    {
        int s = 0, e = w.Length;
        while (s < e && !char.IsLetterOrDigit(w[s])) s++;
        while (e > s && !char.IsLetterOrDigit(w[e - 1])) e--;
        return w[s..e];
    }

    private static int PhraseFeatures(ReadOnlySpan<char> block, int mask, Span<int> f, int n)
    {
        // The opening is enough: furniture is short, and a long block's phrases say little.
        var head = block.Length > 200 ? block[..200] : block;
        for (int k = 0; k < Phrases.Length; k++)
            if (head.Contains(Phrases[k], StringComparison.OrdinalIgnoreCase))
                f[n++] = Key(TPhrase, k * 4 + (block.Length < 40 ? 0 : block.Length < 120 ? 1 : 2), mask);
        return n;
    }

    private static int Key(int template, int value, int mask) => Row(FeatureHash.Add(FeatureHash.Start(template), value), mask);

    private static int Row(ulong h, int mask) => (int)(FeatureHash.Finish(h) & (uint)mask);
}
