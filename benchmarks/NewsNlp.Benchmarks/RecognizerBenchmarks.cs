using BenchmarkDotNet.Attributes;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Tokenize + split + recognize with the bundled en-news model, one core, over ~100,000 characters
/// of news text (the Tokens/s column counts the tokenizer's tokens).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class RecognizerBenchmarks
{
    private const int Chars = 100_000;
    private readonly string _text;
    private readonly NewsPipeline _pipeline;

    public RecognizerBenchmarks()
    {
        _text = BenchCorpus.Load(out _)[..Chars];
        // Tokenize + recognize only (the default pipeline also parses; SyntaxBenchmarks times that).
        _pipeline = NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Entities });
    }

    private sealed class Config() : TokensPerSecondConfig(BenchCorpus.TokenCount(BenchCorpus.Load(out _)[..Chars]), $"corpus: {BenchCorpus.Source}, first {Chars:N0} chars");

    [GlobalSetup]
    public void Warm() => _ = BundledModels.EnglishNewsRecognizer;

    [Benchmark(Description = "Tokenize + split + recognize (en-news)")]
    public int Recognize() => _pipeline.Process(_text).Entities.Count;
}
