namespace NewsNlp.Temporal;

/// <summary>
/// Date arithmetic that never leaves the calendar <see cref="DateOnly"/> covers (0001-01-01 to
/// 9999-12-31). Every shift the date grammar makes from a publish date goes through here, so that
/// "800,000 days ago", "129,000 weeks ago" or "tomorrow" published on 9999-12-31 give a documented
/// out-of-calendar result (the grammar turns it into PAST_REF / FUTURE_REF) instead of an exception.
/// Offsets are <see langword="long"/> so that products such as 7 × n cannot wrap around.
/// </summary>
internal static class CalendarMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    /// <summary><paramref name="d"/> moved by <paramref name="days"/>; false when that leaves the calendar.</summary>
    public static bool TryAddDays(DateOnly d, long days, out DateOnly result)
    {
        long n = d.DayNumber + days;
        if (n < DateOnly.MinValue.DayNumber || n > DateOnly.MaxValue.DayNumber)
        {
            result = default;
            return false;
        }
        result = DateOnly.FromDayNumber((int)n);
        return true;
    }

    /// <summary>
    /// <paramref name="d"/> moved by <paramref name="months"/> (the day clipped to the month's length,
    /// as <see cref="DateOnly.AddMonths"/> does); false when that leaves the calendar.
    /// </summary>
    public static bool TryAddMonths(DateOnly d, long months, out DateOnly result)
    {
        long index = d.Year * 12L + d.Month - 1 + months;
        long year = index >= 0 ? index / 12 : -1;
        if (year is < MinYear or > MaxYear)
        {
            result = default;
            return false;
        }
        int month = (int)(index % 12) + 1;
        result = new DateOnly((int)year, month, Math.Min(d.Day, DateTime.DaysInMonth((int)year, month)));
        return true;
    }

    /// <summary><paramref name="year"/> moved by <paramref name="years"/>; false outside years 1–9999.</summary>
    public static bool TryAddYears(int year, long years, out int result)
    {
        long y = year + years;
        result = y is >= MinYear and <= MaxYear ? (int)y : 0;
        return result != 0;
    }

    /// <summary>The TIMEX3 reference value for a shift that left the calendar in the direction of <paramref name="sign"/>.</summary>
    public static string Beyond(long sign) => sign < 0 ? "PAST_REF" : "FUTURE_REF";
}
