namespace NewsNlp;

/// <summary>The JSON names of <see cref="Polarity"/>, <see cref="Modality"/> and <see cref="EventClass"/>: one place, used by the writer, the reader and the records' text.</summary>
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

    public static string Name(EventClass value) => value switch
    {
        EventClass.Statement => "statement",
        EventClass.VerbalCooperation => "verbal-cooperation",
        EventClass.MaterialCooperation => "material-cooperation",
        EventClass.VerbalConflict => "verbal-conflict",
        EventClass.MaterialConflict => "material-conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The class of a CAMEO code by its root (<see cref="Events.Cameo.ClassOf"/>, which documents the mapping); here so that the document layer needs nothing of the event stage.</summary>
    public static EventClass? ClassOfCode(string? code)
    {
        if (code is not { Length: >= 2 } || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])) return null;
        return ((code[0] - '0') * 10 + (code[1] - '0')) switch
        {
            >= 1 and <= 2 => EventClass.Statement,
            >= 3 and <= 5 => EventClass.VerbalCooperation,
            >= 6 and <= 8 => EventClass.MaterialCooperation,
            >= 9 and <= 13 or 16 => EventClass.VerbalConflict,
            >= 14 and <= 20 => EventClass.MaterialConflict,
            _ => null,
        };
    }

    /// <summary>The event class named <paramref name="name"/>, or null when the schema has no such name.</summary>
    public static EventClass? ParseClass(string? name) => name switch
    {
        "statement" => EventClass.Statement,
        "verbal-cooperation" => EventClass.VerbalCooperation,
        "material-cooperation" => EventClass.MaterialCooperation,
        "verbal-conflict" => EventClass.VerbalConflict,
        "material-conflict" => EventClass.MaterialConflict,
        _ => null,
    };
}
