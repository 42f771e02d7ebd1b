namespace NewsNlp.Syntax;

/// <summary>What the syntax stage needs to know of a tag.</summary>
[Flags]
internal enum TagClass : byte
{
    None = 0,
    Finite = 1,        // VBD, VBZ, VBP, MD
    Participle = 2,    // VBN
    ProperName = 4,    // NNP
    PhraseStart = 8,   // NNP, DT, PRP, PRP$, CD, NNS, JJ: what a noun-phrase object starts with
    Joiner = 16,       // CC, punctuation: what coordination needs between its conjuncts
    NonFinite = 32,    // VB, VBG (and Participle): verbs that head no finite clause on their own
    Noun = 64,         // NN, NNS, NNP, NNPS
    Verb = 128,        // VB, VBD, VBZ, VBP, VBN, VBG
}

/// <summary>
/// Repairs a parsed tree where it has a shape no treebank allows: a capitalised run split into
/// conjuncts or subjects with no joiner, a clause with its own subject coordinated with a subjectless
/// gerund, a compound cut from its head by a preposition, a phrase hung on a later verb across that
/// verb's subject, a bare time ("today", "Friday") taken for the subject. Built once per model;
/// immutable and thread-safe.
/// </summary>
internal sealed class TreeRepairs
{
    public TreeRepairs(TagClass[] tagClass, string[] labels)
    {
        _tagClass = tagClass;
        _conj = Array.IndexOf(labels, "conj");
        _compound = Array.IndexOf(labels, "compound");
        _case = Array.IndexOf(labels, "case");
        _obl = Array.IndexOf(labels, "obl");
        _nmod = Array.IndexOf(labels, "nmod");
        _nsubj = Array.IndexOf(labels, "nsubj");
        _relcl = Array.IndexOf(labels, "acl:relcl");
        _oblTime = Array.IndexOf(labels, "obl:unmarked") is int u and >= 0 ? u : _obl;
        _flat = LabelIds(labels, "compound", "flat", "flat:name");
        _single = LabelIds(labels, "nsubj", "nsubj:pass", "obj", "iobj");
        _subject = LabelIds(labels, "nsubj", "nsubj:pass", "expl");
        _auxiliary = LabelIds(labels, "aux", "aux:pass", "cop");
    }

    private readonly TagClass[] _tagClass;

    /// <summary>Label ids the repairs read and write (-1: the parser has none).</summary>
    private readonly int _conj, _compound, _case, _obl, _nmod, _nsubj, _relcl, _oblTime;

    /// <summary>Label ids inside a name or compound (its words hang from the last one).</summary>
    private readonly int[] _flat;

    /// <summary>Label ids a verb has at most one of (subject, object).</summary>
    private readonly int[] _single;

    /// <summary>Label ids of a clause's subject, and of the auxiliaries and copulas that can make it finite.</summary>
    private readonly int[] _subject, _auxiliary;

    private static int[] LabelIds(string[] labels, params string[] names) =>
        names.Select(n => Array.IndexOf(labels, n)).Where(i => i >= 0).ToArray();

    /// <summary>The class of each tag id of <paramref name="tagger"/>, worked out once from the tag set.</summary>
    public static TagClass[] ClassifyTags(PosTagger tagger)
    {
        var classes = new TagClass[tagger.TagCount];
        for (int t = 0; t < classes.Length; t++)
            classes[t] = tagger.Xpos[t] switch
            {
                "VBD" or "VBZ" or "VBP" or "MD" => TagClass.Finite,
                "VBN" => TagClass.Participle | TagClass.NonFinite,
                "VB" or "VBG" => TagClass.NonFinite,
                "NNP" => TagClass.ProperName | TagClass.PhraseStart,
                "DT" or "PRP" or "PRP$" or "CD" or "NNS" or "JJ" => TagClass.PhraseStart,
                "CC" or "," or ":" or "." or "HYPH" or "-LRB-" or "-RRB-" or "NFP" or "``" or "''" or "SYM" => TagClass.Joiner,
                _ => TagClass.None,
            } | tagger.Xpos[t] switch
            {
                "NN" or "NNS" or "NNP" or "NNPS" => TagClass.Noun,
                "VB" or "VBD" or "VBZ" or "VBP" or "VBN" or "VBG" => TagClass.Verb,
                _ => TagClass.None,
            };
        return classes;
    }

    /// <summary>Applies every repair, in order, to the tree in <paramref name="state"/>.</summary>
    public void Apply(SentenceWords s, ArcHybridState state)
    {
        NameConjuncts(s, state);
        ClauseConjuncts(s, state);
        CompoundsAcrossPrepositions(s, state);
        ObliquesAcrossSubjects(s, state);
        BareTimesAreNoSubjects(s, state);
    }

    /// <summary>
    /// "Bree Prime Minister Romendacil clashed": a run of capitalised words that the parser split
    /// into two conjuncts with no "and" or comma between them is one name. Coordination needs a
    /// joiner (UD's conj); without one the last proper noun heads the name, the first becomes its
    /// compound and takes nothing else along.
    /// </summary>
    private void NameConjuncts(SentenceWords s, ArcHybridState state)
    {
        if (_conj < 0 || _compound < 0) return;
        var classes = _tagClass;
        for (int d = 1; d < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _conj || h < 0 || h >= d || h >= s.Count)
            {
                // "Fornost President Umbardacil has appealed" parsed with two subjects (or objects) of
                // one verb: the earlier name is a compound of the later one.
                if (h < 0 || state.Label[d] < 0 || !IsArgument(state.Label[d])) continue;
                h = -1;
                for (int k = d - 1; k >= 0 && h < 0; k--)
                    if (state.Head[k] == state.Head[d] && state.Label[k] == state.Label[d]) h = k;
                if (h < 0) continue;
            }
            if ((classes[s.Tag[h]] & TagClass.ProperName) == 0 || (classes[s.Tag[d]] & TagClass.ProperName) == 0) continue;
            bool name = true;
            for (int k = h + 1; k < d && name; k++)
                name = (classes[s.Tag[k]] & TagClass.Joiner) == 0 && char.IsUpper(s.Text[s.Start[k]]);
            if (!name) continue;
            // d takes h's place in the tree; h's dependents after d (its other conjuncts) go with it.
            state.Head[d] = state.Head[h];
            state.Label[d] = state.Label[h];
            state.Head[h] = d;
            state.Label[h] = _compound;
            for (int k = d + 1; k < s.Count; k++)
                if (state.Head[k] == h) state.Head[k] = d;
        }
    }

    /// <summary>
    /// "accused Pyongyang of sending troops, and the two leaders met in Moscow": a clause with its own
    /// subject is not coordinated with a subjectless gerund or infinitive; it joins the nearest finite
    /// clause above that verb (the conjunct keeps its label).
    /// </summary>
    private void ClauseConjuncts(SentenceWords s, ArcHybridState state)
    {
        if (_conj < 0 || _subject.Length == 0) return;
        for (int d = 1; d < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _conj || h < 0 || h >= d) continue;
            if ((_tagClass[s.Tag[h]] & TagClass.NonFinite) == 0 || IsFinite(s, state, h) || HasChild(state, s.Count, h, _subject) || !HasChild(state, s.Count, d, _subject)) continue;
            int a = state.Head[h];
            for (int up = 0; up < 4 && a >= 0 && a < s.Count && !IsFinite(s, state, a); up++) a = state.Head[a];
            if (a >= 0 && a < s.Count && IsFinite(s, state, a)) state.Head[d] = a;
        }
    }

    /// <summary>
    /// "to visit Pyongyang at Kim Jong Un's invitation" parsed with "Pyongyang" a compound of "Un": a
    /// compound is never cut from its head by a preposition. The compound word takes the phrase's place
    /// under the verb, and the phrase, now introduced by the preposition, becomes an oblique of that verb.
    /// </summary>
    private void CompoundsAcrossPrepositions(SentenceWords s, ArcHybridState state)
    {
        if (_compound < 0 || _case < 0 || _obl < 0) return;
        for (int d = 0; d + 2 < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _compound || h <= d + 1 || h >= s.Count || state.Label[d + 1] != _case) continue;
            // The top of the phrase h belongs to (h itself or a noun it modifies) and the verb above it.
            int top = h;
            for (int up = 0; up < 4 && !IsArgument(state.Label[top]) && state.Head[top] >= 0 && state.Head[top] < s.Count; up++) top = state.Head[top];
            int verb = state.Head[top];
            if (verb < 0 || verb >= d || !IsArgument(state.Label[top])) continue;
            state.Head[d] = verb;
            state.Label[d] = state.Label[top];
            state.Label[top] = _obl;
            state.Head[d + 1] = top;
        }
    }

    /// <summary>
    /// "welcomed a resumption of ties between Minas Tirith and Osgiliath after a 12-year rift, the
    /// agency WFNA said": a phrase inside one clause is no oblique of a later verb whose subject comes
    /// between them (a phrase fronted before a subject starts its clause, or follows a comma). A
    /// "between" or "of" phrase right after a noun joins that noun; any other phrase joins the nearest
    /// verb above the word before it.
    /// </summary>
    private void ObliquesAcrossSubjects(SentenceWords s, ArcHybridState state)
    {
        if (_obl < 0 || _case < 0 || _nmod < 0 || _subject.Length == 0) return;
        for (int d = 1; d < s.Count; d++)
        {
            int v = state.Head[d];
            if (state.Label[d] != _obl || v <= d || v >= s.Count) continue;
            // The phrase's preposition: a case word of its own, or the word before it hung on the verb too.
            int p = -1;
            for (int k = 0; k < d && p < 0; k++)
                if (state.Head[k] == d && state.Label[k] == _case) p = k;
            if (p < 0 && state.Label[d - 1] == _case && state.Head[d - 1] == v) p = d - 1;
            if (p <= 0 || (_tagClass[s.Tag[p - 1]] & TagClass.Joiner) != 0) continue;
            bool subjectBetween = false;
            for (int k = d + 1; k < v && !subjectBetween; k++)
                subjectBetween = state.Head[k] == v && Array.IndexOf(_subject, state.Label[k]) >= 0;
            if (!subjectBetween) continue;
            int head = p - 1, label = _obl;
            var preposition = s.Form(p);
            if ((_tagClass[s.Tag[head]] & TagClass.Noun) != 0
                && (preposition.Equals("between", StringComparison.OrdinalIgnoreCase) || preposition.Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                // A name's words hang from its last one: the phrase joins the name's head.
                for (int up = 0; up < 4 && Array.IndexOf(_flat, state.Label[head]) >= 0 && state.Head[head] > head && state.Head[head] < p; up++) head = state.Head[head];
                label = _nmod;
            }
            else
            {
                for (int up = 0; up < 8 && head >= 0 && head < s.Count && (_tagClass[s.Tag[head]] & TagClass.Verb) == 0; up++) head = state.Head[head];
                if (head < 0 || head >= p || (_tagClass[s.Tag[head]] & TagClass.Verb) == 0) continue;
            }
            // Never under its own phrase (no cycle).
            int a = head;
            for (int up = 0; up < s.Count && a >= 0 && a < s.Count && a != d; up++) a = state.Head[a];
            if (a == d) continue;
            state.Head[d] = head;
            state.Label[d] = label;
            state.Head[p] = d;
        }
    }

    /// <summary>Time words that stand as a phrase of their own, without a preposition.</summary>
    private static readonly string[] BareTimes = ["today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// "Russia today accused Ukraine", "Oxfam today called on the EU", "Indian business leaders Friday
    /// called for": the wire's bare time between a subject and its verb is no subject. The parser,
    /// which learned from web text where such a word rarely stands there, made the time the verb's
    /// subject with the real one an oblique or a modifier of the time, or the verb a relative clause
    /// of the subject. The phrase before the time becomes the verb's subject and the time an
    /// unmarked oblique of the verb.
    /// </summary>
    private void BareTimesAreNoSubjects(SentenceWords s, ArcHybridState state)
    {
        if (_nsubj < 0 || _oblTime < 0) return;
        int n = s.Count;
        for (int t = 1; t + 1 < n; t++)
        {
            int v = state.Head[t];
            if (v <= t || v >= n || (_tagClass[s.Tag[v]] & TagClass.Verb) == 0 || !IsBareTime(s.Form(t))) continue;
            // The top of the phrase that ends right before the time, within the words before it.
            int x = t - 1;
            for (int up = 0; up < 8 && state.Head[x] >= 0 && state.Head[x] < t; up++) x = state.Head[x];
            if ((_tagClass[s.Tag[x]] & (TagClass.Noun | TagClass.ProperName)) == 0 && !((_tagClass[s.Tag[x]] & TagClass.PhraseStart) != 0 && char.IsUpper(s.Text[s.Start[x]]))) continue;
            bool timeIsSubject = Array.IndexOf(_subject, state.Label[t]) >= 0;
            int subjectLabel = timeIsSubject ? state.Label[t] : _nsubj;
            if (state.Head[x] == v && timeIsSubject)
            {
                // "Russia today accused": the phrase an oblique (or a second subject) of the verb.
                if (Array.IndexOf(_subject, state.Label[x]) < 0) state.Label[x] = subjectLabel;
            }
            else if (state.Head[x] == t && !HasOtherSubject(state, n, v, t))
            {
                // "Oxfam today called", "The Security Council today agreed": the phrase hung on the time.
                state.Head[x] = v;
                state.Label[x] = subjectLabel;
                for (int k = 0; k < t; k++)
                    if (k != x && state.Head[k] == t) state.Head[k] = x;
            }
            else if (timeIsSubject && state.Head[v] == x && state.Label[v] == _relcl && (_tagClass[s.Tag[v]] & TagClass.Finite) != 0)
            {
                // "Indian business leaders Friday called for": the verb takes the phrase's place in the tree.
                state.Head[v] = state.Head[x];
                state.Label[v] = state.Label[x];
                state.Head[x] = v;
                state.Label[x] = subjectLabel;
                for (int k = v + 1; k < n; k++)
                    if (state.Head[k] == x) state.Head[k] = v;
            }
            else continue;
            state.Head[t] = v;
            state.Label[t] = _oblTime;
        }
    }

    private static bool IsBareTime(ReadOnlySpan<char> word)
    {
        foreach (string t in BareTimes)
            if (word.Equals(t, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private bool HasOtherSubject(ArcHybridState state, int count, int v, int except)
    {
        for (int k = 0; k < count; k++)
            if (k != except && state.Head[k] == v && Array.IndexOf(_subject, state.Label[k]) >= 0) return true;
        return false;
    }

    private bool IsArgument(int label) => Array.IndexOf(_single, label) >= 0;

    /// <summary>A finite verb, or a word with a finite auxiliary or copula.</summary>
    private bool IsFinite(SentenceWords s, ArcHybridState state, int w)
    {
        if ((_tagClass[s.Tag[w]] & TagClass.Finite) != 0) return true;
        for (int k = 0; k < s.Count; k++)
            if (state.Head[k] == w && Array.IndexOf(_auxiliary, state.Label[k]) >= 0 && (_tagClass[s.Tag[k]] & TagClass.Finite) != 0) return true;
        return false;
    }

    private static bool HasChild(ArcHybridState state, int count, int w, int[] labels)
    {
        for (int k = 0; k < count; k++)
            if (state.Head[k] == w && Array.IndexOf(labels, state.Label[k]) >= 0) return true;
        return false;
    }
}
