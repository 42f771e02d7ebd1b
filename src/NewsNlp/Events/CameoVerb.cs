namespace NewsNlp.Events;

/// <summary>A member verb of the CAMEO dictionary.</summary>
/// <param name="Lemma">Lower-case lemma, phrasal verbs with a space ("meet with").</param>
/// <param name="Family">The family (block) it belongs to ("meet people").</param>
/// <param name="Code">Its CAMEO event code (the member's own, else the family's), or null for no event.</param>
/// <param name="ReverseCode">The code for the reverse direction when the dictionary gives one ("042:043").</param>
/// <param name="IrregularForms">Irregular inflected forms listed in the file ("met", "meets").</param>
public sealed record CameoVerb(string Lemma, string Family, string? Code, string? ReverseCode, IReadOnlyList<string> IrregularForms)
{
    /// <summary>The phrase patterns of the verb's family (object nouns, prepositions) with their codes.</summary>
    public IReadOnlyList<CameoPattern> Patterns { get; internal set; } = [];

    /// <summary>The two-digit root code ("042" → "04"), or null.</summary>
    public string? RootCode => Cameo.Root(Code);

    /// <summary>The quad class (1 verbal cooperation … 4 material conflict), or 0.</summary>
    public int QuadClass => Cameo.QuadClass(Code);
}
