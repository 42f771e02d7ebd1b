namespace NewsNlp.Temporal;

/// <summary>
/// Which way the clause around a date points: future ("will", "is set to", "is readying"), past
/// (past-tense verbs, perfects) or neither. Uses the dependency tree when the document has one,
/// else the words before the date.
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

    /// <param name="document">The document.</param>
    /// <param name="sentenceFirstWord">First word of the sentence.</param>
    /// <param name="firstWord">First word of the date expression.</param>
    /// <param name="lastWord">Last word of the date expression.</param>
    /// <param name="sentenceEndWord">One past the sentence's last word.</param>
    public static ClauseTense Detect(Document document, int sentenceFirstWord, int firstWord, int lastWord, int sentenceEndWord)
    {
        var syntax = document.Syntax;
        // A tagger-only model leaves relations empty: then the words decide.
        if (syntax is not null && syntax.Count == document.Words.Count && syntax[lastWord].Relation is not null)
        {
            // Auxiliaries and markers sit next to their verb: a window keeps huge sentences linear.
            return FromTree(document, syntax, lastWord, Math.Max(sentenceFirstWord, lastWord - Window), Math.Min(sentenceEndWord, lastWord + Window));
        }
        return FromWords(document, sentenceFirstWord, firstWord);
    }

    private const int Window = 60;

    private static ClauseTense FromTree(Document d, IReadOnlyList<WordSyntax> s, int word, int from, int to)
    {
        // Climb from the date to the verb that governs it; in a nominal clause ("Putin's visit on
        // Tuesday") the climb ends at the root.
        int v = word, steps = 0;
        while (s[v].Head >= 0 && s[v].Upos is not ("VERB" or "AUX") && steps++ < 20) v = s[v].Head;
        if (v < from || v >= to)
        {
            from = Math.Max(0, v - Window);
            to = Math.Min(s.Count, v + Window);
        }
        return VerbTense(d, s, v, from, to, 0);
    }

    private static ClauseTense VerbTense(Document d, IReadOnlyList<WordSyntax> s, int v, int from, int to, int depth)
    {
        bool progressive = false, perfect = false;
        for (int i = from; i < to; i++)
        {
            if (s[i].Head != v || s[i].Relation is not ("aux" or "aux:pass" or "mark" or "cop")) continue;
            string form = d.GetText(d.Words[i]).ToLowerInvariant();
            if (form is "will" or "'ll" or "shall" or "wo") return ClauseTense.Future;
            if (s[i].Relation == "mark" && form == "to" && depth < 2)
            {
                // "is set to visit", "plans to visit", "is expected to visit".
                int gov = s[v].Head;
                if (gov >= 0 && FutureGovernors.Contains(s[gov].Lemma ?? "")) return ClauseTense.Future;
                if (gov >= 0 && s[gov].Upos is "VERB" or "AUX" or "ADJ") return VerbTense(d, s, gov, from, to, depth + 1);
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
        if (xpos == "VBN" && !HasAuxiliary(s, v, from, to)) return ClauseTense.Past;
        if (xpos == "VBN" && s[v].Head >= 0 && s[s[v].Head].Xpos == "VBD") return ClauseTense.Past;
        // Headline infinitive: "Putin to visit North Korea".
        if (xpos == "VB" && s[v].Head < 0) return ClauseTense.Future;
        return ClauseTense.Present;
    }

    private static bool HasAuxiliary(IReadOnlyList<WordSyntax> s, int v, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (s[i].Head == v && s[i].Relation is "aux" or "aux:pass" or "cop") return true;
        return false;
    }

    private static ClauseTense FromWords(Document d, int sentenceFirstWord, int firstWord)
    {
        for (int i = firstWord - 1; i >= sentenceFirstWord && i >= firstWord - 10; i--)
        {
            string w = d.GetText(d.Words[i]).ToLowerInvariant();
            if (w is "will" or "'ll" or "shall") return ClauseTense.Future;
            if (w == "to" && i > sentenceFirstWord && FutureGovernors.Contains(d.GetText(d.Words[i - 1]).ToLowerInvariant())) return ClauseTense.Future;
            if (PastWords.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return ClauseTense.Past;
        }
        return ClauseTense.Present;
    }
}
