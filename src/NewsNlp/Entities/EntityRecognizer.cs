using NewsNlp.Temporal;
using NewsNlp.Text;

namespace NewsNlp.Entities;

/// <summary>
/// The statistical entity recognizer stage: labels each sentence's words with a
/// <see cref="NerModel"/> and writes <see cref="EntityMention"/>s with fine label, coarse type and
/// confidence. Optional <see cref="EntityRuler"/> rules override or complement the model.
/// </summary>
/// <remarks>
/// Confidence is the lowest per-word marginal probability of the entity's tags under the model's
/// scores turned into a distribution (forward-backward, with a temperature fitted on the
/// development split so that confidences track the observed precision). Thread-safe: each call
/// works on its own buffers.
/// </remarks>
public sealed class EntityRecognizer : IPipelineStage
{
    /// <summary>Creates the stage over a loaded model, with optional rules.</summary>
    /// <param name="model">The statistical model.</param>
    /// <param name="ruler">User rules applied after the model, or null.</param>
    /// <param name="findDates">Also add date and time expressions the model missed, found by the date
    /// grammar (only for models with a DATE or TIME label). Such mentions have confidence 0.9.</param>
    public EntityRecognizer(NerModel model, EntityRuler? ruler = null, bool findDates = true)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Ruler = ruler;
        _dateLabel = model.Labels.FirstOrDefault(l => l == "DATE");
        _timeLabel = model.Labels.FirstOrDefault(l => l == "TIME") ?? _dateLabel;
        FindsDates = findDates && _dateLabel is not null;
    }

    private readonly string? _dateLabel;
    private readonly string? _timeLabel;

    /// <summary>Whether the date grammar adds the dates the model missed.</summary>
    public bool FindsDates { get; }

    /// <summary>The model.</summary>
    public NerModel Model { get; }

    /// <summary>User rules applied after the model, or null.</summary>
    public EntityRuler? Ruler { get; }

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
        var mentions = Predict(document, cancellationToken);
        // The date grammar corrects the model ("Q1 2024" is a date, not a PERSON); the user's rules
        // come last so that they win over both.
        if (FindsDates) DateFinder.AddMissed(document, mentions, _dateLabel!, _timeLabel!);
        if (Ruler is not null) mentions = Ruler.Apply(document, mentions);
        document.SetEntities(mentions.ToArray());
    }

    /// <summary>Computes the model's mentions for a tokenized, sentence-split document without writing them.</summary>
    public List<EntityMention> Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var sentences = document.SentenceSpan;
        var allWords = document.WordSpan;
        var tokens = document.TokenSpan;
        var spans = new (int Start, int End)[allWords.Length];
        for (int i = 0; i < spans.Length; i++) spans[i] = (allWords[i].Start, allWords[i].End);
        // Features see "Ber\uFEFFlin" as "Berlin"; mentions keep offsets into the unchanged text.
        string featureText = CharClass.WordFeatureText(text, spans);
        var sentenceWords = new ReadOnlyMemory<(int Start, int End)>[sentences.Length];
        var firstWords = new int[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            var (first, end) = document.WordRange(sentences[i]);
            firstWords[i] = first;
            sentenceWords[i] = spans.AsMemory(first, end - first);
        }
        var labeled = SentenceLabeler.LabelArticle(Model, featureText, sentenceWords, cancellationToken);

        var result = new List<EntityMention>();
        for (int i = 0; i < sentences.Length; i++)
        {
            foreach (var e in labeled[i])
            {
                int a = firstWords[i] + e.Start, b = firstWords[i] + e.End;
                // No emoji or pictographic symbol at either end: "Biden🙂" is the person "Biden".
                while (a < b && IsPictographic(tokens[allWords[a].TokenIndex].Kind, text.AsSpan(allWords[a].Start, allWords[a].Length))) a++;
                while (b > a && IsPictographic(tokens[allWords[b - 1].TokenIndex].Kind, text.AsSpan(allWords[b - 1].Start, allWords[b - 1].Length))) b--;
                if (a == b) continue;
                int start = allWords[a].Start, end = allWords[b - 1].End;
                result.Add(new EntityMention(start, end, text[start..end], Model.TagSet.Labels[e.Label], Model.Coarse[e.Label], Math.Round(e.Confidence, 4)));
            }
        }
        return result;
    }

    /// <summary>
    /// Emoji, and symbols that are pictures rather than part of a name or amount (™, ©, a lone
    /// surrogate); currency, percent, degree and mathematical signs are kept ("$5", "45 %", "30°").
    /// </summary>
    private static bool IsPictographic(TokenKind kind, ReadOnlySpan<char> word)
    {
        if (kind == TokenKind.Emoji) return true;
        if (kind != TokenKind.Symbol) return false;
        foreach (char c in word)
        {
            if (c == '°') return false;
            if (!char.IsSurrogate(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.OtherSymbol) return false;
        }
        return true;
    }
}
