using NewsNlp.Accurate.Heads;
using NewsNlp.Accurate.Runtime;
using NewsNlp.Entities;

namespace NewsNlp.Accurate;

/// <summary>Which of the transformer's entity heads a recognizer reads.</summary>
public enum AccurateEntityLabels
{
    /// <summary>OntoNotes 5: 18 labels (PERSON, GPE, ORG, DATE, MONEY, …), the model name <c>en-news-trf</c>.</summary>
    OntoNotes,

    /// <summary>CoNLL-2003: PER, LOC, ORG, MISC, the model name <c>en-conll03-trf</c>.</summary>
    Conll2003,
}

/// <summary>
/// The accurate tier's entity stage: BIO tags from one of the transformer's entity heads, decoded
/// with the BIO constraint (no <c>I-</c> without a <c>B-</c> or <c>I-</c> of its type before it), written
/// as <see cref="EntityMention"/>s exactly as <see cref="EntityRecognizer"/> writes them: fine label,
/// coarse type, and as confidence the lowest probability the head gave a tag of the mention.
/// </summary>
/// <remarks>Thread-safe. Like the fast recognizer, the date grammar adds dates the head missed (OntoNotes only) and user rules come last.</remarks>
public sealed class AccurateEntityRecognizer : IPipelineStage
{
    private readonly AnalysisParts _part;
    private readonly BioDecoder _decoder;

    /// <summary>Creates the stage over an encoder (shared with an <see cref="AccurateSyntaxAnnotator"/> for one pass per document).</summary>
    /// <param name="encoder">The loaded transformer.</param>
    /// <param name="labels">Which entity head to read.</param>
    /// <param name="ruler">User rules applied after the model, or null.</param>
    /// <param name="findDates">Also add date and time expressions the head missed, found by the date grammar (OntoNotes labels only).</param>
    public AccurateEntityRecognizer(TransformerEncoder encoder, AccurateEntityLabels labels = AccurateEntityLabels.OntoNotes, EntityRuler? ruler = null, bool findDates = true)
    {
        Encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        Labels = labels;
        Ruler = ruler;
        _part = labels == AccurateEntityLabels.Conll2003 ? AnalysisParts.Conll : AnalysisParts.Onto;
        _decoder = labels == AccurateEntityLabels.Conll2003 ? encoder.Heads.ConllDecoder : encoder.Heads.OntoDecoder;
        FindsDates = findDates && _decoder.Types.Contains("DATE");
        // A syntax pass over the same encoder now computes this head too and keeps it for this stage.
        encoder.Share(_part);
    }

    /// <summary>The encoder.</summary>
    public TransformerEncoder Encoder { get; }

    /// <summary>The entity head read.</summary>
    public AccurateEntityLabels Labels { get; }

    /// <summary>User rules applied after the model, or null.</summary>
    public EntityRuler? Ruler { get; }

    /// <summary>Whether the date grammar adds the dates the model missed.</summary>
    public bool FindsDates { get; }

    /// <inheritdoc/>
    public string Name => "entity-recognizer";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Entities;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var analysis = Encoder.Analyze(document, _part, keep: false, take: true, cancellationToken);
        var mentions = new List<EntityMention>();
        var spans = new List<(int Start, int End, string Type, float Confidence)>();
        foreach (var sentence in document.SentenceSpan)
        {
            var (first, end) = document.WordRange(sentence);
            spans.Clear();
            _decoder.Spans(Tags(analysis).AsSpan(first, end - first), Probabilities(analysis).AsSpan(first, end - first), spans);
            foreach (var (a, b, type, confidence) in spans)
                if (EntityRecognizer.Mention(document, first + a, first + b, type, EntityTypes.FromLabel(type), confidence) is { } mention)
                    mentions.Add(mention);
        }
        EntityRecognizer.Write(document, mentions, FindsDates ? "DATE" : null, _decoder.Types.Contains("TIME") ? "TIME" : "DATE", Ruler);
    }

    /// <summary>
    /// Labels pre-tokenized sentences (e.g. a CoNLL file): for each sentence its mentions as word
    /// ranges (end exclusive) with their label.
    /// </summary>
    /// <exception cref="ArgumentException">A word is empty or null.</exception>
    public IReadOnlyList<IReadOnlyList<(int Start, int End, string Label)>> Label(IReadOnlyList<IReadOnlyList<string>> sentences, CancellationToken cancellationToken = default)
    {
        var (text, words, ranges) = PreTokenized.Join(sentences);
        var analysis = Encoder.Analyze(text, words, ranges, _part, cancellationToken);
        var result = new IReadOnlyList<(int, int, string)>[ranges.Length];
        var spans = new List<(int Start, int End, string Type, float Confidence)>();
        for (int s = 0; s < ranges.Length; s++)
        {
            var (first, end) = ranges[s];
            spans.Clear();
            _decoder.Spans(Tags(analysis).AsSpan(first, end - first), Probabilities(analysis).AsSpan(first, end - first), spans);
            result[s] = spans.Select(x => (x.Start, x.End, x.Type)).ToArray();
        }
        return result;
    }

    private int[] Tags(DocumentAnalysis a) => (_part == AnalysisParts.Conll ? a.Conll : a.Onto)!;

    private float[] Probabilities(DocumentAnalysis a) => (_part == AnalysisParts.Conll ? a.ConllProbability : a.OntoProbability)!;
}
