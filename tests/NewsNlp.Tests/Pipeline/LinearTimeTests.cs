using System.Diagnostics;
using NewsNlp.Sentences;
using NewsNlp.Serialization;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Work that must grow linearly with the input: each case runs at size n and 4n and the time may grow
/// at most 8× (linear code grows 4×, quadratic code 16×: the bound sits halfway on a log scale, so
/// cache and allocator effects that make linear code look 1.5× worse per doubling on a busy machine
/// do not fail it, while a quadratic walk always does). Each size is timed as the best of five
/// batches of at least 100 ms (repeating the work inside a batch, after a full collection, less the
/// time the garbage collector paused it; both sizes warmed up first, their batches alternating), with
/// inputs large enough that the quadratic versions took seconds, so that timer resolution, JIT and
/// GC pauses do not decide the ratio.
/// </summary>
public class LinearTimeTests
{
    private const int Growth = 4;
    private const double MaxRatio = 8.0;

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
        }, 200_000);
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
            Assert.That(DocumentJson.Serialize(doc), Does.Contain("\"value\": \"2024-05-01\"").Or.Contain("\"value\":\"2024-05-01\""));
            // Timed into one buffer sized once: a fresh multi-megabyte string per run is memory, not the
            // writer's per-entity work this test guards.
            var buffer = new StringWriter(new System.Text.StringBuilder(64 * n + 4096));
            return () =>
            {
                buffer.GetStringBuilder().Clear();
                DocumentJson.Write(buffer, doc);
                Assert.That(buffer.GetStringBuilder().Length, Is.GreaterThan(n * Unit.Length));
            };
        }, 20_000);
    }

    internal static void AssertLinear(Func<int, Action> build, int n)
    {
        Action smallRun = build(n), largeRun = build(Growth * n);
        // Both sizes run until the JIT has tiered the code up (tier-0 code is several times slower,
        // and whichever size ran first would pay for it), then their batches alternate, so that a busy
        // moment of the machine hits both alike.
        int smallRepeat = WarmUp(smallRun), largeRepeat = WarmUp(largeRun);
        double small = double.MaxValue, large = double.MaxValue;
        for (int k = 0; k < 5; k++)
        {
            small = Math.Min(small, Batch(smallRun, smallRepeat));
            large = Math.Min(large, Batch(largeRun, largeRepeat));
        }
        TestContext.Out.WriteLine($"n: {small * 1000:F2} ms, {Growth}n: {large * 1000:F2} ms, ratio {large / small:F2}");
        Assert.That(large / small, Is.LessThanOrEqualTo(MaxRatio), $"n: {small * 1000:F2} ms, {Growth}n: {large * 1000:F2} ms");
    }

    /// <summary>Runs <paramref name="run"/> for at least 300 ms (and 40 times when it is quick); returns how many runs make a 100 ms batch.</summary>
    private static int WarmUp(Action run)
    {
        var clock = Stopwatch.StartNew();
        int runs = 0;
        while (clock.Elapsed.TotalSeconds < 0.3 || runs < 40 && clock.Elapsed.TotalSeconds < 3) { run(); runs++; }
        clock.Restart();
        run();
        return Math.Max(1, (int)Math.Ceiling(0.1 / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
    }

    /// <summary>Seconds per run over one batch of <paramref name="repeat"/> runs, after a full collection and less the collector's pauses.</summary>
    private static double Batch(Action run, int repeat)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Collections are memory, not the algorithm: their pauses are taken out of the time.
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeat; r++) run();
        var elapsed = clock.Elapsed - (GC.GetTotalPauseDuration() - paused);
        return elapsed.TotalSeconds / repeat;
    }
}
