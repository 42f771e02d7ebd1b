using System.Globalization;
using System.Text.RegularExpressions;
using static NewsNlp.Temporal.DateContext;
using static NewsNlp.Temporal.DateLexicon;

namespace NewsNlp.Temporal;

/// <summary>A parsed expression: how many words it spans and its TIMEX3 reading.</summary>
internal readonly record struct DateMatch(int Length, string Value, TemporalKind Kind, TemporalGranularity Granularity,
    TemporalAnchor Anchor, string? RangeStart = null, string? RangeEnd = null, bool Strong = true);

/// <summary>
/// The date grammar: reads the words at a position as a date or time expression, the way news
/// writes them, and resolves it against the publish date and the clause's tense. Words are lower
/// case; <see cref="Parse"/> tries the longest reading first. Stateless and thread-safe.
/// </summary>
internal static partial class DateParser
{
    // [0-9], not \d: \d matches every Unicode digit ("\uFF16", "\u0663"), which int.Parse then refuses.
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")] private static partial Regex Iso();
    [GeneratedRegex(@"^([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{2}|[0-9]{4})$")] private static partial Regex Numeric();
    [GeneratedRegex(@"^(?:([0-9]{2})([0-9]{2})'?s|'([0-9]0)'?s|([0-9]0)'?s)$")] private static partial Regex Decade();
    [GeneratedRegex(@"^([0-9]{4})[-–]([0-9]{2}|[0-9]{4})$")] private static partial Regex YearRange();
    [GeneratedRegex(@"^q([1-4])$")] private static partial Regex QuarterToken();
    [GeneratedRegex(@"^fy-?([0-9]{2}|[0-9]{4})$")] private static partial Regex FiscalYear();
    [GeneratedRegex(@"^([0-9]{1,2})(?::([0-9]{2}))?(a\.?m\.?|p\.?m\.?)?$")] private static partial Regex Clock();
    [GeneratedRegex(@"^([0-9]{1,2})(?:st|nd|rd|th)?[-–]([0-9]{1,2})(?:st|nd|rd|th)?$")] private static partial Regex DayRange();

    /// <summary>The longest expression starting at word <paramref name="i"/>, or null.</summary>
    public static DateMatch? Parse(IReadOnlyList<string> w, int i, DateContext c)
    {
        if (i >= w.Count) return null;
        // Ranges and "since" first: they contain other expressions.
        if (Range(w, i, c) is { } range) return range;
        var m = Single(w, i, c);
        if (m is null) return null;
        // "Tuesday at 3 p.m.", "3 p.m. on Tuesday": join a time with a day.
        return WithTime(w, i, m.Value, c);
    }

    private static DateMatch? Range(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        if (t is "since" && Single(w, i + 1, c) is { Kind: TemporalKind.Date } since)
        {
            string end = c.Published is { } p ? Day(p) : "PRESENT_REF";
            return since with { Length = since.Length + 1, RangeStart = since.Value, RangeEnd = end };
        }
        if (t is "from" or "between" && Single(w, i + 1, c) is { } a)
        {
            int j = i + 1 + a.Length;
            if (j < w.Count && w[j] is "to" or "until" or "till" or "through" or "and" or "-" or "–" && Single(w, j + 1, c) is { } b)
                return a with { Length = j + 1 + b.Length - i, RangeStart = a.Value, RangeEnd = After(a, b) };
        }
        // "2019 - 2021" split into three words.
        if (Year(t) > 0 && i + 2 < w.Count && w[i + 1] is "-" or "–" && Year(w[i + 2]) > Year(t))
            return new DateMatch(3, Year(Year(t)), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute, Year(Year(t)), Year(Year(w[i + 2])));
        if (YearRange().Match(t) is { Success: true } yr)
        {
            int y1 = int.Parse(yr.Groups[1].Value, CultureInfo.InvariantCulture);
            int y2 = int.Parse(yr.Groups[2].Value, CultureInfo.InvariantCulture);
            if (y2 < 100) y2 += y1 / 100 * 100;
            if (y1 is >= 1000 and <= 2999 && y2 > y1 && y2 - y1 < 100)
                return new DateMatch(1, Year(y1), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute, Year(y1), Year(y2));
        }
        // "June 17-19", "17-19 June", as one word or three ("17 - 19").
        if (Months.TryGetValue(t, out int month) && i + 1 < w.Count)
        {
            if (DayRange().Match(w[i + 1]) is { Success: true } dr) return DayRangeMatch(w, i + 2, month, Int(dr.Groups[1].Value), Int(dr.Groups[2].Value), 2, c);
            if (i + 3 < w.Count && w[i + 2] is "-" or "–" && DayOfMonth(w[i + 1]) is > 0 and var a1 && DayOfMonth(w[i + 3]) is > 0 and var a2)
                return DayRangeMatch(w, i + 4, month, a1, a2, 4, c);
        }
        if (DayRange().Match(t) is { Success: true } dr2 && i + 1 < w.Count && Months.TryGetValue(w[i + 1], out month))
            return DayRangeMatch(w, i + 2, month, Int(dr2.Groups[1].Value), Int(dr2.Groups[2].Value), 2, c);
        if (i + 3 < w.Count && w[i + 1] is "-" or "–" && DayOfMonth(t) is > 0 and var b1 && DayOfMonth(w[i + 2]) is > 0 and var b2 && Months.TryGetValue(w[i + 3], out month))
            return DayRangeMatch(w, i + 4, month, b1, b2, 4, c);
        return null;
    }

    /// <summary>The end of a range never comes before its start: "from Friday to Monday" crosses the weekend.</summary>
    private static string After(DateMatch a, DateMatch b)
    {
        if (a.Granularity == TemporalGranularity.Day && b.Granularity == TemporalGranularity.Day
            && DateOnly.TryParseExact(a.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var da)
            && DateOnly.TryParseExact(b.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var db))
        {
            // The same weekday in the first week on or after the start (at most one step each way:
            // both ends come from one sentence's reading of the same publish week).
            while (db < da && CalendarMath.TryAddDays(db, 7, out var later)) db = later;
            while (CalendarMath.TryAddDays(db, -7, out var earlier) && earlier >= da) db = earlier;
            return Day(db);
        }
        return b.Value;
    }

    private static DateMatch? DayRangeMatch(IReadOnlyList<string> w, int next, int month, int d1, int d2, int length, DateContext c)
    {
        if (d1 is < 1 or > 31 || d2 <= d1 || d2 > 31) return null;
        int year = -1;
        if (next < w.Count && w[next] == "," && next + 1 < w.Count && Year(w[next + 1]) > 0) { year = Year(w[next + 1]); length += 2; }
        else if (next < w.Count && Year(w[next]) > 0) { year = Year(w[next]); length++; }
        if (year < 0 && c.Published is null)
            return new DateMatch(length, $"XXXX-{month:D2}-{d1:D2}", TemporalKind.Date, TemporalGranularity.Day, TemporalAnchor.Unresolved, $"XXXX-{month:D2}-{d1:D2}", $"XXXX-{month:D2}-{d2:D2}");
        var anchor = year < 0 ? TemporalAnchor.PublishDate : TemporalAnchor.Absolute;
        if (year < 0) year = c.Published!.Value.Year;
        if (!Valid(year, month, d1) || !Valid(year, month, d2)) return null;
        string a = Day(new DateOnly(year, month, d1)), b = Day(new DateOnly(year, month, d2));
        return new DateMatch(length, a, TemporalKind.Date, TemporalGranularity.Day, anchor, a, b);
    }

    private static DateMatch WithTime(IReadOnlyList<string> w, int i, DateMatch m, DateContext c)
    {
        int j = i + m.Length;
        if (m.Granularity == TemporalGranularity.Day && m.RangeStart is null && j + 1 < w.Count && w[j] is "at" or "," && ClockTime(w, j + 1, out string? time, out int tl))
            return m with { Length = m.Length + 1 + tl, Value = m.Value + "T" + time, Kind = TemporalKind.Time, Granularity = TemporalGranularity.TimeOfDay };
        if (m.Kind == TemporalKind.Time && m.Value.StartsWith("T", StringComparison.Ordinal) && j + 1 < w.Count && w[j] == "on" && Single(w, j + 1, c) is { Granularity: TemporalGranularity.Day } day)
            return day with { Length = m.Length + 1 + day.Length, Value = day.Value + m.Value, Kind = TemporalKind.Time, Granularity = TemporalGranularity.TimeOfDay };
        if (m.Kind == TemporalKind.Time && m.Value.StartsWith("T", StringComparison.Ordinal))
        {
            // A bare clock time happens on the publish day.
            return c.Published is { } p
                ? m with { Value = Day(p) + m.Value, Anchor = TemporalAnchor.PublishDate }
                : m with { Value = "XXXX-XX-XX" + m.Value, Anchor = TemporalAnchor.Unresolved };
        }
        return m;
    }

    private static bool Valid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static DateMatch? Single(IReadOnlyList<string> w, int i, DateContext c)
    {
        if (i >= w.Count) return null;
        string t = w[i];
        if (t is "the" && i + 1 < w.Count && Single(w, i + 1, c) is { } afterThe && afterThe.Kind != TemporalKind.Fuzzy)
            return afterThe with { Length = afterThe.Length + 1 };
        return Absolute(w, i, c) ?? Relative(w, i, c) ?? Modified(w, i, c) ?? Durations(w, i, c) ?? Sets(w, i, c) ?? FuzzyRef(w, i) ?? TimeOnly(w, i);
    }
}
