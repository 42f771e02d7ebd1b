using BenchmarkDotNet.Attributes;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Temporal;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// What date resolution costs: the default pipeline over 40 article-sized documents (~2,500
/// characters each) with and without the date finder and the date resolver. The ratio of the two
/// means is the share of the pipeline's time per document that dates add.
/// </summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private readonly string[] _articles;
    private readonly NewsPipeline _without;
    private readonly NewsPipeline _with;
    private readonly DateTimeOffset _published = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    public DateBenchmarks()
    {
        _articles = BenchCorpus.Articles(40);
        _without = NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Syntax | DocumentLayers.Entities, FindMissedDates = false });
        _with = NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Syntax | DocumentLayers.Dates });
    }

    private Document[] _processed = [];
    private readonly DateResolver _resolver = new();

    [GlobalSetup]
    public void Setup() => _processed = _articles.Select(a => _with.Process(a, _published)).ToArray();

    /// <summary>The date work alone on processed documents: find missed dates, resolve every DATE/TIME mention.</summary>
    [Benchmark(Description = "Date finder + resolver alone")]
    public int DatesAlone()
    {
        int n = 0;
        foreach (var d in _processed)
        {
            var mentions = d.Entities.ToList();
            DateFinder.AddMissed(d, mentions, "DATE", "TIME");
            foreach (var e in mentions)
                if (e.Type == EntityType.Date && _resolver.Resolve(d, e.Start, e.End) is not null) n++;
        }
        return n;
    }

    [Benchmark(Baseline = true, Description = "Pipeline without dates")]
    public int Without()
    {
        int n = 0;
        foreach (var a in _articles) n += _without.Process(a, _published).Entities.Count;
        return n;
    }

    [Benchmark(Description = "Pipeline with date finder + resolver")]
    public int With()
    {
        int n = 0;
        foreach (var a in _articles) n += _with.Process(a, _published).Dates.Count;
        return n;
    }
}
