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

/// <summary>The JSON names of <see cref="Polarity"/> and <see cref="Modality"/>: one place, used by the writer, the reader and the records' text.</summary>
internal static class EventLabels
{
    public static string Name(Polarity polarity) => polarity switch
    {
        Polarity.Positive => "positive",
        Polarity.Negative => "negative",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity)),
    };

    public static string Name(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Planned => "planned",
        Modality.Alleged => "alleged",
        Modality.Reported => "reported",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(modality)),
    };

    /// <summary>The polarity named <paramref name="name"/>, or null when the schema has no such name.</summary>
    public static Polarity? ParsePolarity(string? name) => name switch
    {
        "positive" => Polarity.Positive,
        "negative" => Polarity.Negative,
        _ => null,
    };

    /// <summary>The modality named <paramref name="name"/>, or null when the schema has no such name.</summary>
    public static Modality? ParseModality(string? name) => name switch
    {
        "asserted" => Modality.Asserted,
        "planned" => Modality.Planned,
        "alleged" => Modality.Alleged,
        "reported" => Modality.Reported,
        "hypothetical" => Modality.Hypothetical,
        _ => null,
    };
}
