using BenchmarkDotNet.Attributes;
using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The whole default pipeline (zone → tokenize → split → tag → parse → recognize → dates → events) over 40
/// article-sized documents, one core, with tokens per second; and the event stage alone on the
/// same documents already processed up to dates, so its share of the time shows; the same for zoning
/// (the pipeline without its zoner, and the zoner alone).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class PipelineBenchmarks
{
    private const int Articles = 40;
    private static readonly DateTimeOffset Published = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
    private readonly string[] _articles = BenchCorpus.Articles(Articles);
    private readonly NewsPipeline _full = NewsPipeline.CreateDefault();
    private readonly EventExtractor _events = new(BundledModels.EnglishEvents);
    private readonly NewsNlp.Zoning.Zoner _zoner = new(BundledModels.EnglishZones);
    private NewsPipeline _unzoned = null!;
    private Document[] _upToDates = [];

    private sealed class Config() : TokensPerSecondConfig(BenchCorpus.TokenCount(BenchCorpus.Articles(Articles)), $"{Articles} articles");

    [GlobalSetup]
    public void Setup()
    {
        var upToDates = NewsPipelineBuilder.Build(new() { Layers = NewsPipelineOptions.AllLayers & ~(DocumentLayers.Events | DocumentLayers.Relations) });
        _upToDates = _articles.Select(a => upToDates.Process(a, Published)).ToArray();
        _unzoned = NewsPipelineBuilder.Build(new() { Layers = NewsPipelineOptions.AllLayers & ~DocumentLayers.Zones });
    }

    [Benchmark(Baseline = true, Description = "Default pipeline, events included")]
    public int Full()
    {
        int n = 0;
        foreach (var a in _articles) n += _full.Process(a, Published).Events.Count;
        return n;
    }

    [Benchmark(Description = "Default pipeline without zoning")]
    public int Unzoned()
    {
        int n = 0;
        foreach (var a in _articles) n += _unzoned.Process(a, Published).Events.Count;
        return n;
    }

    [Benchmark(Description = "Zoning stage alone")]
    public int ZoningAlone()
    {
        int n = 0;
        foreach (var a in _articles) n += _zoner.FindZones(a).Length;
        return n;
    }

    [Benchmark(Description = "Event stage alone (events + relations)")]
    public int EventsAlone()
    {
        int n = 0;
        foreach (var d in _upToDates) n += _events.Extract(d).Count;
        return n;
    }
}
