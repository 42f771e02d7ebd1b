using BenchmarkDotNet.Attributes;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The syntax stage alone, one core, on a pre-tokenized and sentence-split document of ~100,000
/// characters of news text: tagging + lemmatizing, and tagging + lemmatizing + parsing. The
/// Tokens/s column counts syntactic words. Set NEWSNLP_SYNTAX_MODEL to benchmark a model file
/// other than the bundled one.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SyntaxBenchmarks
{
    private const int Chars = 100_000;
    private readonly Document _template;
    private readonly SyntaxAnnotator _tagger;
    private readonly SyntaxAnnotator _parser;

    public SyntaxBenchmarks()
    {
        var foundation = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter());
        _template = foundation.Process(BenchCorpus.Load(out _)[..Chars]);
        var model = Model();
        _tagger = new SyntaxAnnotator(model, parse: false);
        _parser = new SyntaxAnnotator(model);
    }

    internal static SyntaxModel Model() =>
        Environment.GetEnvironmentVariable("NEWSNLP_SYNTAX_MODEL") is { Length: > 0 } path ? SyntaxModel.Load(path) : BundledModels.EnglishSyntax;

    // Syntactic words, not tokens, are what the tagger and parser count ("don't" is two).
    private sealed class Config() : TokensPerSecondConfig(
        NewsPipeline.Create(new Tokenizer(), new SentenceSplitter()).Process(BenchCorpus.Load(out _)[..Chars]).Words.Count,
        $"corpus: {BenchCorpus.Source}, first {Chars:N0} chars", "words");

    private Document Fresh()
    {
        // The stage writes the syntax layer once per document: copy the tokenized template.
        var d = new Document(_template.Text);
        d.SetTokens(_template.TokenSpan.ToArray(), _template.WordSpan.ToArray());
        d.SetSentences(_template.SentenceSpan.ToArray());
        return d;
    }

    [Benchmark(Description = "Tag + lemmatize")]
    public int Tag()
    {
        var d = Fresh();
        _tagger.Process(d);
        return d.Syntax!.Count;
    }

    [Benchmark(Description = "Tag + lemmatize + parse")]
    public int Parse()
    {
        var d = Fresh();
        _parser.Process(d);
        return d.Syntax!.Count;
    }
}
