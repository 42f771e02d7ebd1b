using System.Globalization;

namespace NewsNlp;

/// <summary>Coarse entity types that users filter on; each fine label maps to one.</summary>
public enum EntityType : byte
{
    /// <summary>Anything that is none of the types below (money, percent, product, event ...).</summary>
    Other = 0,

    /// <summary>People (PERSON, PER).</summary>
    Person,

    /// <summary>Places: countries, cities, regions, facilities (GPE, LOC, FAC).</summary>
    Location,

    /// <summary>Organisations (ORG).</summary>
    Organization,

    /// <summary>Dates and times (DATE, TIME).</summary>
    Date,
}

/// <summary>
/// A named entity or date mention: a first-class span of the document text with its fine
/// <see cref="Label"/> (e.g. GPE) and its coarse <see cref="Type"/> (e.g. Location).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class EntityMention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">First UTF-16 code unit of the mention in the document text.</param>
    /// <param name="end">One past the last code unit (exclusive).</param>
    /// <param name="text">The mention's text, exactly <c>documentText[start..end]</c>.</param>
    /// <param name="label">The fine label from the model or rule (e.g. "GPE", "PER").</param>
    /// <param name="type">The coarse type.</param>
    /// <param name="confidence">Probability-like score in [0, 1] that the span and label are right.</param>
    public EntityMention(int start, int end, string text, string label, EntityType type, double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        if (start < 0 || end < start) throw new ArgumentOutOfRangeException(nameof(end), "A mention needs 0 <= start <= end.");
        if (text.Length != end - start) throw new ArgumentException("The text must be exactly the characters between start and end.", nameof(text));
        Start = start;
        End = end;
        Text = text;
        Label = label;
        Type = type;
        Confidence = confidence;
    }

    /// <summary>First UTF-16 code unit of the mention.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit (exclusive).</summary>
    public int End { get; }

    /// <summary>The mention's text.</summary>
    public string Text { get; }

    /// <summary>The fine label (e.g. "GPE", "PERSON", "ORG", "DATE").</summary>
    public string Label { get; }

    /// <summary>The coarse type users filter on.</summary>
    public EntityType Type { get; }

    /// <summary>Probability-like score in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>Reads as <c>"Vladimir Putin" PERSON [12..26) 0.97</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"\"{Text}\" {Label} [{Start}..{End}) {Confidence:0.##}");
}
