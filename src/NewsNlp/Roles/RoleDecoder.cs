namespace NewsNlp.Roles;

/// <summary>One argument found for a predicate, in sentence-local word indices (<c>Last</c> inclusive).</summary>
internal readonly record struct WordArgument(int Label, int Head, int First, int Last, bool Implicit);

/// <summary>
/// Finds predicates and labels their arguments in one parsed sentence: compute only, no document
/// (the stage writes the layer; the trainer and the evaluator call this directly).
/// </summary>
internal static class RoleDecoder
{
    /// <summary>
    /// The farthest an argument's head may be from its predicate, in words: keeps the stage linear on a
    /// huge unpunctuated "sentence" (scraped text), where every word was a candidate of every predicate.
    /// </summary>
    public const int MaxDistance = 100;

    /// <summary>How far along the tree a candidate head may lie from its predicate: any number of steps up, then at most one down (two below the predicate itself), and at most <see cref="MaxDistance"/> words away.</summary>
    public static bool IsCandidate(RoleSentence s, int p, int c)
    {
        if (c == p || Math.Abs(c - p) > MaxDistance || s.IsPunct(c)) return false;
        var (up, down, _) = s.Path(p, c);
        if (up < 0) return false;
        return down <= 1 || (up == 0 && down == 2);
    }

    /// <summary>Whether the model takes word <paramref name="i"/> for a predicate.</summary>
    public static bool IsPredicate(RoleModel model, RoleSentence s, int i, Span<uint> keys, Span<float> two)
    {
        if (!RoleFeatures.IsPredicateCandidate(s, i)) return false;
        int n = RoleFeatures.Predicate(s, i, keys);
        two.Clear();
        model.Predicates.AddAll(keys[..n], two);
        return two[1] > two[0];
    }

    /// <summary>
    /// The arguments of predicate <paramref name="p"/>: every candidate's best label, then, by margin
    /// over "no role", kept unless it overlaps a kept argument or repeats a core label; then the
    /// controller of a subjectless non-finite verb, flagged implicit.
    /// </summary>
    public static void Arguments(RoleModel model, RoleSentence s, int p, List<WordArgument> result, List<(float Margin, WordArgument Argument)> scratch,
        bool controllers = true)
    {
        result.Clear();
        scratch.Clear();
        int labels = model.Labels.Length;
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxArgument];
        Span<float> scores = labels <= 256 ? stackalloc float[labels] : new float[labels];
        var pc = RoleFeatures.Context(s, p);
        for (int c = Math.Max(0, p - MaxDistance), last = Math.Min(s.Count - 1, p + MaxDistance); c <= last; c++)
        {
            if (!IsCandidate(s, p, c)) continue;
            var span = s.SpanOf(c, p, model.Spans);
            int n = RoleFeatures.Argument(s, p, pc, c, span, keys);
            scores.Clear();
            model.Arguments.AddAll(keys[..n], scores);
            int best = 1;
            for (int l = 2; l < labels; l++) if (scores[l] > scores[best]) best = l;
            float margin = scores[best] + model.RoleBias - scores[0];
            if (margin <= 0) continue;
            scratch.Add((margin, new WordArgument(best, c, span.First, span.Last, false)));
        }
        scratch.Sort(static (a, b) => b.Margin.CompareTo(a.Margin));
        foreach (var (_, a) in scratch)
        {
            if (a.First <= p && p <= a.Last) continue;
            bool clash = Overlaps(result, a.First, a.Last);
            foreach (var k in result)
                if (model.CoreLabel[a.Label] && k.Label == a.Label) { clash = true; break; }
            if (!clash) result.Add(a);
        }
        AddCutPlaces(model, s, p, pc, result, keys, scores);
        if (controllers) AddController(model, s, p, pc, result, keys, scores);
        result.Sort(static (a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// "hosted Putin [in Pyongyang]": the prepositional phrase a name's argument span left out
    /// (<see cref="RoleSentence.NamesPlace"/>) is scored as the predicate's own oblique, for a modifier label.
    /// </summary>
    private static void AddCutPlaces(RoleModel model, RoleSentence s, int p, in RoleFeatures.PredicateContext pc, List<WordArgument> result,
        Span<uint> keys, Span<float> scores)
    {
        for (int a = 0, count = result.Count; a < count; a++)
        {
            int c = result[a].Head;
            if (result[a].Last >= s.Right[c]) continue;
            int ch = -1;
            foreach (int k in s.ChildrenOf(c)) if (s.NamesPlace(c, k)) { ch = k; break; }
            if (ch < 0 || (ch <= p && p <= s.Right[ch])) continue;
            var span = (First: s.Left[ch], Last: s.Right[ch]);
            if (Overlaps(result, span.First, span.Last)) continue;
            int n = RoleFeatures.Argument(s, p, pc, ch, span, keys, "obl");
            scores.Clear();
            model.Arguments.AddAll(keys[..n], scores);
            int best = -1;
            for (int l = 1; l < scores.Length; l++)
                if (!model.CoreLabel[l] && (best < 0 || scores[l] > scores[best])) best = l;
            if (best >= 0 && scores[best] + model.RoleBias > scores[0]) result.Add(new WordArgument(best, ch, span.First, span.Last, false));
        }
    }

    private static bool Overlaps(List<WordArgument> arguments, int first, int last)
    {
        foreach (var k in arguments) if (first <= k.Last && k.First <= last) return true;
        return false;
    }

    private static void AddController(RoleModel model, RoleSentence s, int p, in RoleFeatures.PredicateContext pc, List<WordArgument> result,
        Span<uint> keys, Span<float> scores)
    {
        int c = ControlResolver.Controller(s, p);
        if (c < 0) return;
        foreach (var a in result)
            if (a.Head == c || (a.First <= c && c <= a.Last)) return; // already an explicit argument
        bool passive = s.IsPassive(p);
        int n = RoleFeatures.Argument(s, p, pc, c, s.SpanOf(c, p, model.Spans), keys, passive ? "nsubj:pass" : "nsubj");
        scores.Clear();
        model.Arguments.AddAll(keys[..n], scores);
        // The missing subject is a core role: the best core label not already taken.
        int best = -1;
        for (int l = 1; l < scores.Length; l++)
        {
            if (!model.CoreLabel[l] || (best >= 0 && scores[l] <= scores[best])) continue;
            bool taken = false;
            foreach (var a in result) if (a.Label == l) { taken = true; break; }
            if (!taken) best = l;
        }
        if (best < 0) return;
        var (first, last) = s.SpanOf(c, c, model.Spans);
        result.Add(new WordArgument(best, c, first, last, true));
    }
}
