using NewsNlp.Accurate.Runtime;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Syntax;
using NewsNlp.Temporal;

namespace NewsNlp.Accurate;

/// <summary>
/// The accurate tier's syntax stage: UPOS and Penn tags, lemmas and a Universal Dependencies tree
/// for every sentence, from the transformer's tag heads and biaffine parser (a maximum spanning tree
/// with one root word). Writes the <see cref="DocumentLayers.Syntax"/> layer exactly as
/// <see cref="SyntaxAnnotator"/> does, so the stages after it run unchanged.
/// </summary>
/// <remarks>Thread-safe. Lemmas come from the bundled <c>en-ewt</c> lemmatizer (rules by Penn tag).</remarks>
public sealed class AccurateSyntaxAnnotator : IPipelineStage
{
    private readonly Lemmatizer _lemmatizer;

    /// <summary>Creates the stage over an encoder (shared with an <see cref="AccurateEntityRecognizer"/> for one pass per document).</summary>
    public AccurateSyntaxAnnotator(TransformerEncoder encoder)
        : this(encoder, BundledModels.EnglishSyntax)
    {
    }

    /// <summary>Creates the stage over an encoder, with <paramref name="lemmas"/>' lemmatizer.</summary>
    public AccurateSyntaxAnnotator(TransformerEncoder encoder, SyntaxModel lemmas)
    {
        Encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        ArgumentNullException.ThrowIfNull(lemmas);
        _lemmatizer = lemmas.Lemmatizer;
    }

    /// <summary>The encoder.</summary>
    public TransformerEncoder Encoder { get; }

    /// <inheritdoc/>
    public string Name => "syntax";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Syntax;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Also runs the entity heads a recognizer over this encoder will ask for, and keeps them for it.
        var shared = Encoder.SharedParts;
        var analysis = Encoder.Analyze(document, AnalysisParts.Syntax | shared, keep: shared != 0, take: false, cancellationToken);
        var words = document.WordSpan;
        var result = new WordSyntax[words.Length];
        for (int i = 0; i < words.Length; i++)
            result[i] = Syntax(analysis, i, document.Text.AsSpan(words[i].Start, words[i].Length));
        document.SetSyntax(result, TenseDetector.Tag(document, result));
    }

    /// <summary>Annotates pre-tokenized sentences (e.g. from a treebank). Heads are indexes into each sentence's words, -1 for the root.</summary>
    /// <exception cref="ArgumentException">A word is empty or null.</exception>
    public IReadOnlyList<WordSyntax[]> Annotate(IReadOnlyList<IReadOnlyList<string>> sentences, CancellationToken cancellationToken = default)
    {
        var (text, spans, ranges) = PreTokenized.Join(sentences);
        var analysis = Encoder.Analyze(text, spans, ranges, AnalysisParts.Syntax, cancellationToken);
        var result = new WordSyntax[ranges.Length][];
        for (int s = 0; s < ranges.Length; s++)
        {
            var (first, end) = ranges[s];
            result[s] = new WordSyntax[end - first];
            for (int w = first; w < end; w++)
            {
                var ws = Syntax(analysis, w, text.AsSpan(spans[w].Start, spans[w].End - spans[w].Start));
                result[s][w - first] = ws with { Head = ws.Head < 0 ? -1 : ws.Head - first };
            }
        }
        return result;
    }

    /// <summary>Annotates one pre-tokenized sentence. Heads are indexes into <paramref name="words"/>, -1 for the root.</summary>
    public WordSyntax[] Annotate(IReadOnlyList<string> words) => Annotate([words])[0];

    private WordSyntax Syntax(DocumentAnalysis analysis, int i, ReadOnlySpan<char> form)
    {
        var heads = Encoder.Heads;
        string xpos = heads.Xpos[analysis.Xpos![i]];
        return new WordSyntax(heads.Upos[analysis.Upos![i]], xpos, _lemmatizer.Lemmatize(form, xpos), analysis.Heads![i], heads.Relations[analysis.Relations![i]]);
    }
}
