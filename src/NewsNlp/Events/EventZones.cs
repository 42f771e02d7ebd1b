namespace NewsNlp.Events;

/// <summary>
/// What the zones layer allows the event layer to read. Events come from the headline and the body;
/// a caption gives an event only when the caption states its own date (a photo caption dated by the
/// article would restate the story at the wrong time); furniture, bylines, datelines and blocks
/// printed a second time give none. Relations come from the headline and the body only.
/// A document without zones (a pipeline built without the zoner) is read whole, as before.
/// </summary>
internal struct EventZones(Document document)
{
    private int _next;

    /// <summary>Whether the document has a zones layer at all.</summary>
    public readonly bool Present => document.ZoneSpan.Length > 0;

    /// <summary>
    /// The zone that holds a sentence starting at <paramref name="start"/>; sentences come in text
    /// order, so one forward pointer finds them all (linear in the document). Null when no zone holds it.
    /// </summary>
    public Zone? Next(int start)
    {
        var zones = document.ZoneSpan;
        while (_next < zones.Length && zones[_next].End <= start) _next++;
        return _next < zones.Length && zones[_next].Start <= start ? zones[_next] : null;
    }

    /// <summary>Whether a sentence in <paramref name="zone"/> may give events at all.</summary>
    public static bool GivesEvents(Zone? zone) =>
        zone is not { } z || (!z.IsRepeat && z.Kind is ZoneKind.Headline or ZoneKind.Body or ZoneKind.Caption);

    /// <summary>Whether an event found in <paramref name="zone"/> is kept (a caption's only with its own date).</summary>
    public static bool Keeps(Zone? zone, NewsEvent e) => zone is not { Kind: ZoneKind.Caption } || e.Date?.Text is not null;

    /// <summary>The relations whose both ends lie in the headline or body (a binary search per end).</summary>
    public readonly List<Relation> Filter(List<Relation> relations)
    {
        if (!Present) return relations;
        var d = document;
        return relations.FindAll(r => InStory(d.ZoneAt(r.Subject.Start)) && InStory(d.ZoneAt(r.Object.Start)));
    }

    // Between blocks no zone says otherwise.
    private static bool InStory(Zone? zone) => zone is not { } z || (!z.IsRepeat && z.Kind is ZoneKind.Headline or ZoneKind.Body);
}
