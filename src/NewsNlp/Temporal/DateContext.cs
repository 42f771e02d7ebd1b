using System.Globalization;

namespace NewsNlp.Temporal;

/// <summary>How ambiguous numeric dates such as 03/04/2024 are read.</summary>
public enum NumericDateOrder
{
    /// <summary>Month first (US): 03/04/2024 is 4 March.</summary>
    MonthFirst,

    /// <summary>Day first (UK and most of the world): 03/04/2024 is 3 April.</summary>
    DayFirst,
}

/// <summary>What a date expression is resolved against.</summary>
internal readonly record struct DateContext(DateOnly? Published, ClauseTense Tense, NumericDateOrder Order)
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Month(DateOnly d) => Month(d.Year, d.Month);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static string Quarter(int year, int q) => $"{year:D4}-Q{q}";

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    /// <summary>Monday of the ISO week that holds <paramref name="d"/>.</summary>
    /// <remarks>Never leaves the calendar: 0001-01-01 is itself a Monday.</remarks>
    public static DateOnly Monday(DateOnly d) => DateOnly.FromDayNumber(d.DayNumber - (((int)d.DayOfWeek + 6) % 7));

    public static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    /// <summary>
    /// The weekday <paramref name="weekday"/> (1 = Monday) that the tense points to from
    /// <paramref name="from"/>; false when it lies outside the calendar (a week at either end).
    /// </summary>
    public static bool TryWeekday(DateOnly from, int weekday, ClauseTense tense, out DateOnly result)
    {
        int today = IsoDay(from);
        return tense switch
        {
            // Future: the next one after today ("will speak on Monday", published on a Monday, is next week's).
            ClauseTense.Future => CalendarMath.TryAddDays(from, (weekday - today + 6) % 7 + 1, out result),
            ClauseTense.Past => CalendarMath.TryAddDays(from, -((today - weekday + 7) % 7), out result),
            _ => CalendarMath.TryAddDays(Monday(from), weekday - 1, out result),
        };
    }
}
