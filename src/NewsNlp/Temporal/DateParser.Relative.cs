using static NewsNlp.Temporal.DateContext;
using static NewsNlp.Temporal.DateLexicon;

namespace NewsNlp.Temporal;

internal static partial class DateParser
{
    /// <summary>Expressions computed from the publish date: "yesterday", "on Tuesday", "last week", "two weeks ago".</summary>
    private static DateMatch? Relative(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        string? next = i + 1 < w.Count ? w[i + 1] : null;
        switch (t)
        {
            case "today": return DayOffset(w, i, 1, 0, c);
            case "yesterday": return DayOffset(w, i, 1, -1, c);
            case "tomorrow": return DayOffset(w, i, 1, 1, c);
            case "tonight": return Shifted(1, 0, "NI", c);
            case "overnight": return Shifted(1, 0, "NI", c);
        }
        if (t == "last" && next == "night") return Shifted(2, -1, "NI", c);
        if (t == "this" && next is not null && DayParts.TryGetValue(next, out string? part)) return Shifted(2, 0, part, c);
        if (t is "day" && next == "before" && i + 2 < w.Count && w[i + 2] == "yesterday") return DayOffset(w, i, 3, -2, c);
        if (t is "day" && next == "after" && i + 2 < w.Count && w[i + 2] == "tomorrow") return DayOffset(w, i, 3, 2, c);
        // "the day before", "the following day": relative to the story's time, taken as the publish date.
        if (t == "day" && next is "before" or "earlier") return DayOffset(w, i, 2, -1, c);
        if (t == "day" && next is "after" or "later") return DayOffset(w, i, 2, 1, c);
        if (t is "previous" or "preceding" && next == "day") return DayOffset(w, i, 2, -1, c);
        if (t is "following" or "next" && next == "day") return DayOffset(w, i, 2, 1, c);
        if (t == "same" && next == "day") return DayOffset(w, i, 2, 0, c);

        // Weekdays.
        if (Weekdays.TryGetValue(t, out int wd)) return WeekdayMatch(w, i, 1, wd, c.Tense, c, 0);
        if (t is "last" or "next" or "this" or "coming" or "past" or "previous" && next is not null)
        {
            int shift = t switch { "last" or "past" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
            if (Weekdays.TryGetValue(next, out wd)) return WeekdayMatch(w, i, 2, wd, c.Tense, c, shift);
            if (Months.TryGetValue(next, out int month)) return MonthByTense(2, month, c, shift);
            if (Seasons.TryGetValue(next, out string? season)) return SeasonMatch(2, season, shift, c);
            if (Units.TryGetValue(next, out var unit) && !next.EndsWith('s'))
                return UnitOffset(2, unit, shift, c);
        }
        // "earlier this month", "later this year", "earlier today".
        if (t is "earlier" or "later" && next is not null)
        {
            if (next == "today") return DayOffset(w, i, 2, 0, c);
            if (next is "this" or "last" or "next" && i + 2 < w.Count && Units.TryGetValue(w[i + 2], out var u) && !w[i + 2].EndsWith('s'))
                return UnitOffset(3, u, next == "this" ? 0 : next == "last" ? -1 : 1, c);
        }
        if (t == "weekend") return UnitOffset(1, Unit.Weekend, c.Tense == ClauseTense.Past && c.Published is { } pd && IsoDay(pd) < 6 ? -1 : 0, c);

        // "two weeks ago", "three days earlier", "in three days", "a year later".
        int n = Number(t);
        if (n > 0 && next is not null && Units.TryGetValue(next, out var unitN) && i + 2 < w.Count && w[i + 2] is "ago" or "earlier" or "before" or "later" or "hence")
            return UnitOffset(3, unitN, w[i + 2] is "ago" or "earlier" or "before" ? -n : n, c);
        if (t == "in" && next is not null && Number(next) is > 0 and var k && i + 2 < w.Count && Units.TryGetValue(w[i + 2], out var unitIn)
            && unitIn is Unit.Day or Unit.Week or Unit.Month or Unit.Year && c.Tense != ClauseTense.Past)
            return UnitOffset(3, unitIn, k, c);
        return null;
    }

    private static DateMatch DayOffset(IReadOnlyList<string> w, int i, int length, int days, DateContext c)
    {
        // "yesterday morning", "tomorrow night".
        if (i + length < w.Count && DayParts.TryGetValue(w[i + length], out string? part)) return Shifted(length + 1, days, part, c);
        if (c.Published is not { } p)
            return new DateMatch(length, "XXXX-XX-XX", TemporalKind.Date, TemporalGranularity.Day, TemporalAnchor.Unresolved);
        return CalendarMath.TryAddDays(p, days, out var d) ? DayMatch(length, d, TemporalAnchor.PublishDate) : Beyond(length, days);
    }

    private static DateMatch Shifted(int length, int days, string part, DateContext c)
    {
        if (c.Published is not { } p)
            return new DateMatch(length, "XXXX-XX-XXT" + part, TemporalKind.Time, TemporalGranularity.TimeOfDay, TemporalAnchor.Unresolved);
        return CalendarMath.TryAddDays(p, days, out var d)
            ? new DateMatch(length, Day(d) + "T" + part, TemporalKind.Time, TemporalGranularity.TimeOfDay, TemporalAnchor.PublishDate)
            : Beyond(length, days);
    }

    /// <summary>A shift from the publish date that left the calendar: PAST_REF or FUTURE_REF.</summary>
    private static DateMatch Beyond(int length, long sign) =>
        new(length, CalendarMath.Beyond(sign), TemporalKind.Fuzzy, TemporalGranularity.None, TemporalAnchor.PublishDate);

    private static DateMatch WeekdayMatch(IReadOnlyList<string> w, int i, int length, int weekday, ClauseTense tense, DateContext c, int shift)
    {
        string? part = i + length < w.Count && DayParts.TryGetValue(w[i + length], out string? p0) ? p0 : null;
        if (part is not null) length++;
        if (c.Published is not { } p)
        {
            string v = $"XXXX-WXX-{weekday}" + (part is null ? "" : "T" + part);
            return new DateMatch(length, v, part is null ? TemporalKind.Date : TemporalKind.Time, part is null ? TemporalGranularity.Day : TemporalGranularity.TimeOfDay, TemporalAnchor.Unresolved);
        }
        DateOnly d;
        bool inside = shift switch
        {
            // last Tuesday: the most recent before today
            < 0 => CalendarMath.TryAddDays(p, -1, out var yesterday) & TryWeekday(yesterday, weekday, ClauseTense.Past, out d),
            > 0 => CalendarMath.TryAddDays(Monday(p), 7 + weekday - 1, out d),   // next Tuesday: next week's
            _ when w[i] == "this" => CalendarMath.TryAddDays(Monday(p), weekday - 1, out d),
            _ => TryWeekday(p, weekday, tense, out d),
        };
        if (!inside) return Beyond(length, shift != 0 ? shift : tense == ClauseTense.Past ? -1 : 1);
        return part is null
            ? DayMatch(length, d, TemporalAnchor.PublishDate)
            : new DateMatch(length, Day(d) + "T" + part, TemporalKind.Time, TemporalGranularity.TimeOfDay, TemporalAnchor.PublishDate);
    }

    private static DateMatch SeasonMatch(int length, string season, int shift, DateContext c)
    {
        if (c.Published is not { } p)
            return new DateMatch(length, "XXXX-" + season, TemporalKind.Date, TemporalGranularity.Season, TemporalAnchor.Unresolved);
        int current = p.Month switch { 3 or 4 or 5 => 0, 6 or 7 or 8 => 1, 9 or 10 or 11 => 2, _ => 3 };
        int index = season switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };
        // Winter belongs to the year it starts in (December).
        int year = p.Month <= 2 ? p.Year - 1 : p.Year;
        if (shift < 0 && index >= current) year--;
        if (shift > 0 && index <= current) year++;
        if (shift == 0 && c.Tense == ClauseTense.Future && index < current) year++;
        if (shift == 0 && c.Tense == ClauseTense.Past && index > current) year--;
        if (year is < CalendarMath.MinYear or > CalendarMath.MaxYear) return Beyond(length, year - p.Year);
        return new DateMatch(length, $"{Year(year)}-{season}", TemporalKind.Date, TemporalGranularity.Season, TemporalAnchor.PublishDate);
    }

    /// <summary>The unit that holds the publish date, moved by <paramref name="n"/> units.</summary>
    private static DateMatch UnitOffset(int length, Unit unit, int n, DateContext c)
    {
        var granularity = unit switch
        {
            Unit.Day => TemporalGranularity.Day, Unit.Week or Unit.Weekend => TemporalGranularity.Week, Unit.Month => TemporalGranularity.Month,
            Unit.Quarter => TemporalGranularity.Quarter, Unit.Year => TemporalGranularity.Year, Unit.Decade => TemporalGranularity.Decade,
            Unit.Century => TemporalGranularity.Century, _ => TemporalGranularity.TimeOfDay,
        };
        if (c.Published is not { } p)
        {
            string u = unit switch
            {
                Unit.Day => "XXXX-XX-XX", Unit.Week => "XXXX-WXX", Unit.Weekend => "XXXX-WXX-WE", Unit.Month => "XXXX-XX",
                Unit.Quarter => "XXXX-QX", Unit.Decade => "XXX", Unit.Century => "XX", Unit.Year => "XXXX", _ => "XXXX-XX-XXTXX:XX",
            };
            return new DateMatch(length, u, TemporalKind.Date, granularity, TemporalAnchor.Unresolved);
        }
        string? value = unit switch
        {
            Unit.Day => CalendarMath.TryAddDays(p, n, out var d) ? Day(d) : null,
            Unit.Week => CalendarMath.TryAddDays(p, 7L * n, out var d) ? Week(d) : null,
            Unit.Weekend => CalendarMath.TryAddDays(p, 7L * n, out var d) ? Week(d) + "-WE" : null,
            Unit.Month => CalendarMath.TryAddMonths(p, n, out var d) ? Month(d) : null,
            Unit.Quarter => CalendarMath.TryAddMonths(p, 3L * n, out var d) ? Quarter(d.Year, QuarterOf(d)) : null,
            Unit.Year => CalendarMath.TryAddYears(p.Year, n, out int y) ? Year(y) : null,
            Unit.Decade => CalendarMath.TryAddYears(p.Year, 10L * n, out int y) ? Year(y)[..3] + "X" : null,
            Unit.Century => CalendarMath.TryAddYears(p.Year, 100L * n, out int y) ? Year(y)[..2] : null,
            Unit.Hour => Day(p) + "TXX:XX",
            _ => Day(p),
        };
        if (value is null) return Beyond(length, n);
        return new DateMatch(length, value, unit is Unit.Hour or Unit.Minute or Unit.Second ? TemporalKind.Time : TemporalKind.Date, granularity, TemporalAnchor.PublishDate);
    }
}
