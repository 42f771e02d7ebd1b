using NewsNlp.Learning;

namespace NewsNlp.Roles;

/// <summary>
/// Hashed features of the two classifiers of the roles stage: is a word a predicate, and which role
/// (if any) a candidate head plays for a predicate (after Gildea &amp; Jurafsky 2002, Pradhan et al. 2005
/// and Johansson &amp; Nugues 2008: predicate lemma, voice, path, position, head word, preposition,
/// subcategorisation). The template ids and the hash are part of the model format.
/// </summary>
internal static class RoleFeatures
{
    public const int MaxPredicate = 24;
    public const int MaxArgument = 56;
    public const int MaxSpan = 16;

    /// <summary>
    /// Features of dependent <paramref name="ch"/> of argument head <paramref name="c"/>: does its
    /// subtree belong to the argument's span? (Constituent spans and dependency subtrees disagree on
    /// attachments: relative clauses, trailing participles, appositions, coordination.)
    /// </summary>
    public static int SpanChild(RoleSentence s, int c, int ch, int p, bool ancestor, int rank, Span<uint> keys)
    {
        int n = 0;
        ulong side = ch < c ? 1UL : 2UL;
        ulong between = (ch < c) == (p < c) ? 1UL : 2UL; // on the predicate's side of the head
        ulong r = s.Rel[ch], hr = s.Rel[c];
        ulong flags = side * 8 + between * 2 + (ancestor ? 1UL : 0UL);
        keys[n++] = Key(201, 0);
        keys[n++] = Key(202, r, flags);
        keys[n++] = Key(203, r, hr * 16 + flags);
        keys[n++] = Key(204, r, s.Xpos[c] * 16 + flags);
        keys[n++] = Key(205, s.Lower[ch], r * 16 + flags);
        int marker = s.CaseMarker(ch);
        keys[n++] = Key(206, marker >= 0 ? s.Lower[marker] : 5, r * 16 + flags);
        keys[n++] = Key(207, s.Xpos[ch], r * 16 + flags);
        keys[n++] = Key(208, (ulong)Math.Min(rank, 3), r * 16 + flags);
        keys[n++] = Key(209, s.Lemma[p], r * 16 + flags);
        keys[n++] = Key(210, s.Lower[s.Left[ch]], r * 16 + side);
        keys[n++] = Key(211, (ulong)Math.Min(s.Right[ch] - s.Left[ch] + 1, 8), r * 16 + flags);
        keys[n++] = Key(212, s.Lemma[c], r * 16 + flags);
        return n;
    }

    /// <summary>Whether <paramref name="i"/> can be a predicate at all (verbs, auxiliaries, nouns).</summary>
    public static bool IsPredicateCandidate(RoleSentence s, int i) => s.UposText[i] is "VERB" or "AUX" or "NOUN";

    public static int Predicate(RoleSentence s, int i, Span<uint> keys)
    {
        int n = 0;
        ulong lemma = s.Lemma[i], xpos = s.Xpos[i], rel = s.Rel[i];
        keys[n++] = Key(1, 0);
        keys[n++] = Key(2, s.Lower[i]);
        keys[n++] = Key(3, lemma);
        keys[n++] = Key(4, xpos);
        keys[n++] = Key(5, rel);
        keys[n++] = Key(6, lemma, xpos);
        keys[n++] = Key(7, lemma, rel);
        keys[n++] = Key(8, xpos, rel);
        int h = s.Head[i];
        keys[n++] = Key(9, h < 0 ? 1 : s.Lemma[h]);
        keys[n++] = Key(10, h < 0 ? 1 : s.Xpos[h], rel);
        keys[n++] = Key(11, i > 0 ? s.Lower[i - 1] : 2);
        keys[n++] = Key(12, i + 1 < s.Count ? s.Lower[i + 1] : 3);
        keys[n++] = Key(13, lemma, i + 1 < s.Count ? s.Lower[i + 1] : 3);
        keys[n++] = Key(14, lemma, i > 0 ? s.Xpos[i - 1] : 2);
        ulong subcat = Subcat(s, i);
        keys[n++] = Key(15, subcat);
        keys[n++] = Key(16, lemma, subcat);
        keys[n++] = Key(17, xpos, subcat);
        return n;
    }

    /// <summary>The predicate's own features, once per predicate (shared by all its candidates).</summary>
    public readonly record struct PredicateContext(ulong Lemma, ulong Voice, ulong Subcat, ulong Rel, ulong Xpos, ulong HeadLemma);

    public static PredicateContext Context(RoleSentence s, int p)
    {
        int h = s.Head[p];
        return new PredicateContext(s.Lemma[p], s.IsPassive(p) ? 2UL : 1UL, Subcat(s, p), s.Rel[p], s.Xpos[p], h < 0 ? 1 : s.Lemma[h]);
    }

    /// <summary>
    /// Features of candidate head <paramref name="c"/> for predicate <paramref name="p"/>. With
    /// <paramref name="asRelation"/> set, the candidate is described as if it were the predicate's
    /// own dependent with that relation, before it (how a controller is scored as the missing subject).
    /// <paramref name="span"/> is the candidate's span (<see cref="RoleSentence.SpanOf"/>), computed once by the caller.
    /// </summary>
    public static int Argument(RoleSentence s, int p, in PredicateContext pc, int c, (int First, int Last) span, Span<uint> keys, string? asRelation = null)
    {
        int n = 0;
        ulong cRel, path, pathPos;
        int up, down;
        bool ancestor;
        ulong before = c < p ? 1UL : 2UL;
        if (asRelation is null)
        {
            (up, down, _) = s.Path(p, c);
            ancestor = down == 0;
            cRel = s.Rel[c];
            (path, pathPos) = PathHash(s, p, c, up, down);
        }
        else
        {
            up = 0; down = 1; ancestor = false; before = 1;
            cRel = FeatureHash.Add(0, asRelation);
            path = FeatureHash.Add(Mix(0x77UL, cRel), 'v');
            pathPos = FeatureHash.Add(Mix(0x78UL, s.Xpos[c]), 'v');
        }
        ulong lemma = s.Lemma[c], xpos = s.Xpos[c];
        int marker = s.CaseMarker(c);
        ulong prep = marker >= 0 ? s.Lower[marker] : 5;
        var (first, last) = span;
        ulong dist = (ulong)Math.Min(Math.Abs(c - p), 6);
        ulong length = (ulong)Math.Min(last - first + 1, 8);
        ulong steps = (ulong)(Math.Min(up, 5) * 8 + Math.Min(down, 5));
        keys[n++] = Key(101, 0);
        keys[n++] = Key(102, pc.Lemma);
        keys[n++] = Key(103, lemma);
        keys[n++] = Key(104, xpos);
        keys[n++] = Key(105, cRel);
        keys[n++] = Key(106, path);
        keys[n++] = Key(107, pathPos);
        keys[n++] = Key(108, before, pc.Voice);
        keys[n++] = Key(109, cRel, before * 4 + pc.Voice);
        keys[n++] = Key(110, pc.Lemma, cRel);
        keys[n++] = Key(111, pc.Lemma, lemma);
        keys[n++] = Key(112, pc.Lemma, path);
        keys[n++] = Key(113, prep);
        keys[n++] = Key(114, prep, pc.Lemma);
        keys[n++] = Key(115, prep, cRel);
        keys[n++] = Key(116, lemma, cRel);
        keys[n++] = Key(117, dist, before);
        keys[n++] = Key(118, pc.Subcat);
        keys[n++] = Key(119, pc.Rel, cRel);
        keys[n++] = Key(120, s.Lower[first]);
        keys[n++] = Key(121, s.Lower[last]);
        keys[n++] = Key(122, s.Shape[c], cRel);
        keys[n++] = Key(123, pc.Xpos, cRel * 4 + before);
        keys[n++] = Key(124, steps);
        keys[n++] = Key(125, s.Lower[c]);
        keys[n++] = Key(126, cRel, steps);
        keys[n++] = Key(127, xpos, cRel * 4 + before + pc.Voice * 16);
        keys[n++] = Key(128, length);
        keys[n++] = Key(129, pc.Lemma, cRel * 8 + before * 2 + pc.Voice);
        keys[n++] = Key(130, pc.Lemma, prep * 4 + cRel);
        keys[n++] = Key(131, ancestor ? 1UL : 2UL, cRel);
        keys[n++] = Key(132, pc.Voice, path);
        keys[n++] = Key(133, pc.Lemma, pc.Voice * 4 + before);
        keys[n++] = Key(134, prep, lemma);
        keys[n++] = Key(135, pc.HeadLemma, cRel);
        keys[n++] = Key(136, pc.Rel, path);
        keys[n++] = Key(137, s.Lower[first], cRel);
        keys[n++] = Key(138, first > 0 ? s.Lower[first - 1] : 9, before);
        keys[n++] = Key(139, last + 1 < s.Count ? s.Lower[last + 1] : 9, before);
        keys[n++] = Key(140, pc.Xpos, path);
        // The candidate's outermost dependents and its siblings (Johansson & Nugues 2008).
        var children = s.ChildrenOf(c);
        keys[n++] = Key(141, children.Length > 0 ? s.Lower[children[0]] : 11, cRel);
        keys[n++] = Key(142, children.Length > 0 ? s.Xpos[children[^1]] : 11, cRel);
        keys[n++] = Key(143, children.Length > 0 ? s.Lower[children[^1]] : 11, cRel);
        int h = s.Head[c];
        ulong leftSibling = 12, rightSibling = 12;
        if (h >= 0)
        {
            var siblings = s.ChildrenOf(h);
            int at = siblings.IndexOf(c);
            if (at > 0) leftSibling = s.Xpos[siblings[at - 1]];
            if (at >= 0 && at + 1 < siblings.Length) rightSibling = s.Xpos[siblings[at + 1]];
        }
        keys[n++] = Key(144, leftSibling, cRel);
        keys[n++] = Key(145, rightSibling, cRel);
        keys[n++] = Key(146, path, before * 4 + pc.Voice);
        keys[n++] = Key(147, pc.Lemma, pathPos);
        return n;
    }

    /// <summary>The relations from <paramref name="p"/> up to the common ancestor and down to <paramref name="c"/> (and the same in tags), capped at six steps.</summary>
    private static (ulong Rels, ulong Tags) PathHash(RoleSentence s, int p, int c, int up, int down)
    {
        ulong rels = 0x77UL, tags = 0x78UL;
        if (up < 0) return (1, 1);
        if (up + down > 6) return (FeatureHash.Add(rels, up * 16 + down), FeatureHash.Add(tags, up * 16 + down));
        int a = p;
        for (int k = 0; k < up; k++)
        {
            rels = FeatureHash.Add(Mix(rels, s.Rel[a]), '^');
            a = s.Head[a];
            tags = FeatureHash.Add(Mix(tags, s.Xpos[a]), '^');
        }
        // Down steps are taken from the candidate upwards, so they are hashed in reverse order
        // (still one distinct value per path).
        int b = c;
        for (int k = 0; k < down; k++)
        {
            rels = FeatureHash.Add(Mix(rels, s.Rel[b]), 'v');
            tags = FeatureHash.Add(Mix(tags, s.Xpos[b]), 'v');
            b = s.Head[b];
        }
        return (rels, tags);
    }

    /// <summary>The predicate's dependents' relations in word order (its subcategorisation frame), punctuation left out.</summary>
    public static ulong Subcat(RoleSentence s, int p)
    {
        ulong h = 0x5C;
        foreach (int ch in s.ChildrenOf(p))
        {
            if (s.IsPunct(ch)) continue;
            h = Mix(h, s.Rel[ch]);
            if (ch < p) h = FeatureHash.Add(h, '<');
        }
        return h;
    }

    private static ulong Mix(ulong h, ulong value) => (h ^ (value * 0x9E3779B97F4A7C15UL)) * 1099511628211UL;

    private static uint Key(int template, ulong a) => FeatureHash.Finish(FeatureHash.Combine(template, a));

    private static uint Key(int template, ulong a, ulong b) => FeatureHash.Finish(FeatureHash.Combine(template, a, b));
}
