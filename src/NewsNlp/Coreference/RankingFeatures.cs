using System.Runtime.CompilerServices;
using NewsNlp.Learning;

namespace NewsNlp.Coreference;

/// <summary>
/// Hashed features of the mention-ranking model, in the style of Durrett and Klein (2013, "Easy
/// Victories and Uphill Battles in Coreference Resolution"): every feature is conjoined with the
/// anaphor's type (name, noun phrase, or the pronoun itself), pair features also with the
/// antecedent's kind. The "new entity" option has features of the anaphor alone, which is how
/// the model learns which phrases are anaphoric. The sieves' decisions are features too.
/// </summary>
/// <remarks>The template numbers and the hashing are part of the model format: changing them invalidates models.</remarks>
internal static class RankingFeatures
{
    public const int MaxFeatures = 32;

    /// <summary>Features of "<paramref name="i"/> starts a new entity"; returns how many were written.</summary>
    public static int New(RankingDocument d, int i, Span<uint> keys)
    {
        var m = d.Mentions[i];
        ref readonly var h = ref d.Hashes[i];
        ulong t = h.Type, kind = (ulong)m.Kind + 1;
        int n = 0;
        keys[n++] = Key(1, t);
        keys[n++] = Key(2, t, m.SievePass);
        if (m.Kind != MentionKind.Pronoun)
        {
            keys[n++] = Key(3, kind, h.Head);
            keys[n++] = Key(4, kind, h.First);
            keys[n++] = Key(5, kind, (h.HeadSeen ? 1UL : 0) | (h.TextSeen ? 2UL : 0));
            keys[n++] = Key(6, kind, h.Label);
            keys[n++] = Key(7, kind, (ulong)Math.Min(m.LastWord - m.FirstWord, 6));
            keys[n++] = Key(11, kind, h.Last);
            keys[n++] = Key(12, kind, h.Head, h.First);
        }
        keys[n++] = Key(8, t, (m.Indefinite ? 1UL : 0) | (m.Bare ? 2UL : 0) | (m.Pleonastic ? 4UL : 0) | (m.Coordination ? 8UL : 0));
        keys[n++] = Key(9, t, h.Relation);
        keys[n++] = Key(10, t, (ulong)Math.Min(m.Sentence, 2));
        keys[n++] = Key(13, kind, (ulong)m.Number * 16 + (ulong)m.Animacy * 4 + (ulong)m.Gender);
        keys[n++] = Key(14, t, h.Before);
        keys[n++] = Key(15, t, h.After);
        keys[n++] = Key(16, t, m.Quoted ? 1UL : 0);
        return n;
    }

    /// <summary>Features of "<paramref name="j"/> is the antecedent of <paramref name="i"/>"; returns how many were written.</summary>
    public static int Pair(RankingDocument d, int i, int j, Span<uint> keys)
    {
        var m = d.Mentions[i];
        var a = d.Mentions[j];
        ref readonly var h = ref d.Hashes[i];
        ref readonly var g = ref d.Hashes[j];
        ulong p = FeatureHash.Combine(0, h.Type, (ulong)a.Kind + 1);
        bool pronoun = m.Kind == MentionKind.Pronoun, antecedentPronoun = a.Kind == MentionKind.Pronoun;
        int sentences = m.Sentence - a.Sentence, between = i - j;
        ulong sd = (ulong)(sentences <= 4 ? sentences : sentences <= 7 ? 5 : sentences <= 15 ? 6 : 7);
        ulong md = (ulong)(between <= 5 ? between : between <= 10 ? 6 : between <= 20 ? 7 : 8);
        ulong sieve = (ulong)(m.SieveAntecedent == j ? 2 : d.Sieve.Find(i) == d.Sieve.Find(j) ? 1 : 0);
        ulong agree = Agree((int)m.Number, (int)a.Number) * 9 + Agree((int)m.Gender, (int)a.Gender) * 3 + Agree((int)m.Animacy, (int)a.Animacy);
        int n = 0;
        keys[n++] = Key(20, p);
        keys[n++] = Key(21, p, sieve * 16 + m.SievePass);
        keys[n++] = Key(23, p, sd);
        keys[n++] = Key(24, p, md);
        keys[n++] = Key(25, p, agree);
        keys[n++] = Key(26, p, g.Label, h.Label);
        keys[n++] = Key(29, p, g.Relation);
        keys[n++] = Key(30, p, a.Sentence == m.Sentence && a.Governor == m.Governor && m.Governor >= 0 ? 1UL : 0);
        keys[n++] = Key(33, p, d.ClusterLabel(j));
        keys[n++] = Key(37, p, a.SievePass);
        keys[n++] = Key(39, p, sd, agree);
        keys[n++] = Key(42, p, (ulong)Math.Min(a.Depth, 4));
        keys[n++] = Key(43, p, sieve);
        keys[n++] = Key(44, p, g.Head);
        keys[n++] = Key(45, p, g.Before);
        keys[n++] = Key(48, p, g.Relation, sd);
        keys[n++] = Key(49, p, h.Relation, g.Relation);
        keys[n++] = Key(50, p, (m.Quoted ? 1UL : 0) | (a.Quoted ? 2UL : 0));
        if (pronoun)
        {
            keys[n++] = Key(27, h.Type, g.Head);
            if (antecedentPronoun) keys[n++] = Key(34, p, g.Type == h.Type ? 1UL : 0, (ulong)(a.Person == m.Person ? 1 : 0));
        }
        else
        {
            bool exact = h.Words == g.Words && m.Words.Length > 0;
            bool head = h.Head == g.Head && !antecedentPronoun;
            keys[n++] = Key(22, p, (exact ? 1UL : 0) | (head ? 2UL : 0));
            keys[n++] = Key(32, p, h.First);
            keys[n++] = Key(38, p, g.First);
            if (!antecedentPronoun)
            {
                keys[n++] = Key(28, g.Head, h.Head);
                keys[n++] = Key(31, p, Includes(m.Modifiers, a.Words) ? 1UL : 0, Includes(m.Words, a.Words) ? 1UL : 0);
                keys[n++] = Key(35, p, Array.IndexOf(a.Words, m.HeadLower) >= 0 ? 1UL : 0, Array.IndexOf(m.Words, a.HeadLower) >= 0 ? 1UL : 0);
                keys[n++] = Key(40, p, h.Head, g.Label);
                keys[n++] = Key(41, p, sd, (exact ? 1UL : 0) | (head ? 2UL : 0));
            }
        }
        return n;
    }

    // 0: a side does not know; 1: they agree; 2: they clash.
    private static ulong Agree(int a, int b) => a == 0 || b == 0 ? 0UL : a == b ? 1UL : 2UL;

    private static bool Includes(string[] words, string[] of)
    {
        foreach (var w in words)
            if (Array.IndexOf(of, w) < 0) return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(int template, ulong a) => FeatureHash.Finish(FeatureHash.Combine(template, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(int template, ulong a, ulong b) => FeatureHash.Finish(FeatureHash.Combine(template, a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(int template, ulong a, ulong b, ulong c) => FeatureHash.Finish(FeatureHash.Combine(template, FeatureHash.Combine(template, a, b), c));
}
