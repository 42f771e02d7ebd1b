using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// Feature templates of the entity recognizer (after Ratinov &amp; Roth 2009 and Stanford NER):
/// word forms in a ±2 window, affixes, shapes, capitalisation in context, word clusters, gazetteer
/// matches and document-level consistency. Features are 32-bit hashes (see <see cref="FeatureHash"/>).
/// The template numbers are part of the model format.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound on history features per word.</summary>
    public const int MaxHistoryPerWord = 3;

    /// <summary>
    /// Writes the static features of every word of a sentence into <paramref name="keys"/>
    /// (word i's features at <c>offsets[i]..offsets[i+1]</c>).
    /// </summary>
    public static void Extract(
        ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, NerResources resources, NerContext context,
        List<uint> keys, Span<int> offsets) => Extract(text, words, resources, context, keys, offsets, []);

    /// <summary>
    /// <see cref="Extract(ReadOnlySpan{char}, ReadOnlySpan{ValueTuple{int, int}}, NerResources, NerContext, List{uint}, Span{int})"/>
    /// that also writes each word's vector row (or -1) into <paramref name="vectorRows"/> when it is not empty.
    /// </summary>
    public static void Extract(
        ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, NerResources resources, NerContext context,
        List<uint> keys, Span<int> offsets, Span<int> vectorRows)
    {
        int n = words.Length;
        bool headline = IsHeadline(text, words);
        Span<ulong> norm = n <= 256 ? stackalloc ulong[n] : new ulong[n];
        Span<ulong> shortShape = n <= 256 ? stackalloc ulong[n] : new ulong[n];
        Span<int> cluster = n <= 256 ? stackalloc int[n] : new int[n];
        Span<uint> gaz = n <= 256 ? stackalloc uint[n] : new uint[n];
        for (int i = 0; i < n; i++)
        {
            var w = text[words[i].Start..words[i].End];
            norm[i] = FeatureHash.AddNormalized(0, w);
            shortShape[i] = Shape(w, collapse: true);
            (cluster[i], int row) = resources.Clusters.Lookup(w);
            if (!vectorRows.IsEmpty) vectorRows[i] = row;
        }
        resources.Gazetteer.Match(text, words, gaz);
        int coarse = resources.Clusters.CoarseShift;

        for (int i = 0; i < n; i++)
        {
            offsets[i] = keys.Count;
            var w = text[words[i].Start..words[i].End];
            ulong prev = i > 0 ? norm[i - 1] : 0xB05;
            ulong next = i + 1 < n ? norm[i + 1] : 0xE05;
            ulong prevShape = i > 0 ? shortShape[i - 1] : 0xB05;
            ulong nextShape = i + 1 < n ? shortShape[i + 1] : 0xE05;
            ulong longShape = Shape(w, collapse: false);

            Add(keys, FeatureHash.Start(1));
            Add(keys, FeatureHash.Combine(2, norm[i]));
            Add(keys, FeatureHash.Add(FeatureHash.Start(3), w));
            Add(keys, FeatureHash.Combine(4, prev));
            Add(keys, FeatureHash.Combine(5, next));
            Add(keys, FeatureHash.Combine(6, i > 1 ? norm[i - 2] : 0xB06));
            Add(keys, FeatureHash.Combine(7, i + 2 < n ? norm[i + 2] : 0xE06));
            Add(keys, FeatureHash.Combine(45, i > 2 ? norm[i - 3] : 0xB07));
            Add(keys, FeatureHash.Combine(46, i + 3 < n ? norm[i + 3] : 0xE07));
            Add(keys, FeatureHash.Combine(47, FeatureHash.Combine(0, prev, norm[i]), next));
            if (i == n - 1) Add(keys, FeatureHash.Combine(48, shortShape[i]));
            for (int k = 1; k <= 5 && k <= w.Length; k++)
            {
                Add(keys, FeatureHash.AddNormalized(FeatureHash.Start(k == 5 ? 53 : 7 + k), w[..k]));
                Add(keys, FeatureHash.AddNormalized(FeatureHash.Start(k == 5 ? 54 : 11 + k), w[^k..]));
            }
            Add(keys, FeatureHash.Combine(16, longShape));
            Add(keys, FeatureHash.Combine(17, shortShape[i]));
            Add(keys, FeatureHash.Combine(18, prevShape));
            Add(keys, FeatureHash.Combine(19, nextShape));
            Add(keys, FeatureHash.Combine(20, prevShape, shortShape[i]));
            Add(keys, FeatureHash.Combine(21, shortShape[i], nextShape));
            Add(keys, FeatureHash.Combine(22, prev, norm[i]));
            Add(keys, FeatureHash.Combine(23, norm[i], next));
            if (i == 0) Add(keys, FeatureHash.Combine(24, shortShape[i]));
            if (headline)
            {
                Add(keys, FeatureHash.Combine(25, norm[i]));
                Add(keys, FeatureHash.Combine(26, shortShape[i]));
            }
            Add(keys, FeatureHash.Combine(40, prev, longShape));
            Add(keys, FeatureHash.Combine(41, longShape, next));
            if (cluster[i] >= 0)
            {
                Add(keys, FeatureHash.Combine(27, (ulong)cluster[i]));
                Add(keys, FeatureHash.Combine(28, (ulong)(cluster[i] >> coarse)));
                Add(keys, FeatureHash.Combine(42, (ulong)cluster[i], shortShape[i]));
            }
            else
            {
                Add(keys, FeatureHash.Combine(43, shortShape[i]));
            }
            ulong cPrev = i > 0 && cluster[i - 1] >= 0 ? (ulong)(cluster[i - 1] >> coarse) : 999;
            ulong cHere = cluster[i] >= 0 ? (ulong)(cluster[i] >> coarse) : 999;
            ulong cNext = i + 1 < n && cluster[i + 1] >= 0 ? (ulong)(cluster[i + 1] >> coarse) : 999;
            Add(keys, FeatureHash.Combine(49, cPrev, cHere));
            Add(keys, FeatureHash.Combine(50, cHere, cNext));
            if (i > 1 && cluster[i - 2] >= 0) Add(keys, FeatureHash.Combine(51, (ulong)cluster[i - 2]));
            if (i + 2 < n && cluster[i + 2] >= 0) Add(keys, FeatureHash.Combine(52, (ulong)cluster[i + 2]));
            if (i > 0 && cluster[i - 1] >= 0)
            {
                Add(keys, FeatureHash.Combine(29, (ulong)(cluster[i - 1] >> coarse)));
                Add(keys, FeatureHash.Combine(31, (ulong)cluster[i - 1]));
            }
            if (i + 1 < n && cluster[i + 1] >= 0)
            {
                Add(keys, FeatureHash.Combine(30, (ulong)(cluster[i + 1] >> coarse)));
                Add(keys, FeatureHash.Combine(32, (ulong)cluster[i + 1]));
            }
            for (int bit = 0; bit < 32; bit++)
                if ((gaz[i] & (1u << bit)) != 0) Add(keys, FeatureHash.Combine(33, (ulong)bit));
            if (i > 0) AddKinds(keys, 34, gaz[i - 1]);
            if (i + 1 < n) AddKinds(keys, 35, gaz[i + 1]);

            // Document-level casing: a sentence-initial "Hope" that appears as "Hope" mid-sentence
            // elsewhere is a name; a capitalised word seen lower-case elsewhere is a common word.
            if (!headline && char.IsUpper(w[0]))
            {
                ulong wk = NerContext.WordKey(w);
                if (i == 0) Add(keys, FeatureHash.Combine(36, context.SeenCapitalisedMidSentence(wk) ? 1UL : 0UL));
                Add(keys, FeatureHash.Combine(37, context.SeenLowerCase(wk) ? 1UL : 0UL));
            }
            else if (headline)
            {
                ulong wk = NerContext.WordKey(w);
                Add(keys, FeatureHash.Combine(44, context.SeenCapitalisedMidSentence(wk) ? 1UL : 0UL));
            }
        }
        offsets[n] = keys.Count;
    }

    /// <summary>History features of one word: the label it was given earlier in the article.</summary>
    public static int History(ReadOnlySpan<char> word, bool sentenceInitial, NerContext context, Span<uint> keys)
    {
        if (!char.IsUpper(word[0])) return 0;
        int label = context.HistoryLabel(NerContext.WordKey(word));
        if (label < 0) return 0;
        keys[0] = FeatureHash.Finish(FeatureHash.Combine(38, (ulong)label));
        keys[1] = FeatureHash.Finish(FeatureHash.Combine(39, (ulong)label, sentenceInitial ? 1UL : 0UL));
        return 2;
    }

    private static void AddKinds(List<uint> keys, int template, uint mask)
    {
        if (mask == 0) return;
        for (int k = 0; k < Gazetteer.KindCount; k++)
            if ((mask & (0xFu << (4 * k))) != 0) Add(keys, FeatureHash.Combine(template, (ulong)k));
    }

    private static void Add(List<uint> keys, ulong h) => keys.Add(FeatureHash.Finish(h));

    /// <summary>A sentence in capitals ("PUTIN ARRIVES IN PYONGYANG"): case says nothing there.</summary>
    public static bool IsHeadline(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words)
    {
        int letters = 0;
        foreach (var (s, e) in words)
            foreach (char c in text[s..e])
            {
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) letters++;
            }
        return letters >= 4;
    }

    /// <summary>Word shape hash: X for capitals, x lower case, d digits, other characters as they are.</summary>
    private static ulong Shape(ReadOnlySpan<char> w, bool collapse)
    {
        ulong h = 0xCBF29CE484222325UL;
        char last = '\0';
        int run = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                run++;
                if (collapse || run > 3) continue;
            }
            else
            {
                run = 0;
                last = s;
            }
            h = FeatureHash.Add(h, s);
        }
        return h;
    }
}
