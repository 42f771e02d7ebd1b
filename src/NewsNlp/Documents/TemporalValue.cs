namespace NewsNlp;

/// <summary>A date or time mention resolved to a TIMEX3-style calendar value.</summary>
/// <param name="Start">First UTF-16 code unit of the expression.</param>
/// <param name="End">One past the last code unit (exclusive).</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Value">TIMEX3 value such as "2024-06-18", "2023-09", "P2D" or "PAST_REF".</param>
/// <param name="RangeStart">Start value when the expression is a range, else null.</param>
/// <param name="RangeEnd">End value when the expression is a range, else null.</param>
/// <param name="ResolvedAgainstPublishDate">True when the value came from the publish date ("on Tuesday").</param>
public sealed record TemporalValue(
    int Start, int End, string Text, string Value, string? RangeStart, string? RangeEnd, bool ResolvedAgainstPublishDate);
