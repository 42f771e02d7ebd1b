using System.Globalization;
using System.Text.RegularExpressions;
using NewsNlp.Pipeline;
using NewsNlp.Temporal;

namespace NewsNlp.Tests.Dates;

/// <summary>
/// Relative dates that would leave the calendar (huge offsets, publish dates at 0001-01-01 or
/// 9999-12-31, a caller's <c>default</c>): a reference value, never an exception.
/// </summary>
public partial class CalendarEdgeTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // Every value the grammar may give from a publish date: a calendar value with a four-digit year, or a reference.
    [GeneratedRegex(@"^(PAST_REF|PRESENT_REF|FUTURE_REF|P[0-9XTYMWDHS.]+|\d{2}|\d{3}X|\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE|-\d)?|Q[1-4]|SP|SU|FA|WI))?)(T.*)?$")]
    private static partial Regex CalendarValue();

    [TestCase("They said 129,000 week ago it began.", "2024-06-17", "PAST_REF")]
    [TestCase("It was 800,000 days ago.", "2024-06-17", "PAST_REF")]
    [TestCase("It happens 9,000,000 years later.", "2024-06-17", "FUTURE_REF")]
    [TestCase("The talks ended yesterday.", "0001-01-01", "PAST_REF")]
    [TestCase("The talks begin tomorrow.", "9999-12-31", "FUTURE_REF")]
    [TestCase("Prices rose last month.", "0001-01-15", "PAST_REF")]
    [TestCase("Prices will rise next month.", "9999-12-02", "FUTURE_REF")]
    [TestCase("He will speak on Saturday.", "9999-12-31", "FUTURE_REF")]
    [TestCase("He spoke last Sunday.", "0001-01-01", "PAST_REF")]
    [TestCase("The vote is next year.", "9999-06-01", "FUTURE_REF")]
    public void ShiftsOutOfTheCalendarGiveAReferenceValue(string text, string published, string expected)
    {
        var doc = Pipeline.Process(text, DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        var date = doc.Dates.Single();
        Assert.That(date.Value, Is.EqualTo(expected), date.Text);
        Assert.That(date.Kind, Is.EqualTo(TemporalKind.Fuzzy));
    }

    [TestCase("The talks ended yesterday.", "2024-06-17", "2024-06-16")]
    [TestCase("The talks begin tomorrow.", "9999-12-30", "9999-12-31")]
    [TestCase("It was 800 days ago.", "2024-06-17", "2022-04-09")]
    [TestCase("Prices rose last month.", "0001-02-28", "0001-01")]
    [TestCase("Profits fell last quarter.", "2024-02-10", "2023-Q4")]
    public void ShiftsInsideTheCalendarStillResolve(string text, string published, string expected)
    {
        var doc = Pipeline.Process(text, DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        Assert.That(doc.Dates.Single().Value, Is.EqualTo(expected));
    }

    private static readonly string[] Expressions =
    [
        "yesterday", "tomorrow", "today", "tonight", "last night", "the day before yesterday", "the day after tomorrow",
        "on Monday", "on Sunday", "last Tuesday", "next Friday", "this Saturday", "last week", "next week", "this weekend",
        "last month", "next month", "last quarter", "next quarter", "last year", "next year", "last decade", "next century",
        "last September", "next March", "this winter", "last summer", "next spring", "in March", "on 30 December", "on 2 January",
        "in the first quarter", "in Q4", "from Friday to Monday", "two weeks ago", "in three days", "99 years later",
        "9,999,999 weeks ago", "9,999,999 years later", "a decade ago", "at 3 p.m.", "Tuesday morning", "tomorrow night",
    ];

    private static readonly DateTimeOffset[] Edges =
    [
        default, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new(1, 1, 7, 0, 0, 0, TimeSpan.Zero),
        new(9999, 12, 25, 0, 0, 0, TimeSpan.Zero), new(1, 3, 1, 0, 0, 0, TimeSpan.Zero), new(9999, 10, 1, 0, 0, 0, TimeSpan.Zero),
    ];

    [Test]
    public void EveryExpressionAtEveryCalendarEdgeGivesAValidValue([Values("He met them", "He will meet them", "He meets them")] string clause)
    {
        foreach (var published in Edges)
        {
            // One article per edge, every expression in its own sentence, so the tense of each clause is read.
            string text = string.Join(" ", Expressions.Select(e => $"{clause} {e}."));
            var doc = Pipeline.Process(text, published);
            Assert.That(doc.Dates, Is.Not.Empty);
            foreach (var d in doc.Dates)
            {
                Assert.That(d.Value, Does.Match(CalendarValue()), $"{d.Text} published {published:O}");
                foreach (var bound in new[] { d.RangeStart, d.RangeEnd })
                    if (bound is not null) Assert.That(bound, Does.Match(CalendarValue()), $"{d.Text} range, published {published:O}");
            }
        }
    }

    [Test]
    public void CalendarMathStopsAtBothEnds()
    {
        Assert.That(CalendarMath.TryAddDays(DateOnly.MaxValue, 1, out _), Is.False);
        Assert.That(CalendarMath.TryAddDays(DateOnly.MinValue, -1, out _), Is.False);
        Assert.That(CalendarMath.TryAddDays(DateOnly.MinValue, long.MaxValue / 2, out _), Is.False);
        Assert.That(CalendarMath.TryAddDays(new DateOnly(2024, 2, 28), 1, out var leap) && leap == new DateOnly(2024, 2, 29), Is.True);
        Assert.That(CalendarMath.TryAddMonths(new DateOnly(2024, 3, 31), -1, out var feb) && feb == new DateOnly(2024, 2, 29), Is.True);
        Assert.That(CalendarMath.TryAddMonths(new DateOnly(1, 1, 31), -1, out _), Is.False);
        Assert.That(CalendarMath.TryAddMonths(new DateOnly(9999, 12, 1), 1, out _), Is.False);
        Assert.That(CalendarMath.TryAddMonths(new DateOnly(1, 1, 1), long.MinValue / 24, out _), Is.False);
        Assert.That(CalendarMath.TryAddYears(9999, 1, out _), Is.False);
        Assert.That(CalendarMath.TryAddYears(1, -1, out _), Is.False);
        Assert.That(CalendarMath.TryAddYears(2024, -2023, out int first) && first == 1, Is.True);
        // Same results as the framework wherever the framework does not throw.
        var rng = new Random(7);
        for (int k = 0; k < 2000; k++)
        {
            var d = DateOnly.FromDayNumber(rng.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));
            int days = rng.Next(-4_000_000, 4_000_000), months = rng.Next(-130_000, 130_000);
            bool framework = d.DayNumber + (long)days is >= 0 and <= 3_652_058;
            Assert.That(CalendarMath.TryAddDays(d, days, out var r), Is.EqualTo(framework));
            if (framework) Assert.That(r, Is.EqualTo(d.AddDays(days)));
            DateOnly expected = default;
            bool monthsInside;
            try { expected = d.AddMonths(months); monthsInside = true; } catch (ArgumentOutOfRangeException) { monthsInside = false; }
            Assert.That(CalendarMath.TryAddMonths(d, months, out var m), Is.EqualTo(monthsInside), $"{d} + {months} months");
            if (monthsInside) Assert.That(m, Is.EqualTo(expected));
        }
    }
}
