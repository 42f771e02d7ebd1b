using System.Runtime.CompilerServices;
using NewsNlp.Learning;

namespace NewsNlp.Syntax;

/// <summary>
/// Feature templates of the dependency parser: the rich non-local set of Zhang &amp; Nivre (2011)
/// adapted to arc-hybrid (stack items s0–s2, buffer items b0–b2, their left- and rightmost
/// children, distances, valencies and label sets), plus word-cluster features. Template numbers
/// are part of the model format.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 96;
    private const ulong NoWord = 0xA0A0, RootWord = 0xA1A1, NoLabel = 0xA2A2;

    public static int Extract(SentenceWords s, ArcHybridState st, Span<uint> keys)
    {
        int n = 0;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        int s0l = Child(st.Left1, s0), s0r = Child(st.Right1, s0), s0l2 = Child(st.Left2, s0), s0r2 = Child(st.Right2, s0);
        int b0l = Child(st.Left1, b0), b0l2 = Child(st.Left2, b0);
        int s1l = Child(st.Left1, s1), s1r = Child(st.Right1, s1);

        ulong s0w = W(s, s0), s0p = P(s, s0), s1w = W(s, s1), s1p = P(s, s1), s2p = P(s, s2);
        ulong b0w = W(s, b0), b0p = P(s, b0), b1w = W(s, b1), b1p = P(s, b1), b2w = W(s, b2), b2p = P(s, b2);
        ulong s0wp = Mix(s0w, s0p), s1wp = Mix(s1w, s1p), b0wp = Mix(b0w, b0p), b1wp = Mix(b1w, b1p);

        // Single words.
        keys[n++] = K(1, s0wp); keys[n++] = K(2, s0w); keys[n++] = K(3, s0p);
        keys[n++] = K(4, b0wp); keys[n++] = K(5, b0w); keys[n++] = K(6, b0p);
        keys[n++] = K(7, b1wp); keys[n++] = K(8, b1w); keys[n++] = K(9, b1p);
        keys[n++] = K(10, b2w); keys[n++] = K(11, b2p);
        keys[n++] = K(12, s1wp); keys[n++] = K(13, s1w); keys[n++] = K(14, s1p);
        keys[n++] = K(15, s2p);

        // Pairs: s0–b0 (LEFT-ARC) and s1–s0 (RIGHT-ARC).
        keys[n++] = K(16, s0wp, b0wp); keys[n++] = K(17, s0wp, b0w); keys[n++] = K(18, s0w, b0wp);
        keys[n++] = K(19, s0wp, b0p); keys[n++] = K(20, s0p, b0wp); keys[n++] = K(21, s0w, b0w);
        keys[n++] = K(22, s0p, b0p); keys[n++] = K(23, b0p, b1p);
        keys[n++] = K(24, s1wp, s0wp); keys[n++] = K(25, s1w, s0w); keys[n++] = K(26, s1p, s0p);
        keys[n++] = K(27, s1p, s0wp); keys[n++] = K(28, s1wp, s0p);

        // Triples of tags.
        keys[n++] = K(29, b0p, b1p, b2p); keys[n++] = K(30, s0p, b0p, b1p); keys[n++] = K(31, s1p, s0p, b0p);
        keys[n++] = K(32, s0p, P(s, s0l), b0p); keys[n++] = K(33, s0p, P(s, s0r), b0p);
        keys[n++] = K(34, s0p, b0p, P(s, b0l)); keys[n++] = K(35, s1p, P(s, s1r), s0p);
        keys[n++] = K(36, s2p, s1p, s0p); keys[n++] = K(37, s1p, s0p, P(s, s0l));
        keys[n++] = K(38, s1p, P(s, s1l), s0p); keys[n++] = K(39, s1p, s0p, P(s, s0r));

        // Distances.
        ulong d = Distance(s0, b0, st.Count), d1 = Distance(s1, s0, st.Count);
        keys[n++] = K(40, s0w, d); keys[n++] = K(41, s0p, d); keys[n++] = K(42, b0w, d); keys[n++] = K(43, b0p, d);
        keys[n++] = K(44, s0w, b0w, d); keys[n++] = K(45, s0p, b0p, d);
        keys[n++] = K(46, s1p, s0p, d1); keys[n++] = K(47, s1w, s0w, d1); keys[n++] = K(48, s0w, d1); keys[n++] = K(49, s1p, d1);

        // Valency.
        ulong s0vl = Valency(st.LeftCount, s0), s0vr = Valency(st.RightCount, s0), b0vl = Valency(st.LeftCount, b0), s1vr = Valency(st.RightCount, s1);
        keys[n++] = K(50, s0w, s0vr); keys[n++] = K(51, s0p, s0vr); keys[n++] = K(52, s0w, s0vl); keys[n++] = K(53, s0p, s0vl);
        keys[n++] = K(54, b0w, b0vl); keys[n++] = K(55, b0p, b0vl); keys[n++] = K(56, s1w, s1vr); keys[n++] = K(57, s1p, s1vr);

        // Children: words, tags, labels.
        keys[n++] = K(58, W(s, s0l)); keys[n++] = K(59, P(s, s0l)); keys[n++] = K(60, L(st, s0l));
        keys[n++] = K(61, W(s, s0r)); keys[n++] = K(62, P(s, s0r)); keys[n++] = K(63, L(st, s0r));
        keys[n++] = K(64, W(s, b0l)); keys[n++] = K(65, P(s, b0l)); keys[n++] = K(66, L(st, b0l));
        keys[n++] = K(67, P(s, s1r)); keys[n++] = K(68, L(st, s1r)); keys[n++] = K(69, P(s, s1l)); keys[n++] = K(70, L(st, s1l));
        keys[n++] = K(71, W(s, s0l2)); keys[n++] = K(72, P(s, s0l2)); keys[n++] = K(73, L(st, s0l2));
        keys[n++] = K(74, W(s, s0r2)); keys[n++] = K(75, P(s, s0r2)); keys[n++] = K(76, L(st, s0r2));
        keys[n++] = K(77, P(s, b0l2)); keys[n++] = K(78, L(st, b0l2));
        keys[n++] = K(79, s0p, P(s, s0l), P(s, s0l2)); keys[n++] = K(80, s0p, P(s, s0r), P(s, s0r2));
        keys[n++] = K(81, b0p, P(s, b0l), P(s, b0l2));

        // Label sets.
        ulong s0sl = s0 >= 0 ? st.LeftLabels[s0] : NoLabel, s0sr = s0 >= 0 ? st.RightLabels[s0] : NoLabel;
        ulong b0sl = b0 >= 0 ? st.LeftLabels[b0] : NoLabel;
        keys[n++] = K(82, s0w, s0sr); keys[n++] = K(83, s0p, s0sr); keys[n++] = K(84, s0w, s0sl);
        keys[n++] = K(85, s0p, s0sl); keys[n++] = K(86, b0w, b0sl); keys[n++] = K(87, b0p, b0sl);

        // Word clusters.
        ulong s0c = C(s, s0), b0c = C(s, b0), s1c = C(s, s1), b1c = C(s, b1);
        keys[n++] = K(88, s0c); keys[n++] = K(89, b0c); keys[n++] = K(90, s1c); keys[n++] = K(91, b1c);
        keys[n++] = K(92, s0c, b0c); keys[n++] = K(93, s0c, b0p); keys[n++] = K(94, s0p, b0c);
        keys[n++] = K(95, s1c, s0c); keys[n++] = K(96, s1p, s0c);
        return n;
    }

    private static int Child(int[] children, int head) => head >= 0 ? children[head] : ArcHybridState.None;

    private static ulong W(SentenceWords s, int i) => i < 0 ? NoWord : i >= s.Count ? RootWord : s.Lower[i];

    private static ulong P(SentenceWords s, int i) => i < 0 ? 0x300 : i >= s.Count ? 0x301 : (ulong)s.Tag[i];

    private static ulong C(SentenceWords s, int i) => i < 0 ? 0x400 : i >= s.Count ? 0x401 : (ulong)s.Cluster[i];

    private static ulong L(ArcHybridState st, int i) => i < 0 ? NoLabel : (ulong)st.Label[i];

    private static ulong Valency(int[] counts, int i) => i < 0 ? 0x500 : (ulong)Math.Min(counts[i], 4);

    private static ulong Distance(int a, int b, int count)
    {
        if (a < 0 || b < 0) return 0x600;
        if (b >= count) return 0x601;
        int d = Math.Abs(b - a);
        return (ulong)(d <= 5 ? d : d <= 10 ? 6 : 7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b) => (a ^ (b * 0x9E3779B97F4A7C15UL)) * 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a) => FeatureHash.Finish(FeatureHash.Combine(template, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a, ulong b) => FeatureHash.Finish(FeatureHash.Combine(template, a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint K(int template, ulong a, ulong b, ulong c) => FeatureHash.Finish(FeatureHash.Combine(template, Mix(a, b), c));
}
