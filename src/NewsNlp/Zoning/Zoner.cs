using NewsNlp.Text;

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
        var ruled = new bool[n];
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
            ruled[i] = rule is not null;
        }
        ProseIsNoHeadline(zones, ruled, page);
        StoryProseJoinsTheStory(zones, ruled, page);
        LinkListsAreFurniture(text, zones, ruled, page);
        HeadlineAboveTheStory(zones, ruled, page);
        return zones;
    }

    /// <summary>
    /// A block the model called headline that reads as story prose (<see cref="StoryProse"/>: a finished
    /// sentence of eight words or more) and has the story right after it, with another block above, is
    /// the story's: on plain text with one sentence a line ("Police arrested ... .\nThe two leaders will
    /// hold talks at the Kremlin next week.\n...") the model took a line in the middle for a headline,
    /// and the lines above it, with no story next to them, stayed furniture.
    /// </summary>
    private static void ProseIsNoHeadline(Zone[] zones, bool[] ruled, ZonePage page)
    {
        for (int i = 1; i + 1 < zones.Length; i++)
        {
            var z = zones[i];
            if (z.Kind != ZoneKind.Headline || ruled[i] || z.IsRepeat || zones[i + 1].Kind != ZoneKind.Body || !StoryProse.Is(page.Stats[i])) continue;
            zones[i] = new Zone(z.Start, z.End, ZoneKind.Body, z.RepeatOf, z.Confidence);
        }
    }

    /// <summary>
    /// Story prose (<see cref="StoryProse"/>) that the model called furniture joins the story when a
    /// neighbour is in it: a forward and a backward pass, so that a run of such paragraphs next to the
    /// story joins it whole. Blocks a rule labelled (bylines, captions, furniture phrases) stay.
    /// </summary>
    private static void StoryProseJoinsTheStory(Zone[] zones, bool[] ruled, ZonePage page)
    {
        // A text in which the model found no story at all (a short plain article, one sentence): it is all story.
        bool none = Array.TrueForAll(zones, z => z.Kind != ZoneKind.Body);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int k = 0; k < zones.Length; k++)
            {
                int i = pass == 0 ? k : zones.Length - 1 - k;
                var z = zones[i];
                if (z.Kind != ZoneKind.Furniture || ruled[i]) continue;
                // With no story found anywhere, every block the rules left alone is taken (the headline rule runs next).
                if (none ? page.Stats[i].End != BlockStats.EndTerminal && page.Stats[i].End != BlockStats.EndCloser && page.Stats[i].Words <= 25 && i == 0 : !StoryProse.Is(page.Stats[i])) continue;
                bool story = none || (i > 0 && zones[i - 1].Kind is ZoneKind.Body or ZoneKind.Headline) || (i + 1 < zones.Length && zones[i + 1].Kind == ZoneKind.Body);
                if (story) zones[i] = new Zone(z.Start, z.End, ZoneKind.Body, z.RepeatOf, z.Confidence);
            }
        }
    }

    /// <summary>Headings of the link lists news pages put after the story ("Related News Stories", "Read next", "You might also like").</summary>
    private static readonly string[] LinkListHeadings =
    [
        "related", "read next", "read more", "more on this story", "more on this", "more from", "more stories", "more news",
        "you might also like", "you may also like", "you may be interested in", "recommended", "top stories", "most read",
        "most popular", "most viewed", "most shared", "trending", "sponsored", "latest news", "latest stories", "also in the news",
        "elsewhere on", "around the web", "editor's picks", "editors' picks", "don't miss", "what to read next", "in other news",
    ];

    /// <summary>Lines that are furniture on their own, whatever the model says ("Advertisement", "Advertisement - scroll to continue").</summary>
    private static readonly string[] FurnitureLines = ["advertisement", "sponsored content", "story continues below", "scroll to continue"];

    /// <summary>
    /// A link list is furniture: a short heading such as "Related News Stories", "Read next" or "Most read"
    /// (no terminal punctuation, at most six words), and, below the headings of <see cref="RunHeads"/>,
    /// every block after it that reads like a link (no terminal punctuation, at most fourteen words) up to
    /// the next one that does not, or a headline. The model, which reads a line and its
    /// neighbours, called whole lists of related headlines body on some pages ("Cuba breaks diplomatic ties
    /// with Panama" under "Related News Stories"), and each gave an event. An "Advertisement" line is
    /// furniture on its own. Bylines, captions and datelines keep their rule.
    /// </summary>
    private const int MaxLinkWords = 14;

    /// <summary>
    /// The headings whose list runs on below them. Measured on the WCXB dev pages against headings
    /// alone (boilerplate lines taken for body / body lines lost): "related" 11 / 24, "read next" and
    /// "read more" 48 / 40, "you might also like" and "recommended" 15 / 31, "top stories", "most read"
    /// and "trending" 5 / 48 (WCXB's silver labels count some teaser lists as body); these runs together
    /// 22 / 28 and body-line F1 0.914 → 0.913, for the related-story and sponsored lists that gave
    /// events on the gold pages.
    /// </summary>
    private static readonly string[] RunHeads =
        ["related", "sponsored", "you might also like", "you may also like", "more on this story", "read next", "around the web", "also in the news", "in other news", "what to read next"];

    private static void LinkListsAreFurniture(string text, Zone[] zones, bool[] ruled, ZonePage page)
    {
        bool inList = false;
        for (int i = 0; i < zones.Length; i++)
        {
            var z = zones[i];
            ref readonly var stats = ref page.Stats[i];
            var block = text.AsSpan(z.Start, z.End - z.Start).Trim().TrimEnd(':').TrimEnd();
            bool heading = stats.Words <= 6 && stats.End != BlockStats.EndTerminal && StartsWithAny(block, LinkListHeadings);
            if (heading || (stats.Words <= 6 && StartsWithAny(block, FurnitureLines)))
            {
                inList = heading && StartsWithAny(block, RunHeads);
                if (!ruled[i] && z.Kind != ZoneKind.Furniture) zones[i] = new Zone(z.Start, z.End, ZoneKind.Furniture, z.RepeatOf, 1f);
                ruled[i] = true;
                continue;
            }
            if (!inList) continue;
            if (z.Kind == ZoneKind.Headline || StoryProse.Is(stats) || stats.Words > MaxLinkWords || stats.End is BlockStats.EndTerminal or BlockStats.EndCloser) { inList = false; continue; }
            if (!ruled[i] && z.Kind != ZoneKind.Furniture) zones[i] = new Zone(z.Start, z.End, ZoneKind.Furniture, z.RepeatOf, 1f);
            ruled[i] = true;
        }
    }

    private static bool StartsWithAny(ReadOnlySpan<char> block, string[] prefixes)
    {
        foreach (var p in prefixes)
            if (block.StartsWith(p, StringComparison.OrdinalIgnoreCase) && (block.Length == p.Length || !char.IsLetter(block[p.Length]))) return true;
        return false;
    }

    /// <summary>
    /// With no headline found, the short unpunctuated furniture block right above the first body block
    /// is the headline: on plain news text (a title line, then paragraphs) the model, which learned
    /// from web pages with navigation above the title, often calls that title furniture. A text of one
    /// block with no story is a headline too ("Syrian forces clash with Tunisian rioters", "Obama to
    /// visit Iran": callers pass headlines and sentences one at a time, and the model called them
    /// navigation, which gave no events); with no story next to it, it must also read as a headline:
    /// some words in lower case, no bullets, no rule's label ("Advertisement") and no web command
    /// first ("Share this article").
    /// </summary>
    private static void HeadlineAboveTheStory(Zone[] zones, bool[] ruled, ZonePage page)
    {
        int body = -1;
        for (int i = 0; i < zones.Length; i++)
        {
            if (zones[i].Kind == ZoneKind.Headline) return;
            if (body < 0 && zones[i].Kind == ZoneKind.Body) body = i;
        }
        bool lone = body < 0 && zones.Length == 1;
        int h = lone ? 0 : body - 1;
        if (h < 0) return;
        ref readonly var above = ref page.Stats[h];
        var z = zones[h];
        if (z.Kind != ZoneKind.Furniture || z.IsRepeat || above.Words is < 2 or > 25 || above.End == BlockStats.EndTerminal || above.Url || above.Pipes > 0) return;
        if (lone && (ruled[0] || above.LowerWords == 0 || above.Bullets > 0 || OpensWithWebCommand(page.Text.AsSpan(z.Start, z.End - z.Start)))) return;
        zones[h] = new Zone(z.Start, z.End, ZoneKind.Headline, z.RepeatOf, z.Confidence);
    }

    private static bool OpensWithWebCommand(ReadOnlySpan<char> block)
    {
        int space = block.IndexOfAny(' ', '\t');
        return Lexicon.WebCommandLookup.Contains(space < 0 ? block : block[..space]);
    }
}
