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
        var published = new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
        _articles = BenchCorpus.Articles(40).Select((text, i) => new NewsArticle(text, published, $"a{i}")).ToArray();
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
