namespace NewsNlp;

/// <summary>
/// One argument of a <see cref="PredicateFrame"/>: a PropBank role ("ARG0", "ARG1", "ARGM-TMP",
/// "R-ARG0" ...) over a run of words.
/// </summary>
/// <param name="Label">PropBank label, as CoNLL-2012 writes it.</param>
/// <param name="Start">First UTF-16 code unit of the argument's first word.</param>
/// <param name="End">One past the last code unit of its last word (exclusive).</param>
/// <param name="FirstWord">Index in <see cref="Document.Words"/> of the first word.</param>
/// <param name="EndWord">Index one past the last word.</param>
/// <param name="HeadWord">Index in <see cref="Document.Words"/> of the argument's syntactic head.</param>
public sealed record SemanticArgument(string Label, int Start, int End, int FirstWord, int EndWord, int HeadWord)
{
    /// <summary>
    /// True for an argument the sentence leaves unsaid and the tree supplies: the controller of a
    /// non-finite verb ("accused Pyongyang of providing" → Pyongyang is ARG0 of providing; "urged Kim
    /// to visit"; "is set to visit"). CoNLL-2012 leaves these empty, so its scores never count them;
    /// the span is where the controller is written.
    /// </summary>
    public bool Implicit { get; init; }

    /// <summary>Reads as <c>ARG0 [4..13)</c>, with <c>(implicit)</c> for a recovered controller.</summary>
    public override string ToString() => $"{Label} [{Start}..{End}){(Implicit ? " (implicit)" : "")}";
}

/// <summary>
/// A predicate and its arguments (semantic roles, PropBank style): who did what to whom, when and where.
/// </summary>
/// <param name="Sentence">Index in <see cref="Document.Sentences"/> of the sentence.</param>
/// <param name="Word">Index in <see cref="Document.Words"/> of the predicate word.</param>
/// <param name="Start">First UTF-16 code unit of the predicate word.</param>
/// <param name="End">One past its last code unit (exclusive).</param>
/// <param name="Lemma">The predicate's lemma (its PropBank frame lemma: "hosted" → "host").</param>
/// <param name="Arguments">Its arguments in text order; implicit ones included and flagged.</param>
public sealed record PredicateFrame(int Sentence, int Word, int Start, int End, string Lemma, IReadOnlyList<SemanticArgument> Arguments)
{
    /// <summary>The first argument with <paramref name="label"/> ("ARG0"), explicit before implicit, or null.</summary>
    public SemanticArgument? this[string label]
    {
        get
        {
            SemanticArgument? found = null;
            foreach (var a in Arguments)
                if (a.Label == label && (found is null || (found.Implicit && !a.Implicit))) found = a;
            return found;
        }
    }

    /// <summary>Reads as <c>host [12..18): ARG0 [0..11), ARG1 [19..24)</c>.</summary>
    public override string ToString() => $"{Lemma} [{Start}..{End}): {string.Join(", ", Arguments)}";
}
