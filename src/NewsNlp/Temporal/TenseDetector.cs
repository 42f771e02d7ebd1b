namespace NewsNlp.Temporal;

/// <summary>
/// Which way the clause around a word points: future ("will", "is set to", "is readying"), past
/// (past-tense verbs, perfects) or neither. Uses the dependency tree where the syntax layer has
/// relations, else the words before. The syntax stage runs <see cref="Tag"/> once per document and
/// stores the result with its layer (<see cref="Document.Tenses"/>); the date and event stages read it
/// from there and only work it out themselves for a document whose syntax came without it.
/// </summary>
internal static class TenseDetector
{
    private static readonly HashSet<string> FutureGovernors = new(StringComparer.Ordinal)
    {
        "set", "due", "expect", "expected", "schedule", "scheduled", "plan", "planned", "go", "going", "intend", "poise", "poised",
        "slate", "slated", "prepare", "aim", "hope", "want", "seek", "vow", "promise", "threaten", "pledge", "agree",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal)
    {
        "was", "were", "said", "met", "had", "did", "went", "came", "took", "told", "made", "held", "gave", "saw", "left", "began", "won", "lost", "sent", "fled", "hit", "struck", "killed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureGovernorSpans = FutureGovernors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWordSpans = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Auxiliaries and markers sit next to their verb: a window keeps a lookup in a huge sentence linear.</summary>
    private const int Window = 60;

    /// <summary>Longest word looked up in the word lists (longer words are in none of them).</summary>
    private const int MaxListedWord = 16;

    /// <summary>
    /// The tense of every word's clause, in one pass over the document: with relations, the tense of
    /// the verb that governs the word; without (a tagger-only model, or no syntax layer), the tense the
    /// words before it in its sentence give.
    /// </summary>
    /// <param name="document">A tokenized, sentence-split document.</param>
    /// <param name="syntax">Its syntax layer (heads are document word indices), or null for none.</param>
    public static ClauseTense[] Tag(Document document, IReadOnlyList<WordSyntax>? syntax)
    {
        int n = document.WordSpan.Length;
        var tenses = new ClauseTense[n];
        if (n == 0) return tenses;
        bool tree = syntax is not null && syntax.Count == n;
        var children = tree ? new Children(syntax!, 0, n) : default;
        // Many words share a verb: each verb's tense is worked out once (-1: not yet).
        var verbs = tree ? new sbyte[n] : [];
        verbs.AsSpan().Fill(-1);
        foreach (var sentence in document.SentenceSpan)
        {
            var (first, end) = document.WordRange(sentence);
            for (int i = first; i < end; i++)
            {
                if (!tree || syntax![i].Relation is null) { tenses[i] = FromWords(document, first, i); continue; }
                int v = GoverningVerb(syntax, i);
                if (verbs[v] < 0) verbs[v] = (sbyte)VerbTense(document, syntax, children, v, 0);
                tenses[i] = (ClauseTense)verbs[v];
            }
        }
        return tenses;
    }

    /// <summary>
    /// The tense of the clause around the expression [<paramref name="firstWord"/>, <paramref name="lastWord"/>]:
    /// the document's tense layer when it has one, else worked out from the sentence around it.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="sentenceFirstWord">First word of the sentence.</param>
    /// <param name="firstWord">First word of the expression.</param>
    /// <param name="lastWord">Last word of the expression.</param>
    /// <param name="sentenceEndWord">One past the sentence's last word.</param>
    public static ClauseTense Detect(Document document, int sentenceFirstWord, int firstWord, int lastWord, int sentenceEndWord)
    {
        var syntax = document.Syntax;
        // A tagger-only model leaves relations empty: then the words before the expression decide.
        bool tree = syntax is not null && syntax.Count == document.WordSpan.Length && syntax[lastWord].Relation is not null;
        if (document.Tenses is { } tenses && tenses.Count == document.WordSpan.Length) return tenses[tree ? lastWord : firstWord];
        if (!tree) return FromWords(document, sentenceFirstWord, firstWord);
        int v = GoverningVerb(syntax!, lastWord);
        int from = Math.Max(sentenceFirstWord, Math.Min(lastWord, v) - Window), to = Math.Min(sentenceEndWord, Math.Max(lastWord, v) + Window);
        return VerbTense(document, syntax!, new Children(syntax!, from, to), v, 0);
    }

    /// <summary>Climbs from a word to the verb that governs it; in a nominal clause ("Putin's visit on Tuesday") to the root.</summary>
    private static int GoverningVerb(IReadOnlyList<WordSyntax> s, int word)
    {
        int v = word, steps = 0;
        while (s[v].Head >= 0 && s[v].Upos is not ("VERB" or "AUX") && steps++ < 20) v = s[v].Head;
        return v;
    }

    private static ClauseTense VerbTense(Document d, IReadOnlyList<WordSyntax> s, in Children children, int v, int depth)
    {
        bool progressive = false, perfect = false, auxiliary = false;
        var text = d.Text.AsSpan();
        var words = d.WordSpan;
        foreach (int i in children.Of(v))
        {
            string? relation = s[i].Relation;
            if (relation is not ("aux" or "aux:pass" or "mark" or "cop")) continue;
            auxiliary |= relation is not "mark";
            var form = words[i].Slice(text);
            if (form.Equals("will", StringComparison.OrdinalIgnoreCase) || form.Equals("'ll", StringComparison.OrdinalIgnoreCase)
                || form.Equals("shall", StringComparison.OrdinalIgnoreCase) || form.Equals("wo", StringComparison.OrdinalIgnoreCase))
                return ClauseTense.Future;
            if (relation == "mark" && form.Equals("to", StringComparison.OrdinalIgnoreCase) && depth < 2)
            {
                // "is set to visit", "plans to visit", "is expected to visit".
                int gov = s[v].Head;
                if (gov >= 0 && FutureGovernors.Contains(s[gov].Lemma ?? "")) return ClauseTense.Future;
                if (gov >= 0 && s[gov].Upos is "VERB" or "AUX" or "ADJ") return VerbTense(d, s, children, gov, depth + 1);
            }
            if (s[i].Lemma == "be" && s[v].Xpos == "VBG" && s[i].Xpos is "VBZ" or "VBP") progressive = true;
            if (s[i].Lemma == "have") perfect = true;
            if (s[i].Xpos is "VBD") return ClauseTense.Past;
        }
        if (progressive) return ClauseTense.Future; // "Putin is visiting Pyongyang on Tuesday"
        string xpos = s[v].Xpos ?? "";
        if (xpos == "VBD" || perfect) return ClauseTense.Past;
        // A participle with no auxiliary is a past tense the tagger read as VBN ("Rebels attacked the
        // town") or a reduced clause about the past ("the deal signed on Tuesday").
        if (xpos == "VBN" && !auxiliary) return ClauseTense.Past;
        if (xpos == "VBN" && s[v].Head >= 0 && s[s[v].Head].Xpos == "VBD") return ClauseTense.Past;
        // Headline infinitive: "Putin to visit North Korea".
        if (xpos == "VB" && s[v].Head < 0) return ClauseTense.Future;
        // A participle clause without an auxiliary has its governing clause's tense: "Qwest has come under
        // suspicion, paying the SEC $250m in October" is past; "marched on Tuesday, demanding ..." too.
        if (xpos == "VBG" && !auxiliary && depth < 2 && s[v].Head is int governor and >= 0 && s[governor].Upos is "VERB" or "AUX")
            return VerbTense(d, s, children, governor, depth + 1);
        return ClauseTense.Present;
    }

    private static ClauseTense FromWords(Document d, int sentenceFirstWord, int firstWord)
    {
        var text = d.Text.AsSpan();
        var words = d.WordSpan;
        Span<char> lower = stackalloc char[MaxListedWord];
        for (int i = firstWord - 1; i >= sentenceFirstWord && i >= firstWord - 10; i--)
        {
            var w = words[i].Slice(text);
            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("'ll", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase))
                return ClauseTense.Future;
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i > sentenceFirstWord && Listed(FutureGovernorSpans, words[i - 1].Slice(text), lower))
                return ClauseTense.Future;
            if (Listed(PastWordSpans, w, lower) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))) return ClauseTense.Past;
        }
        return ClauseTense.Present;
    }

    private static bool Listed(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> list, ReadOnlySpan<char> word, Span<char> scratch)
    {
        if (word.Length > scratch.Length) return false;
        int n = word.ToLowerInvariant(scratch);
        return n >= 0 && list.Contains(scratch[..n]);
    }

    /// <summary>The dependents of each word in [from, to), in text order (a compact adjacency list).</summary>
    private readonly struct Children
    {
        private readonly int _from;
        private readonly int[] _start;
        private readonly int[] _kids;

        public Children(IReadOnlyList<WordSyntax> s, int from, int to)
        {
            _from = from;
            _start = new int[to - from + 1];
            for (int i = from; i < to; i++)
                if (s[i].Head >= from && s[i].Head < to) _start[s[i].Head - from + 1]++;
            for (int k = 1; k < _start.Length; k++) _start[k] += _start[k - 1];
            _kids = new int[_start[^1]];
            var next = _start[..^1];
            for (int i = from; i < to; i++)
                if (s[i].Head >= from && s[i].Head < to) _kids[next[s[i].Head - from]++] = i;
        }

        /// <summary>The dependents of <paramref name="word"/> inside the range (none when it lies outside).</summary>
        public ReadOnlySpan<int> Of(int word)
        {
            int k = word - _from;
            if (_start is null || k < 0 || k >= _start.Length - 1) return [];
            return _kids.AsSpan(_start[k], _start[k + 1] - _start[k]);
        }
    }
}
