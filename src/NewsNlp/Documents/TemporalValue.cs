namespace NewsNlp;

/// <summary>A date or time mention resolved to a TIMEX3-style calendar value (TempEval-3).</summary>
/// <param name="Start">First UTF-16 code unit of the expression.</param>
/// <param name="End">One past the last code unit (exclusive).</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Value">
/// TIMEX3 value: "2024-06-18", "2023-09", "2019", "2024-W17", "199X", "2024-Q1", "2024-SU",
/// "2024-06-18T15:00", durations "P24Y"/"PT3H", sets "XXXX-WXX-2", or "PAST_REF"/"PRESENT_REF"/"FUTURE_REF".
/// Relative expressions without a publish date keep an underspecified value ("XXXX-WXX-2") and
/// <see cref="Anchor"/> says so.
/// </param>
/// <param name="Kind">Date, time, duration, set or fuzzy reference.</param>
/// <param name="Granularity">The unit the value is precise to.</param>
/// <param name="RangeStart">Start value when the expression is a range ("from Monday to Wednesday"), else null.</param>
/// <param name="RangeEnd">End value of a range, else null.</param>
/// <param name="Anchor">Whether the value is absolute, computed from the publish date, or left unresolved.</param>
public sealed record TemporalValue(
    int Start, int End, string Text, string Value, TemporalKind Kind, TemporalGranularity Granularity,
    string? RangeStart, string? RangeEnd, TemporalAnchor Anchor)
{
    /// <summary>True when the value came from the publish date ("on Tuesday", "last year").</summary>
    public bool ResolvedAgainstPublishDate => Anchor == TemporalAnchor.PublishDate;
}

/// <summary>TIMEX3 types, plus fuzzy references.</summary>
public enum TemporalKind
{
    /// <summary>A calendar date or period ("13 September 2023", "last week", "the 1990s").</summary>
    Date,

    /// <summary>A time of day ("3 p.m. on Tuesday", "tonight").</summary>
    Time,

    /// <summary>A length of time ("24 years", "three hours").</summary>
    Duration,

    /// <summary>A repeating time ("every Tuesday", "annually").</summary>
    Set,

    /// <summary>"recently", "now", "soon": PAST_REF, PRESENT_REF, FUTURE_REF.</summary>
    Fuzzy,
}

/// <summary>The unit a temporal value is precise to.</summary>
public enum TemporalGranularity
{
    /// <summary>No calendar unit (fuzzy references).</summary>
    None,
    /// <summary>A time of day.</summary>
    TimeOfDay,
    /// <summary>A day.</summary>
    Day,
    /// <summary>An ISO week (or weekend).</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A quarter.</summary>
    Quarter,
    /// <summary>A season.</summary>
    Season,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A decade.</summary>
    Decade,
    /// <summary>A century.</summary>
    Century,
}

/// <summary>How a temporal value was obtained.</summary>
public enum TemporalAnchor
{
    /// <summary>The text gives the value by itself ("13 September 2023", "three hours").</summary>
    Absolute,

    /// <summary>Computed from the document's publish date ("on Tuesday", "last September").</summary>
    PublishDate,

    /// <summary>Relative, but the document has no publish date: the value is underspecified.</summary>
    Unresolved,
}
