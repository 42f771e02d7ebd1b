using System.Diagnostics;
using NewsNlp.Sentences;
using NewsNlp.Serialization;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Work that must grow linearly with the input: each case runs at size n and 4n and the time may grow
/// at most 2.5× per doubling (6.25× for the two doublings; quadratic code grows 16×). Best of three
/// runs each, with inputs large enough that the quadratic versions took seconds, so the bound is
/// generous rather than flaky.
/// </summary>
public class LinearTimeTests
{
    private const double PerDoubling = 2.5;

    [Test]
    public void TheSentenceSplitterIsLinearInAGluedRunOfClosers()
    {
        // 200 k characters of "' took 22 s when each closer walked back over the whole run.
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        AssertLinear(n =>
        {
            var doc = new Document("He said \"Go!" + string.Concat(Enumerable.Repeat("\"'", n)) + " Then he left.");
            tokenizer.Process(doc);
            return () => Assert.That(splitter.Split(doc.Text, doc.TokenSpan, new List<Sentence>()), Is.EqualTo(2));
        }, 50_000);
    }

    [Test]
    public void TheJsonWriterIsLinearInTheNumberOfDates()
    {
        // Each entity used to scan every date: 10 MB documents took 38 s to write.
        AssertLinear(n =>
        {
            const string Unit = "It fell on 1 May 2024. ";
            var doc = new Document(string.Concat(Enumerable.Repeat(Unit, n)));
            var entities = new EntityMention[n];
            var dates = new TemporalValue[n];
            for (int i = 0; i < n; i++)
            {
                int start = i * Unit.Length + 11, end = start + 10;
                entities[i] = new EntityMention(start, end, doc.Text[start..end], "DATE", EntityType.Date);
                dates[i] = new TemporalValue(start, end, doc.Text[start..end], "2024-05-01", TemporalKind.Date, TemporalGranularity.Day, null, null, TemporalAnchor.Absolute);
            }
            doc.SetEntities(entities);
            doc.SetDates(dates);
            return () => Assert.That(DocumentJson.Serialize(doc), Does.Contain("\"value\": \"2024-05-01\"").Or.Contain("\"value\":\"2024-05-01\""));
        }, 20_000);
    }

    internal static void AssertLinear(Func<int, Action> build, int n)
    {
        double small = Best(build(n)), large = Best(build(4 * n));
        Assert.That(large / Math.Max(small, 1e-4), Is.LessThanOrEqualTo(PerDoubling * PerDoubling),
            $"n: {small * 1000:F1} ms, 4n: {large * 1000:F1} ms");
    }

    private static double Best(Action run)
    {
        run(); // warm up (JIT)
        double best = double.MaxValue;
        for (int k = 0; k < 3; k++)
        {
            var clock = Stopwatch.StartNew();
            run();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
