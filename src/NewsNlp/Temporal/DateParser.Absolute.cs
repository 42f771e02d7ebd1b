using System.Globalization;
using static NewsNlp.Temporal.DateContext;
using static NewsNlp.Temporal.DateLexicon;

namespace NewsNlp.Temporal;

internal static partial class DateParser
{
    /// <summary>Dates the text gives by itself (a month or day without a year takes the publish year).</summary>
    private static DateMatch? Absolute(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        if (Iso().Match(t) is { Success: true } iso)
        {
            int y = Int(iso.Groups[1].Value), mo = Int(iso.Groups[2].Value), d = Int(iso.Groups[3].Value);
            return Valid(y, mo, d) ? DayMatch(1, new DateOnly(y, mo, d), TemporalAnchor.Absolute) : null;
        }
        // 2023-09-13 that the tokenizer split at the hyphens (as UD does).
        if (Year(t) is > 0 and var isoYear && i + 4 < w.Count && w[i + 1] == "-" && w[i + 3] == "-"
            && w[i + 2].Length is 1 or 2 && w[i + 4].Length is 1 or 2 && int.TryParse(w[i + 2], out int isoMonth) && int.TryParse(w[i + 4], out int isoDay))
            return Valid(isoYear, isoMonth, isoDay) ? DayMatch(5, new DateOnly(isoYear, isoMonth, isoDay), TemporalAnchor.Absolute) : null;
        if (Numeric().Match(t) is { Success: true } num)
        {
            int a = Int(num.Groups[1].Value), b = Int(num.Groups[2].Value), y = Int(num.Groups[3].Value);
            if (y < 100) y += y < 50 ? 2000 : 1900;
            // The culture decides only when both readings are dates.
            (int mo, int d) = a > 12 ? (b, a) : b > 12 ? (a, b) : c.Order == NumericDateOrder.DayFirst ? (b, a) : (a, b);
            return Valid(y, mo, d) ? DayMatch(1, new DateOnly(y, mo, d), TemporalAnchor.Absolute) : null;
        }
        // Weekday followed by a full date: "Tuesday, June 18, 2024" / "Tuesday 18 June".
        if (Weekdays.ContainsKey(t))
        {
            int j = i + 1 < w.Count && w[i + 1] == "," ? i + 2 : i + 1;
            if (j < w.Count && (DayOfMonth(w[j]) > 0 || Months.ContainsKey(w[j])) && Absolute(w, j, c) is { Granularity: TemporalGranularity.Day } full)
                return full with { Length = full.Length + j - i };
        }
        // 13 September 2023 / 13th of September / 13 Sept.
        int day = DayOfMonth(t);
        if (day > 0)
        {
            int j = i + 1;
            if (j < w.Count && w[j] == "of") j++;
            if (j < w.Count && Months.TryGetValue(w[j], out int month))
                return DayMonth(w, j + 1, j + 1 - i, month, day, c);
        }
        if (Months.TryGetValue(t, out int m))
        {
            // September 13, 2023 / Sept. 13th
            if (i + 1 < w.Count && DayOfMonth(w[i + 1]) is > 0 and var d2 && Year(w[i + 1]) < 0)
                return DayMonth(w, i + 2, 2, m, d2, c);
            // September 2023 / September, 2023 / September of 2023
            int j = i + 1;
            if (j < w.Count && w[j] is "," or "of") j++;
            if (j < w.Count && Year(w[j]) is > 0 and var y)
                return new DateMatch(j + 1 - i, Month(y, m), TemporalKind.Date, TemporalGranularity.Month, TemporalAnchor.Absolute);
            return MonthByTense(1, m, c, 0);
        }
        if (Year(t) is > 0 and var year)
            return new DateMatch(1, Year(year), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute, Strong: false);
        if (FiscalYear().Match(t) is { Success: true } fy)
        {
            int y = Int(fy.Groups[1].Value);
            if (y < 100) y += 2000;
            return new DateMatch(1, Year(y), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute);
        }
        if (t is "fy" or "fiscal" && i + 1 < w.Count && Year(w[i + 1]) is > 0 and var fy2)
            return new DateMatch(2, Year(fy2), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute);
        if (Decade().Match(t) is { Success: true } dec)
        {
            string value = dec.Groups[1].Success ? dec.Groups[1].Value + dec.Groups[2].Value[0] + "X"
                : "19" + (dec.Groups[3].Success ? dec.Groups[3].Value : dec.Groups[4].Value)[0] + "X";
            return new DateMatch(1, value, TemporalKind.Date, TemporalGranularity.Decade, TemporalAnchor.Absolute);
        }
        // Q3 2024 / Q3
        if (QuarterToken().Match(t) is { Success: true } q)
            return QuarterYear(w, i + 1, 1, Int(q.Groups[1].Value), c);
        // the third quarter (of 2024)
        if (Ordinals.TryGetValue(t, out int ord) && ord is >= 1 and <= 4 && i + 1 < w.Count && w[i + 1] == "quarter")
        {
            int j = i + 2;
            if (j + 1 < w.Count && w[j] == "of" && Year(w[j + 1]) > 0) return QuarterYear(w, j + 1, 3, ord, c);
            return QuarterYear(w, j, 2, ord, c);
        }
        // summer 2024 / summer of 2024
        if (Seasons.TryGetValue(t, out string? season))
        {
            int j = i + 1;
            if (j < w.Count && w[j] == "of") j++;
            if (j < w.Count && Year(w[j]) is > 0 and var sy)
                return new DateMatch(j + 1 - i, $"{Year(sy)}-{season}", TemporalKind.Date, TemporalGranularity.Season, TemporalAnchor.Absolute);
            return SeasonMatch(1, season, 0, c);
        }
        // the 20th century
        if (DayOfMonth(t) is var cent and > 0 && i + 1 < w.Count && w[i + 1] == "century")
            return new DateMatch(2, (cent - 1).ToString("D2", CultureInfo.InvariantCulture), TemporalKind.Date, TemporalGranularity.Century, TemporalAnchor.Absolute);
        return null;
    }

    private static DateMatch? DayMonth(IReadOnlyList<string> w, int next, int length, int month, int day, DateContext c)
    {
        int j = next;
        if (j < w.Count && w[j] == "," && j + 1 < w.Count && Year(w[j + 1]) > 0) j++;
        if (j < w.Count && Year(w[j]) is > 0 and var y)
            return Valid(y, month, day) ? DayMatch(length + j + 1 - next, new DateOnly(y, month, day), TemporalAnchor.Absolute) : null;
        if (c.Published is not { } p)
            return new DateMatch(length, $"XXXX-{month:D2}-{day:D2}", TemporalKind.Date, TemporalGranularity.Day, TemporalAnchor.Unresolved);
        // No year: the publish year, unless the tense says the nearest one lies across the new year.
        int year = p.Year;
        if (c.Tense == ClauseTense.Future && month < p.Month - 1) year++;
        else if (c.Tense == ClauseTense.Past && month > p.Month + 1) year--;
        return Valid(year, month, day) ? DayMatch(length, new DateOnly(year, month, day), TemporalAnchor.PublishDate) : null;
    }

    /// <summary>A month without a year: this year's, or the next or last one as the tense says.</summary>
    private static DateMatch MonthByTense(int length, int month, DateContext c, int shift)
    {
        if (c.Published is not { } p)
            return new DateMatch(length, $"XXXX-{month:D2}", TemporalKind.Date, TemporalGranularity.Month, TemporalAnchor.Unresolved);
        int year = p.Year;
        if (shift < 0) year = month < p.Month ? p.Year : p.Year - 1;           // last September
        else if (shift > 0) year = month > p.Month ? p.Year : p.Year + 1;      // next September
        else if (c.Tense == ClauseTense.Future && month < p.Month) year++;
        else if (c.Tense == ClauseTense.Past && month > p.Month) year--;
        if (year is < CalendarMath.MinYear or > CalendarMath.MaxYear) return Beyond(length, year - p.Year);
        return new DateMatch(length, Month(year, month), TemporalKind.Date, TemporalGranularity.Month, TemporalAnchor.PublishDate);
    }

    private static DateMatch QuarterYear(IReadOnlyList<string> w, int next, int length, int quarter, DateContext c)
    {
        if (next < w.Count && Year(w[next]) is > 0 and var y)
            return new DateMatch(length + 1, Quarter(y, quarter), TemporalKind.Date, TemporalGranularity.Quarter, TemporalAnchor.Absolute);
        if (c.Published is not { } p)
            return new DateMatch(length, $"XXXX-Q{quarter}", TemporalKind.Date, TemporalGranularity.Quarter, TemporalAnchor.Unresolved);
        int year = p.Year, current = QuarterOf(p);
        if (c.Tense == ClauseTense.Future && quarter < current) year++;
        else if (c.Tense == ClauseTense.Past && quarter > current) year--;
        if (year is < CalendarMath.MinYear or > CalendarMath.MaxYear) return Beyond(length, year - p.Year);
        return new DateMatch(length, Quarter(year, quarter), TemporalKind.Date, TemporalGranularity.Quarter, TemporalAnchor.PublishDate);
    }

    private static DateMatch DayMatch(int length, DateOnly d, TemporalAnchor anchor) =>
        new(length, Day(d), TemporalKind.Date, TemporalGranularity.Day, anchor);

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
