using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

[TestFixture]
public class NewsPipelineTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Test]
    public void NullTextThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Pipeline.Process((string)null!));

    [TestCase("")]
    [TestCase(" \n\t ")]
    public void EmptyOrWhitespaceGivesEmptyDocument(string text)
    {
        var doc = Pipeline.Process(text);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Tokens, Is.Empty);
            Assert.That(doc.Sentences, Is.Empty);
            Assert.That(doc.Entities, Is.Empty);
            Assert.That(doc.Layers, Is.EqualTo(DocumentLayers.Zones | DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Roles | DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Coreference | DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations));
            Assert.That(doc.Events, Is.Empty);
        });
    }

    [Test]
    public void PublishDateAndIdTravelWithTheDocument()
    {
        var published = new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
        var doc = Pipeline.Process("Text.", published, "a1");
        Assert.That(doc.Published, Is.EqualTo(published));
        Assert.That(doc.Id, Is.EqualTo("a1"));
    }

    [Test]
    public void StageWhoseRequirementIsMissingIsRejectedWhenBuilt()
    {
        var e = Assert.Throws<PipelineConfigurationException>(() => NewsPipeline.Create(new SentenceSplitter()));
        Assert.That(e!.Message, Does.Contain("sentence-splitter").And.Contain("Tokens"));
    }

    [Test]
    public void LayerProducedTwiceIsRejectedWhenBuilt() =>
        Assert.Throws<PipelineConfigurationException>(() => NewsPipeline.Create(new Tokenizer(), new Tokenizer()));

    [Test]
    public void LayersAreWrittenOnce()
    {
        var doc = Pipeline.Process("Once.");
        Assert.Throws<InvalidOperationException>(() => new Tokenizer().Process(doc));
    }

    [Test]
    public void MixedLineEndingsKeepOffsetsExact()
    {
        string text = "Line one.\r\nLine two.\rLine three.\nLine four.";
        var doc = Pipeline.Process(text);
        TestText.AssertInvariants(doc);
        Assert.That(doc.Sentences.Select(s => doc.GetText(s)), Is.EqualTo(new[] { "Line one.", "Line two.", "Line three.", "Line four." }));
    }

    [Test]
    public void OnePipelineServesManyThreads()
    {
        var texts = Enumerable.Range(0, 200).Select(i => $"Article {i}: Putin's visit to Pyongyang on {i % 28 + 1} June. \"It went well,\" he said.").ToArray();
        var expected = texts.Select(t => Pipeline.Process(t).TokenSpan.ToArray()).ToArray();
        var actual = new Token[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Pipeline.Process(texts[i]).TokenSpan.ToArray());
        for (int i = 0; i < texts.Length; i++) Assert.That(actual[i], Is.EqualTo(expected[i]));
    }

    [Test]
    public void TwoPipelinesWithDifferentStagesLiveSideBySide()
    {
        var tokensOnly = NewsPipeline.Create(new Tokenizer());
        var doc1 = tokensOnly.Process("A. B.");
        var doc2 = Pipeline.Process("A. B.");
        Assert.That(doc1.Layers, Is.EqualTo(DocumentLayers.Tokens));
        Assert.That(doc2.Layers, Is.EqualTo(DocumentLayers.Zones | DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Roles | DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Coreference | DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations));
    }

    [Test]
    public void FiftyMegabytesAreProcessedWithLinearModestMemory()
    {
        string unit = "MOSCOW, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday, the Kremlin said. \"It's a friendly visit,\" Peskov told reporters.\n\n";
        long small = Allocated(Repeat(unit, 5_000_000), out var smallDoc);
        long large = Allocated(Repeat(unit, 50_000_000), out var largeDoc);
        double perCharSmall = (double)small / smallDoc.Text.Length;
        double perCharLarge = (double)large / largeDoc.Text.Length;
        TestContext.Out.WriteLine($"allocated per input char: 5 MB {perCharSmall:F1} B, 50 MB {perCharLarge:F1} B");
        Assert.That(largeDoc.Tokens.Count, Is.EqualTo(smallDoc.Tokens.Count * 10).Within(smallDoc.Tokens.Count / 10));
        Assert.That(perCharLarge, Is.LessThan(perCharSmall * 1.25), "memory must grow linearly with the text");
        Assert.That(perCharLarge, Is.LessThan(40), "tokens and sentences should cost a few dozen bytes per character at most");
    }

    private static string Repeat(string unit, int chars)
    {
        var sb = new System.Text.StringBuilder(chars + unit.Length);
        while (sb.Length < chars) sb.Append(unit);
        return sb.ToString();
    }

    private static long Allocated(string text, out Document doc)
    {
        // The foundation stages; the recognizer's own cost is measured in its benchmark.
        var foundation = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter());
        long before = GC.GetAllocatedBytesForCurrentThread();
        doc = foundation.Process(text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

[TestFixture]
public class BatchTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Test]
    public void BatchKeepsInputOrder()
    {
        // Articles of very different lengths finish out of order; the output must not.
        var articles = Enumerable.Range(0, 300).Select(i => new NewsArticle(string.Concat(Enumerable.Repeat("Word. ", (i * 37) % 500 + 1)), null, i.ToString())).ToList();
        var ids = Pipeline.ProcessBatch(articles, new BatchOptions { MaxDegreeOfParallelism = 4 }).Select(d => d.Id).ToList();
        Assert.That(ids, Is.EqualTo(articles.Select(a => a.Id)));
    }

    [Test]
    public void BatchReadsInputLazilyWithBoundedInFlight()
    {
        int read = 0;
        IEnumerable<NewsArticle> Source()
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref read);
                yield return new NewsArticle("Short text.", null, i.ToString());
            }
        }
        var first = Pipeline.ProcessBatch(Source(), new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 8 }).Take(10).ToList();
        Assert.That(first, Has.Count.EqualTo(10));
        Assert.That(read, Is.LessThanOrEqualTo(10 + 8), "the batch must not read far ahead of what is consumed");
    }

    [Test]
    public void BatchHonoursCancellation()
    {
        using var cts = new CancellationTokenSource();
        var articles = Enumerable.Range(0, 10_000).Select(i => new NewsArticle("Some text here.", null, i.ToString()));
        int seen = 0;
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in Pipeline.ProcessBatch(articles, null, cts.Token))
                if (++seen == 5) cts.Cancel();
        });
        Assert.That(seen, Is.LessThan(10_000));
    }

    [Test]
    public void FailingArticleIsNamed()
    {
        var articles = new[] { new NewsArticle("ok"), new NewsArticle(null!, null, "bad-one") };
        var e = Assert.Throws<ArticleProcessingException>(() => Pipeline.ProcessBatch(articles).ToList());
        Assert.That(e!.Index, Is.EqualTo(1));
        Assert.That(e.Id, Is.EqualTo("bad-one"));
    }
}

public class AsyncBatchTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static async IAsyncEnumerable<NewsArticle> Stream(int count, Action? onRead = null, Func<int, string>? text = null)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            onRead?.Invoke();
            yield return new NewsArticle(text?.Invoke(i) ?? "Short text.", null, i.ToString());
        }
    }

    [Test]
    public async Task AsyncBatchKeepsInputOrder()
    {
        var ids = new List<string?>();
        await foreach (var d in Pipeline.ProcessBatchAsync(Stream(200, text: i => string.Concat(Enumerable.Repeat("Word. ", (i * 37) % 400 + 1))), new BatchOptions { MaxDegreeOfParallelism = 4 }))
            ids.Add(d.Id);
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 200).Select(i => i.ToString())));
    }

    [Test]
    public async Task AsyncBatchReadsLazilyWithBoundedInFlight()
    {
        int read = 0;
        int taken = 0;
        await foreach (var _ in Pipeline.ProcessBatchAsync(Stream(1_000_000, () => Interlocked.Increment(ref read)), new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 8 }))
            if (++taken == 10) break;
        Assert.That(read, Is.LessThanOrEqualTo(10 + 8));
    }

    // A queue consumer (newsnlp worker) sends the next article only after the previous document is
    // out: a batch that held finished documents until its window filled would wait forever.
    [Test]
    public async Task AsyncBatchHandsOutFinishedDocumentsWhileTheSourceWaits()
    {
        var queue = System.Threading.Channels.Channel.CreateUnbounded<NewsArticle>();
        queue.Writer.TryWrite(new NewsArticle("Officials met in Seoul.", null, "0"));
        var ids = new List<string?>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await foreach (var d in Pipeline.ProcessBatchAsync(queue.Reader.ReadAllAsync(timeout.Token), new BatchOptions { MaxDegreeOfParallelism = 2, MaxInFlight = 8 }, timeout.Token))
        {
            ids.Add(d.Id);
            if (ids.Count < 3) queue.Writer.TryWrite(new NewsArticle("Police arrested two men.", null, ids.Count.ToString()));
            else queue.Writer.Complete();
        }
        Assert.That(ids, Is.EqualTo(new[] { "0", "1", "2" }));
    }

    [Test]
    public void AsyncBatchHonoursCancellationAndNamesFailingArticles()
    {
        using var cts = new CancellationTokenSource();
        int seen = 0;
        Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var _ in Pipeline.ProcessBatchAsync(Stream(10_000), null, cts.Token))
                if (++seen == 5) cts.Cancel();
        });
        Assert.That(seen, Is.LessThan(10_000));

        static async IAsyncEnumerable<NewsArticle> Bad()
        {
            await Task.Yield();
            yield return new NewsArticle("ok");
            yield return new NewsArticle(null!, null, "bad-one");
        }
        var e = Assert.ThrowsAsync<ArticleProcessingException>(async () => { await foreach (var _ in Pipeline.ProcessBatchAsync(Bad())) { } });
        Assert.That((e!.Index, e.Id), Is.EqualTo((1L, "bad-one")));
    }
}
