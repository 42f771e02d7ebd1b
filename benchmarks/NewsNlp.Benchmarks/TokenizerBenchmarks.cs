using BenchmarkDotNet.Attributes;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Tokenizer and sentence splitter throughput on one core over ~1 M characters of news text.
/// The span API writes into reused lists, so its allocation column shows what a pass costs
/// beyond the tokens themselves (expected: zero).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TokenizerBenchmarks
{
    private readonly string _text;
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly NewsPipeline _pipeline = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter());
    private readonly List<Token> _tokens = new(1 << 18);
    private readonly List<Word> _words = new(1 << 18);
    private readonly List<Sentence> _sentences = new(1 << 15);

    public TokenizerBenchmarks()
    {
        _text = BenchCorpus.Load(out _);
    }

    private sealed class Config() : TokensPerSecondConfig(BenchCorpus.TokenCount(BenchCorpus.Load(out _)), $"corpus: {BenchCorpus.Source}; {BenchCorpus.Load(out _).Length:N0} chars");

    [Benchmark(Description = "Tokenize (span API, reused lists)")]
    public int Tokenize()
    {
        _tokens.Clear();
        _words.Clear();
        return _tokenizer.Tokenize(_text, _tokens, _words);
    }

    [Benchmark(Description = "Tokenize + split sentences (span API)")]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _words.Clear();
        _sentences.Clear();
        _tokenizer.Tokenize(_text, _tokens, _words);
        return _splitter.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _sentences);
    }

    [Benchmark(Description = "NewsPipeline.Process (document: tokens + sentences)")]
    public int Pipeline() => _pipeline.Process(_text).TokenSpan.Length;
}
