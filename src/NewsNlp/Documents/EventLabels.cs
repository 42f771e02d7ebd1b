namespace NewsNlp;

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
