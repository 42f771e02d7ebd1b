using System.Runtime.InteropServices;
using System.Text;
using NewsNlp.Temporal;

namespace NewsNlp.Fuzz;

/// <summary>
/// Turns the fuzzer's bytes into what a harness needs. A harness that takes a publish date reads it
/// from a five-byte header so that the fuzzer steers the date as freely as the text:
/// <code>
/// byte 0  bits 0-2  date: 0 none, 1 0001-01-01, 2 9999-12-31, 3 near the start, 4 near the end, 5-7 any day
///         bits 3-4  clause tense (3 = present), for the grammar called directly
///         bit  5    day-first numeric dates
///         bit  6    23:59:59.9999999 instead of midnight
///         bit  7    the text is raw UTF-16 (lone surrogates and all) instead of UTF-8
/// bytes 1-3 the day (little endian), taken modulo the span that bits 0-2 choose
/// byte 4  the UTC offset, in half hours from -14:00 to +14:00
/// </code>
/// </summary>
internal readonly record struct FuzzInput(DateOnly? Day, DateTimeOffset? Published, ClauseTense Tense, NumericDateOrder Order, string Text)
{
    public const int HeaderLength = 5;

    private static readonly int CalendarDays = DateOnly.MaxValue.DayNumber + 1;

    public static FuzzInput Read(ReadOnlySpan<byte> data)
    {
        Span<byte> h = stackalloc byte[HeaderLength];
        h.Clear();
        data[..Math.Min(HeaderLength, data.Length)].CopyTo(h);
        var rest = data.Length > HeaderLength ? data[HeaderLength..] : [];
        int n = h[1] | h[2] << 8 | h[3] << 16;
        DateOnly? day = (h[0] & 7) switch
        {
            0 => null,
            1 => DateOnly.MinValue,
            2 => DateOnly.MaxValue,
            3 => DateOnly.FromDayNumber(n % 800),
            4 => DateOnly.FromDayNumber(CalendarDays - 1 - n % 800),
            _ => DateOnly.FromDayNumber(n % CalendarDays),
        };
        var tense = ((h[0] >> 3) & 3) switch { 1 => ClauseTense.Past, 2 => ClauseTense.Future, _ => ClauseTense.Present };
        var order = (h[0] & 0x20) != 0 ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
        DateTimeOffset? published = null;
        if (day is { } d)
        {
            var time = (h[0] & 0x40) != 0 ? TimeOnly.MaxValue : TimeOnly.MinValue;
            var local = d.ToDateTime(time, DateTimeKind.Unspecified);
            var offset = TimeSpan.FromMinutes((h[4] % 57 - 28) * 30);
            // At the ends of the calendar an offset can push the UTC instant outside it, which
            // DateTimeOffset refuses: that is the harness's problem, not the library's, so fall back to UTC.
            long utcTicks = local.Ticks - offset.Ticks;
            published = utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks
                ? new DateTimeOffset(local, offset)
                : new DateTimeOffset(local, TimeSpan.Zero);
        }
        return new FuzzInput(day, published, tense, order, Decode(rest, raw: (h[0] & 0x80) != 0));
    }

    /// <summary>
    /// UTF-8 (invalid bytes become U+FFFD, as any reader would give us), or raw UTF-16 code units so
    /// that broken surrogate pairs reach the code too.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> data, bool raw) =>
        raw ? new string(MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)])) : Encoding.UTF8.GetString(data);

    /// <summary>The header bytes that give this publish date (for seeds).</summary>
    public static byte[] Header(DateOnly? day, ClauseTense tense = ClauseTense.Present, bool dayFirst = false, int offsetHalfHours = 0)
    {
        int tenseBits = tense switch { ClauseTense.Past => 1, ClauseTense.Future => 2, _ => 0 };
        int mode = day switch
        {
            null => 0,
            { } d when d == DateOnly.MinValue => 1,
            { } d when d == DateOnly.MaxValue => 2,
            _ => 5,
        };
        int n = day?.DayNumber ?? 0;
        return [(byte)(mode | tenseBits << 3 | (dayFirst ? 0x20 : 0)), (byte)n, (byte)(n >> 8), (byte)(n >> 16), (byte)(offsetHalfHours + 28)];
    }
}
