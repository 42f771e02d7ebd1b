namespace NewsNlp;

/// <summary>How an event is put: as a fact, a plan, an allegation, a report or a possibility.</summary>
/// <remarks>JSON writes the lower-case name (<c>"asserted"</c>, <c>"planned"</c> ...), as the schema says.</remarks>
public enum Modality
{
    /// <summary>Stated as a fact.</summary>
    Asserted,

    /// <summary>Planned or scheduled: a future clause, "agreed to", "planned visit".</summary>
    Planned,

    /// <summary>Alleged: "accused of", "allegedly".</summary>
    Alleged,

    /// <summary>Reported speech: "..., the Kremlin said".</summary>
    Reported,

    /// <summary>Wished, asked, conditional or possible: "urged X to", "if", "could", "a possible visit".</summary>
    Hypothetical,
}
