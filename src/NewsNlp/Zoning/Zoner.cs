using NewsNlp.Models;

namespace NewsNlp.Zoning;

/// <summary>
/// The zoning stage: cuts the text into blocks (<see cref="ZoneBlocks"/>: lines, or paragraphs of a
/// hard-wrapped text), labels each headline, body or furniture with a <see cref="ZoningModel"/>, then
/// captions, bylines and datelines by rule, and marks blocks printed twice as repeats.
/// </summary>
/// <remarks>Immutable and thread-safe. Requires nothing: it is the first stage.</remarks>
public sealed class Zoner : IZoner
{
    /// <summary>Creates a zoner with <paramref name="model"/>.</summary>
    public Zoner(ZoningModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>A zoner with the bundled <c>en-zones</c> model.</summary>
    public Zoner() : this(BundledModels.EnglishZones)
    {
    }

    /// <summary>The model.</summary>
    public ZoningModel Model { get; }

    /// <inheritdoc/>
    public string Name => "zoner";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.None;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Zones;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetZones(FindZones(document.Text, cancellationToken));
    }

    /// <inheritdoc/>
    public Zone[] FindZones(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var list = new List<(int Start, int End)>();
        ZoneBlocks.Find(text, list);
        if (list.Count == 0) return [];
        var page = new ZonePage(text, list.ToArray(), Model.Mask);
        cancellationToken.ThrowIfCancellationRequested();
        int n = page.Count;
        var labels = new byte[n];
        var confidence = new float[n];
        Model.Predict(page, labels, confidence);
        var zones = new Zone[n];
        for (int i = 0; i < n; i++)
        {
            var (start, end) = page.Blocks[i];
            var learned = labels[i] switch
            {
                ZoneWeights.Headline => ZoneKind.Headline,
                ZoneWeights.Body => ZoneKind.Body,
                _ => ZoneKind.Furniture,
            };
            var rule = ZoneRules.Apply(text.AsSpan(start, end - start), learned, page.Stats[i].Words);
            zones[i] = new Zone(start, end, rule ?? learned, page.RepeatOf[i], rule is null ? confidence[i] : 1f);
        }
        return zones;
    }
}
