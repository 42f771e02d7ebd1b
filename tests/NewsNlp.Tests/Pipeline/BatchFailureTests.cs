using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// What a batch does when something fails: a throwing source or a failing article never takes the
/// finished documents before it down with it (issue 14, part 2).
/// </summary>
[TestFixture]
public class BatchFailureTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly BatchOptions Options = new() { MaxDegreeOfParallelism = 4, MaxInFlight = 16 };

    /// <summary>Articles d0..d(count-1) of varied length; the source throws instead of returning article <paramref name="throwAt"/>.</summary>
    private static IEnumerable<NewsArticle> Source(int count, int throwAt)
    {
        for (int i = 0; i < count; i++)
        {
            if (i == throwAt) throw new InvalidDataException($"line {i + 1} is bad");
            yield return new NewsArticle(string.Concat(Enumerable.Repeat("Putin met Kim. ", (i * 37) % 60 + 1)), null, $"d{i}");
        }
    }

    private static async IAsyncEnumerable<NewsArticle> SourceAsync(int count, int throwAt)
    {
        foreach (var a in Source(count, throwAt))
        {
            await Task.Yield();
            yield return a;
        }
    }

    [Test]
    public void ThrowingSourceYieldsEveryFinishedDocumentThenRethrows()
    {
        var ids = new List<string?>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var d in Pipeline.ProcessBatch(Source(100, throwAt: 49), Options)) ids.Add(d.Id);
        });
        Assert.That(e!.Message, Is.EqualTo("line 50 is bad"), "the source's own exception, unchanged");
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 49).Select(i => $"d{i}")));
    }

    [Test]
    public void ThrowingAsyncSourceYieldsEveryFinishedDocumentThenRethrows()
    {
        var ids = new List<string?>();
        var e = Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var d in Pipeline.ProcessBatchAsync(SourceAsync(100, throwAt: 49), Options)) ids.Add(d.Id);
        });
        Assert.That(e!.Message, Is.EqualTo("line 50 is bad"));
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 49).Select(i => $"d{i}")));
    }

    [Test]
    public void SourceThrowingBeforeAnyArticleYieldsNothingAndRethrows()
    {
        Assert.Throws<InvalidDataException>(() => Pipeline.ProcessBatch(Source(10, throwAt: 0), Options).ToList());
    }

    [Test]
    public void FailedArticleComesAfterTheDocumentsBeforeIt()
    {
        var articles = Enumerable.Range(0, 40).Select(i => new NewsArticle(i == 20 ? null! : "Putin met Kim.", null, $"d{i}"));
        var ids = new List<string?>();
        var e = Assert.Throws<ArticleProcessingException>(() =>
        {
            foreach (var d in Pipeline.ProcessBatch(articles, Options)) ids.Add(d.Id);
        });
        Assert.That(e!.Index, Is.EqualTo(20));
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 20).Select(i => $"d{i}")));
    }

    [Test]
    public void OnArticleFailedLeavesTheArticleOutAndGoesOn()
    {
        var failed = new List<long>();
        var options = new BatchOptions { MaxDegreeOfParallelism = 4, MaxInFlight = 16, OnArticleFailed = e => failed.Add(e.Index) };
        var articles = Enumerable.Range(0, 40).Select(i => new NewsArticle(i is 5 or 33 ? null! : "Putin met Kim.", null, $"d{i}")).ToList();
        var ids = Pipeline.ProcessBatch(articles, options).Select(d => d.Id).ToList();
        Assert.That(ids, Is.EqualTo(articles.Where((_, i) => i is not (5 or 33)).Select(a => a.Id)));
        Assert.That(failed, Is.EqualTo(new long[] { 5, 33 }));
    }

    [Test]
    public async Task OnArticleFailedLeavesTheArticleOutAndGoesOnAsync()
    {
        var failed = new List<long>();
        var options = new BatchOptions { MaxDegreeOfParallelism = 4, MaxInFlight = 16, OnArticleFailed = e => failed.Add(e.Index) };
        static async IAsyncEnumerable<NewsArticle> Articles()
        {
            for (int i = 0; i < 40; i++)
            {
                await Task.Yield();
                yield return new NewsArticle(i is 5 or 33 ? null! : "Putin met Kim.", null, $"d{i}");
            }
        }
        var ids = new List<string?>();
        await foreach (var d in Pipeline.ProcessBatchAsync(Articles(), options)) ids.Add(d.Id);
        Assert.That(ids, Has.Count.EqualTo(38).And.Not.Contains("d5").And.Not.Contains("d33"));
        Assert.That(failed, Is.EqualTo(new long[] { 5, 33 }));
    }

    [Test]
    public void HugeParallelismDoesNotAllocateAHugeWindow()
    {
        // --threads 2147483647 used to end in OutOfMemoryException: the window was sized up front.
        var docs = Pipeline.ProcessBatch([new NewsArticle("One."), new NewsArticle("Two.")], new BatchOptions { MaxDegreeOfParallelism = int.MaxValue }).ToList();
        Assert.That(docs, Has.Count.EqualTo(2));
    }
}
