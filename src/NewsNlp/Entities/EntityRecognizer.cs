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
        Write(document, mentions, FindsDates ? _dateLabel : null, _timeLabel, Ruler);
    }

    /// <summary>
    /// Writes a recognizer's mentions as the entity layer: the date grammar first adds the dates the
    /// model missed (with <paramref name="dateLabel"/>; null: none), then the user's rules win over both.
    /// </summary>
    internal static void Write(Document document, List<EntityMention> mentions, string? dateLabel, string? timeLabel, EntityRuler? ruler)
    {
        if (dateLabel is not null) DateFinder.AddMissed(document, mentions, dateLabel, timeLabel ?? dateLabel);
        if (ruler is not null) mentions = ruler.Apply(document, mentions);
        document.SetEntities(mentions.ToArray());
    }

    /// <summary>
    /// The mention over document words <c>[a, b)</c> with no emoji or pictographic symbol at either end
    /// ("Biden🙂" is the person "Biden"); null when nothing else is left.
    /// </summary>
    internal static EntityMention? Mention(Document document, int a, int b, string label, EntityType type, double confidence)
    {
        string text = document.Text;
        var words = document.WordSpan;
        var tokens = document.TokenSpan;
        while (a < b && IsPictographic(tokens[words[a].TokenIndex].Kind, text.AsSpan(words[a].Start, words[a].Length))) a++;
        while (b > a && IsPictographic(tokens[words[b - 1].TokenIndex].Kind, text.AsSpan(words[b - 1].Start, words[b - 1].Length))) b--;
        // "Kim Jong Un's invitation": a person's or place's name never holds the genitive (OntoNotes
        // and CoNLL-2003 leave it out); an organisation's may ("McDonald's").
        if (b - a > 1 && type is EntityType.Person or EntityType.Location && IsGenitive(text.AsSpan(words[b - 1].Start, words[b - 1].Length))) b--;
        if (a == b) return null;
        int start = words[a].Start, end = words[b - 1].End;
        return new EntityMention(start, end, text[start..end], label, type, Math.Round(confidence, 4));
    }

    private static bool IsGenitive(ReadOnlySpan<char> word) => word is "'s" or "\u2019s" or "'" or "\u2019" or "'S";

    /// <summary>Computes the model's mentions for a tokenized, sentence-split document without writing them.</summary>
    public List<EntityMention> Predict(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.SentenceSpan;
        // Features see "Ber\uFEFFlin" as "Berlin"; mentions keep offsets into the unchanged text.
        var (featureText, spans) = CharClass.WordFeatures(document);
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
                if (Mention(document, firstWords[i] + e.Start, firstWords[i] + e.End, Model.TagSet.Labels[e.Label], Model.Coarse[e.Label], e.Confidence) is { } mention)
                    result.Add(mention);
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
