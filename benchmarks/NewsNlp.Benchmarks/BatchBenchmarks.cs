using BenchmarkDotNet.Attributes;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Batch throughput of the default pipeline over 40 article-sized documents (~2,500 characters each)
/// with one and with two worker threads: the ratio of the means is the scaling from one core to two.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private readonly NewsArticle[] _articles;
    private readonly NewsPipeline _pipeline = NewsPipeline.CreateDefault();

    public BatchBenchmarks()
    {
        string text = BenchCorpus.Load(out _);
        var articles = new List<NewsArticle>();
        int start = 0;
        while (articles.Count < 40 && start < text.Length)
        {
            int end = text.IndexOf("\n\n", Math.Min(text.Length, start + 2_500), StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            articles.Add(new NewsArticle(text[start..end], new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), $"a{articles.Count}"));
            start = end + 2;
        }
        _articles = articles.ToArray();
    }

    [Params(1, 2)]
    public int Threads { get; set; }

    [Benchmark(Description = "ProcessBatch, 40 articles")]
    public int Batch()
    {
        int n = 0;
        foreach (var d in _pipeline.ProcessBatch(_articles, new BatchOptions { MaxDegreeOfParallelism = Threads })) n += d.Entities.Count;
        return n;
    }
}
