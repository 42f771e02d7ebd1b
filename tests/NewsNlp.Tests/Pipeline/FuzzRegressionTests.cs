using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Serialization;
using NewsNlp.Temporal;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Inputs that the coverage-guided fuzzers (tests/NewsNlp.Fuzz, docs/fuzzing.md) found crashing,
/// minimised where a shorter input fails the same way, each run the way its harness ran it. Text is
/// kept exactly as the fuzzer wrote it (U+FFFD where its bytes were not UTF-8).
/// </summary>
public class FuzzRegressionTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // pipeline harness: the default pipeline and the JSON writer.
    [TestCase("yesterday", "0001-01-01T00:00:00+00:00", TestName = "Pipeline: yesterday at 0001-01-01 (DateParser.DayOffset)")]
    [TestCase("tomorrow", "9999-12-31T00:00:00+00:00", TestName = "Pipeline: tomorrow at 9999-12-31 (DateParser.DayOffset)")]
    [TestCase("129,000 weeks ago", "2024-06-17T00:00:00+00:00", TestName = "Pipeline: 129,000 weeks ago (DateParser.UnitOffset)")]
    [TestCase("next month", "9999-12-31T00:00:00+00:00", TestName = "Pipeline: next month at 9999-12-31 (DateParser.UnitOffset)")]
    [TestCase("'l\uFFFD\u0015dhaI last week\uFFFD\u0000\u0000\u0000\u0000 /4\uFFFD4#yeI\uFFFD", "0001-01-01T00:00:00-13:30",
        TestName = "Pipeline: last week at 0001-01-01 -13:30 (DateParser.UnitOffset)")]
    [TestCase("\uFFFD\u0015\u0001l^\uFFFDsaid$o\u0000\u0004Tues\uFFFDay\uFFFD", "0001-01-01T00:00:00-03:00",
        TestName = "Pipeline: said ... Tues at 0001-01-01 -03:00 (DateContext.Weekday)")]
    [TestCase("3\u07C5", "2024-06-17T00:00:00+00:00", TestName = "Pipeline: an ASCII digit and an NKo digit (DateParser.Int)")]
    [TestCase("at \uFF16 p.m.", "2024-06-17T00:00:00+00:00", TestName = "Pipeline: a full-width digit as a clock hour (DateParser.Int)")]
    public void PipelineDoesNotThrow(string text, string published)
    {
        var doc = Pipeline.Process(text, DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));
        Assert.That(() => DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text }), Throws.Nothing);
    }

    // dates harness: the grammar at every word with the clause tense set directly. Besides
    // throwing, a reading may not name a year outside 0001-9999 ("10000", "-5582").
    [TestCase("on Sunday", "0001-01-01", ClauseTense.Past, TestName = "Dates: on Sunday, past, at 0001-01-01 (DateContext.Weekday)")]
    [TestCase("next year", "9999-12-31", ClauseTense.Future, TestName = "Dates: next year at 9999-12-31 gave 10000")]
    [TestCase("next quarter", "9999-12-31", ClauseTense.Present, TestName = "Dates: next quarter at 9999-12-31 gave 10000-Q1")]
    [TestCase("10,000 years ago", "4418-04-23", ClauseTense.Present, TestName = "Dates: 10,000 years ago at 4418-04-23 gave -5582")]
    [TestCase("\u0F26", "2024-06-17", ClauseTense.Past, TestName = "Dates: a Tibetan digit alone (DateParser.Int)")]
    [TestCase("\u0663", "2024-06-17", ClauseTense.Present, TestName = "Dates: an Arabic-Indic digit alone (DateParser.Int)")]
    [TestCase("\uFF11\uFF12/\uFF10\uFF13/\uFF12\uFF10\uFF12\uFF14", "2024-06-17", ClauseTense.Present, TestName = "Dates: a full-width numeric date (DateParser.Int)")]
    public void GrammarStaysInsideTheCalendar(string text, string published, ClauseTense tense)
    {
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var value in GrammarValues(text, day, tense))
        {
            Assert.That(value, Does.Not.StartWith("-"), text);
            Assert.That(value.Length >= 5 && value[..5].All(char.IsAsciiDigit), Is.False, $"{text}: {value}");
        }
    }

    // tokenize harness (a hang: 27 KB took 10 s under instrumentation): every position of a run of '+'
    // searched the rest of the chunk for an '@' and then checked everything before it as an e-mail
    // local part.
    [Test]
    public void TokenizerIsLinearInARunOfPlusSignsBeforeAnAt()
    {
        // Timed through the span API with lists sized once: allocating a fresh token array per run
        // makes even linear code look 2.5-3.5x slower per doubling here (large-object heap and GC), which
        // is memory, not the scan this test guards.
        var tokenizer = new Tokenizer();
        LinearTimeTests.AssertLinear(n =>
        {
            string text = new string('+', n) + "@";
            var tokens = new List<Token>(n + 16);
            var words = new List<Word>(n + 16);
            return () =>
            {
                tokens.Clear();
                words.Clear();
                Assert.That(tokenizer.Tokenize(text.AsSpan(), tokens, words), Is.GreaterThan(n / 2));
            };
        }, 10_000);
    }

    /// <summary>Every value and range bound the strict grammar reads at any word of <paramref name="text"/>.</summary>
    private static List<string> GrammarValues(string text, DateOnly published, ClauseTense tense)
    {
        var doc = new Document(text, new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        new Tokenizer().Process(doc);
        new SentenceSplitter().Process(doc);
        var context = new DateContext(published, tense, NumericDateOrder.MonthFirst);
        var values = new List<string>();
        foreach (var s in doc.SentenceSpan)
        {
            var (first, end) = doc.WordRange(s);
            var lower = DateResolver.Lower(doc, first, end);
            for (int k = 0; k < lower.Count; k++)
            {
                if (DateParser.Parse(lower, k, context) is not { } m) continue;
                values.Add(m.Value);
                if (m.RangeStart is not null) values.Add(m.RangeStart);
                if (m.RangeEnd is not null) values.Add(m.RangeEnd);
            }
        }
        return values;
    }
}
