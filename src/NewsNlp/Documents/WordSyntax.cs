namespace NewsNlp;

/// <summary>Grammatical annotation of one <see cref="Word"/>, written by the syntax stages.</summary>
/// <param name="Upos">Universal part-of-speech tag (e.g. "VERB").</param>
/// <param name="Xpos">Penn Treebank tag (e.g. "VBD").</param>
/// <param name="Lemma">Dictionary form ("met" → "meet").</param>
/// <param name="Head">Index in <see cref="Document.Words"/> of the syntactic head, or -1 for the root.</param>
/// <param name="Relation">Universal Dependencies relation to the head (e.g. "nsubj").</param>
public readonly record struct WordSyntax(string? Upos, string? Xpos, string? Lemma, int Head, string? Relation);
