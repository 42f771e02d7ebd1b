using System.Runtime.CompilerServices;
using NewsNlp.Learning;

namespace NewsNlp.Syntax;

/// <summary>
/// Feature templates of the part-of-speech tagger (after Collins 2002, Ratnaparkhi 1996 and the
/// greedy averaged-perceptron taggers): the word and its neighbours in a ±2 window, affixes,
/// shapes, word clusters, and the two previous tags. Template numbers are part of the model format.
/// </summary>
internal static class TaggerFeatures
{
    public const int Max = 48;
    private const ulong Begin = 0xB0B0, End = 0xE0E0;

    /// <summary>Writes word <paramref name="i"/>'s features into <paramref name="keys"/> and returns their count.</summary>
    /// <param name="s">The sentence.</param>
    /// <param name="i">The word.</param>
    /// <param name="prevTag">Predicted tag of word i-1 (-1: none).</param>
    /// <param name="prevPrevTag">Predicted tag of word i-2 (-1: none).</param>
    /// <param name="keys">Receives the feature keys.</param>
    public static int Extract(SentenceWords s, int i, int prevTag, int prevPrevTag, Span<uint> keys)
    {
        int n = 0;
        var w = s.Form(i);
        ulong lower = s.Lower[i];
        ulong lm1 = i > 0 ? s.Lower[i - 1] : Begin, lm2 = i > 1 ? s.Lower[i - 2] : Begin + 1;
        ulong lp1 = i + 1 < s.Count ? s.Lower[i + 1] : End, lp2 = i + 2 < s.Count ? s.Lower[i + 2] : End + 1;
        ulong t1 = (ulong)(prevTag + 1), t2 = (ulong)(prevPrevTag + 1);

        keys[n++] = K(1, 1);
        keys[n++] = K(2, lower);
        keys[n++] = K(3, s.Exact[i]);
        for (int k = 1; k <= 4 && k <= w.Length; k++)
            keys[n++] = K(3 + k, FeatureHash.AddNormalized(0x5F, w[^k..]));
        for (int k = 1; k <= 3 && k < w.Length; k++)
            keys[n++] = K(7 + k, FeatureHash.AddNormalized(0x50, w[..k]));
        keys[n++] = K(11, s.Shape[i]);
        keys[n++] = K(12, lm1);
        keys[n++] = K(13, lm2);
        keys[n++] = K(14, lp1);
        keys[n++] = K(15, lp2);
        keys[n++] = K(16, i > 0 ? s.Suffix3[i - 1] : Begin);
        keys[n++] = K(17, i + 1 < s.Count ? s.Suffix3[i + 1] : End);
        keys[n++] = K(18, t1);
        keys[n++] = K(19, t1, t2);
        keys[n++] = K(20, t1, lower);
        keys[n++] = K(21, t1, s.Suffix3[i]);
        keys[n++] = K(22, lower, lp1);
        keys[n++] = K(23, lm1, lower);
        keys[n++] = K(24, t1, lp1);
        keys[n++] = K(25, i > 0 ? s.Shape[i - 1] : Begin, s.Shape[i]);
        keys[n++] = K(26, s.Shape[i], i + 1 < s.Count ? s.Shape[i + 1] : End);
        if (i == 0) keys[n++] = K(27, s.Shape[i]);
        int c = s.Cluster[i];
        keys[n++] = K(28, (ulong)c);
        keys[n++] = K(29, (ulong)s.Coarse[i]);
        keys[n++] = K(30, i > 0 ? (ulong)s.Cluster[i - 1] : Begin);
        keys[n++] = K(31, i + 1 < s.Count ? (ulong)s.Cluster[i + 1] : End);
        keys[n++] = K(32, t1, (ulong)c);
        keys[n++] = K(33, lm1, lp1);
        keys[n++] = K(34, i + 1 < s.Count ? s.Shape[i + 1] : End);
        ulong a0 = (ulong)s.Ambiguity[i], ap1 = i + 1 < s.Count ? (ulong)s.Ambiguity[i + 1] : End, ap2 = i + 2 < s.Count ? (ulong)s.Ambiguity[i + 2] : End;
        keys[n++] = K(35, a0);
        keys[n++] = K(36, ap1);
        keys[n++] = K(37, ap2);
        keys[n++] = K(38, a0, ap1);
        keys[n++] = K(39, t1, a0);
        keys[n++] = K(40, lower, ap1);
        keys[n++] = K(41, t1, a0, ap1);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a) => FeatureHash.Finish(FeatureHash.Combine(template, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a, ulong b) => FeatureHash.Finish(FeatureHash.Combine(template, a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a, ulong b, ulong c) => FeatureHash.Finish(FeatureHash.Combine(template, FeatureHash.Combine(0, a, b), c));
}
