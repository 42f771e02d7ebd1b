using Newtonsoft.Json;

namespace NewsNlp.Serialization;

/// <summary>The schema's writer, property by property, straight to a <see cref="JsonWriter"/> (no intermediate objects).</summary>
/// <remarks>
/// Hand-driven on purpose, rather than <c>JsonConvert.SerializeObject</c> over DTOs or a <c>JObject</c>:
/// (1) it streams, so <c>extract --format jsonl</c> over a large corpus writes each document as it is
/// processed and a reader that goes away stops the run; (2) there is no per-document object graph to
/// build and collect (the document's layers are spans over one text, each read once here); (3) the
/// field order, names and null/empty conventions are exactly those of <c>schema/</c>, the contract,
/// independent of serializer settings or attributes on public types.
/// </remarks>
internal static class DocumentJsonWriter
{
    public static void Write(JsonWriter w, Document d, JsonIncludes include)
    {
        string text = d.Text;
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteValue(d.Id);
        w.WritePropertyName("published");
        w.WriteValue(d.Published is { } p ? DocumentJson.FormatPublished(p) : null);
        if (d.Page is { } page)
        {
            // Only for documents made from HTML: what the page said of itself, and why text may be missing.
            w.WritePropertyName("page");
            w.WriteStartObject();
            Property(w, "title", page.Title);
            Property(w, "byline", page.Byline);
            Property(w, "language", page.Language);
            Property(w, "published", page.Published is { } pp ? DocumentJson.FormatPublished(pp) : null);
            w.WritePropertyName("warnings");
            w.WriteStartArray();
            foreach (var warning in page.Warnings) w.WriteValue(warning);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        if ((include & JsonIncludes.Text) != 0)
        {
            w.WritePropertyName("text");
            w.WriteValue(text);
        }
        if ((include & JsonIncludes.Sentences) != 0)
        {
            w.WritePropertyName("sentences");
            w.WriteStartArray();
            foreach (var s in d.SentenceSpan)
            {
                w.WriteStartObject();
                WriteSpan(w, s.Start, s.End);
                w.WritePropertyName("firstToken");
                w.WriteValue(s.FirstToken);
                w.WritePropertyName("tokenCount");
                w.WriteValue(s.TokenCount);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if ((include & JsonIncludes.Tokens) != 0) WriteTokens(w, d);
        if (d.Layers.HasFlag(DocumentLayers.Zones)) WriteZones(w, d);
        WriteEntities(w, d);
        if (d.Layers.HasFlag(DocumentLayers.Coreference)) WriteClusters(w, d);
        WriteEvents(w, d);
        WriteRelations(w, d);
        w.WriteEndObject();
    }

    private static void WriteZones(JsonWriter w, Document d)
    {
        w.WritePropertyName("zones");
        w.WriteStartArray();
        foreach (var z in d.ZoneSpan)
        {
            w.WriteStartObject();
            WriteSpan(w, z.Start, z.End);
            Property(w, "kind", ZoneName(z.Kind));
            Property(w, "repeat_of", z.IsRepeat ? z.RepeatOf : null);
            Property(w, "confidence", Math.Round(z.Confidence, 4));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static string ZoneName(ZoneKind kind) => kind.ToString().ToLowerInvariant();

    private static void WriteSpan(JsonWriter w, int start, int end)
    {
        w.WritePropertyName("start");
        w.WriteValue(start);
        w.WritePropertyName("end");
        w.WriteValue(end);
    }

    private static void WriteTokens(JsonWriter w, Document d)
    {
        string text = d.Text;
        var words = d.WordSpan;
        var syntax = d.Syntax;
        w.WritePropertyName("tokens");
        w.WriteStartArray();
        foreach (var t in d.TokenSpan)
        {
            w.WriteStartObject();
            w.WritePropertyName("text");
            w.WriteValue(text.Substring(t.Start, t.Length));
            WriteSpan(w, t.Start, t.End);
            w.WritePropertyName("kind");
            w.WriteValue(KindName(t.Kind));
            if (t.IsMultiWord)
            {
                w.WritePropertyName("words");
                w.WriteStartArray();
                for (int k = t.FirstWord; k < t.FirstWord + t.WordCount; k++)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("text");
                    w.WriteValue(text.Substring(words[k].Start, words[k].Length));
                    WriteSpan(w, words[k].Start, words[k].End);
                    if (syntax is not null) WriteSyntax(w, syntax[k]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            else if (syntax is not null)
            {
                WriteSyntax(w, syntax[t.FirstWord]);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Property(JsonWriter w, string name, object? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void WriteSyntax(JsonWriter w, WordSyntax s)
    {
        Property(w, "pos", s.Upos);
        Property(w, "tag", s.Xpos);
        Property(w, "lemma", s.Lemma);
        Property(w, "head", s.Head);
        Property(w, "rel", s.Relation);
    }

    internal static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Emoji => "emoji",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Location => "LOCATION",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Date => "DATE",
        _ => "OTHER",
    };

    internal static string GranularityName(TemporalGranularity g) => g switch
    {
        TemporalGranularity.TimeOfDay => "time",
        _ => g.ToString().ToLowerInvariant(),
    };

    internal static string AnchorName(TemporalAnchor a) => a switch
    {
        TemporalAnchor.PublishDate => "publish-date",
        _ => a.ToString().ToLowerInvariant(),
    };

    private static void WriteEntities(JsonWriter w, Document d)
    {
        w.WritePropertyName("entities");
        w.WriteStartArray();
        bool hasIdentity = d.Layers.HasFlag(DocumentLayers.Identity);
        int index = 0;
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WritePropertyName("text");
            w.WriteValue(e.Text);
            w.WritePropertyName("label");
            w.WriteValue(e.Label);
            w.WritePropertyName("type");
            w.WriteValue(TypeName(e.Type));
            WriteSpan(w, e.Start, e.End);
            w.WritePropertyName("confidence");
            w.WriteValue(Math.Round(e.Confidence, 4));
            WriteCluster(w, d, e.Start, e.End);
            if (hasIdentity) WriteIdentity(w, d.Identities[index]);
            index++;
            // One binary search per entity: a linear scan here made the writer quadratic in long documents.
            if (d.DateAt(e.Start, e.End) is { } t)
            {
                w.WritePropertyName("value");
                w.WriteValue(t.Value);
                w.WritePropertyName("kind");
                w.WriteValue(t.Kind.ToString().ToLowerInvariant());
                w.WritePropertyName("granularity");
                w.WriteValue(GranularityName(t.Granularity));
                w.WritePropertyName("anchor");
                w.WriteValue(AnchorName(t.Anchor));
                if (t.RangeStart is not null)
                {
                    // Offsets already own "start"/"end": a range's values nest under "range".
                    w.WritePropertyName("range");
                    w.WriteStartObject();
                    w.WritePropertyName("start");
                    w.WriteValue(t.RangeStart);
                    w.WritePropertyName("end");
                    w.WriteValue(t.RangeEnd);
                    w.WriteEndObject();
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The entity id of a span ("cluster": the index into "clusters", or null), when the document has a coreference layer.</summary>
    private static void WriteCluster(JsonWriter w, Document d, int start, int end)
    {
        if (!d.Layers.HasFlag(DocumentLayers.Coreference)) return;
        w.WritePropertyName("cluster");
        if (d.ClusterOf(start, end) is int id) w.WriteValue(id);
        else w.WriteNull();
    }

    /// <summary>The entity list: one object per entity mentioned at least twice, with its name, type and mentions.</summary>
    private static void WriteClusters(JsonWriter w, Document d)
    {
        w.WritePropertyName("clusters");
        w.WriteStartArray();
        bool hasIdentity = d.Layers.HasFlag(DocumentLayers.Identity);
        foreach (var c in d.EntityClusters)
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            w.WriteValue(c.Id);
            w.WritePropertyName("name");
            w.WriteValue(c.Canonical);
            w.WritePropertyName("type");
            w.WriteValue(TypeName(c.Type));
            if (hasIdentity) WriteIdentity(w, d.ClusterIdentities[c.Id]);
            w.WritePropertyName("mentions");
            w.WriteStartArray();
            foreach (var m in c.Mentions)
            {
                w.WriteStartObject();
                w.WritePropertyName("text");
                w.WriteValue(m.Text);
                WriteSpan(w, m.Start, m.End);
                w.WritePropertyName("kind");
                w.WriteValue(m.Kind switch { MentionKind.Name => "name", MentionKind.Nominal => "nominal", _ => "pronoun" });
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteReference(JsonWriter w, Document d, string name, EntityReference? r)
    {
        w.WritePropertyName(name);
        if (r is null) { w.WriteNull(); return; }
        w.WriteStartObject();
        w.WritePropertyName("text");
        w.WriteValue(r.Text);
        WriteSpan(w, r.Start, r.End);
        w.WritePropertyName("type");
        w.WriteValue(TypeName(r.Type));
        WriteNames(w, r.Canonical, r.Codes);
        if (r.Start >= 0) WriteCluster(w, d, r.Start, r.End);
        if (r.Geo is { } g) WriteGeo(w, g);
        w.WriteEndObject();
    }

    private static void WriteGeo(JsonWriter w, GeoPlace g)
    {
        w.WritePropertyName("geo");
        w.WriteStartObject();
        Property(w, "geonames_id", g.GeoNamesId);
        Property(w, "name", g.Name);
        Property(w, "country", g.CountryCode);
        Property(w, "lat", g.Latitude);
        Property(w, "lon", g.Longitude);
        Property(w, "feature", g.FeatureCode);
        w.WriteEndObject();
    }

    /// <summary>Who a mention or entity is (the identity layer): "canonical", "codes" and, for a resolved place, "geo".</summary>
    private static void WriteIdentity(JsonWriter w, EntityIdentity identity)
    {
        WriteNames(w, identity.Canonical, identity.Codes);
        if (identity.Geo is { } g) WriteGeo(w, g);
    }

    /// <summary>"canonical" and "codes", as every reference and identity writes them.</summary>
    private static void WriteNames(JsonWriter w, string? canonical, IReadOnlyList<string> codes)
    {
        w.WritePropertyName("canonical");
        w.WriteValue(canonical);
        w.WritePropertyName("codes");
        w.WriteStartArray();
        foreach (var c in codes) w.WriteValue(c);
        w.WriteEndArray();
    }

    private static void WriteEvents(JsonWriter w, Document d)
    {
        w.WritePropertyName("events");
        w.WriteStartArray();
        foreach (var e in d.Events)
        {
            w.WriteStartObject();
            WriteReference(w, d, "actor", e.Actor);
            w.WritePropertyName("action");
            w.WriteStartObject();
            w.WritePropertyName("text");
            w.WriteValue(e.Action.Text);
            WriteSpan(w, e.Action.Start, e.Action.End);
            w.WritePropertyName("lemma");
            w.WriteValue(e.Action.Lemma);
            w.WritePropertyName("cameo");
            w.WriteValue(e.Action.Cameo);
            w.WritePropertyName("class");
            w.WriteValue(e.Action.Class is { } eventClass ? EventLabels.Name(eventClass) : null);
            w.WriteEndObject();
            WriteReference(w, d, "target", e.Target);
            w.WritePropertyName("date");
            if (e.Date is null) w.WriteNull();
            else
            {
                w.WriteStartObject();
                w.WritePropertyName("text");
                w.WriteValue(e.Date.Text);
                w.WritePropertyName("value");
                w.WriteValue(e.Date.Value);
                w.WritePropertyName("source");
                w.WriteValue(DateSourceName(e.Date.Source));
                w.WriteEndObject();
            }
            WriteReference(w, d, "place", e.Place);
            w.WritePropertyName("polarity");
            w.WriteValue(EventLabels.Name(e.Polarity));
            w.WritePropertyName("modality");
            w.WriteValue(EventLabels.Name(e.Modality));
            w.WritePropertyName("reciprocal");
            w.WriteValue(e.Reciprocal);
            w.WritePropertyName("confidence");
            w.WriteValue(Math.Round(e.Confidence, 4));
            w.WritePropertyName("zone");
            w.WriteValue(e.Zone is { } zone ? ZoneName(zone) : null);
            w.WritePropertyName("sentence");
            w.WriteValue(e.Sentence);
            WriteSpan(w, e.Start, e.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRelations(JsonWriter w, Document d)
    {
        w.WritePropertyName("relations");
        w.WriteStartArray();
        foreach (var r in d.Relations)
        {
            w.WriteStartObject();
            w.WritePropertyName("type");
            w.WriteValue(r.Type);
            WriteReference(w, d, "subject", r.Subject);
            WriteReference(w, d, "object", r.Object);
            w.WritePropertyName("role");
            w.WriteValue(r.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The JSON name of a date source: text, sentence, article or publish-date.</summary>
    internal static string DateSourceName(DateSource source) => source switch
    {
        DateSource.Text => "text",
        DateSource.Sentence => "sentence",
        DateSource.Article => "article",
        _ => "publish-date",
    };
}

