using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsNlp.Serialization;

/// <summary>
/// Reads the schema back into a <see cref="Document"/>: text, tokens, words and their syntax,
/// sentences, entities with their date values, events and relations, so that writing the result
/// again gives the same JSON.
/// </summary>
internal static class DocumentJsonReader
{
    public static Document Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return ReadDocument(json);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or OverflowException or InvalidOperationException)
        {
            // A value of the wrong type or a span outside the text: the same clear exception as bad syntax.
            throw new JsonException($"Not a NewsNlp document: {e.Message}", e);
        }
    }

    private static Document ReadDocument(string json)
    {
        JObject o;
        try
        {
            // Dates stay strings: Json.NET would otherwise convert "published" to local time.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            o = JObject.Load(reader);
        }
        catch (JsonReaderException e)
        {
            throw new JsonException($"Not a NewsNlp document: {e.Message}", e);
        }
        string text = o.Value<string>("text") ?? throw new JsonException("The document has no 'text'; write it with the Text include to read it back.");
        string? published = o.Value<string>("published");
        var doc = new Document(text, published is null ? null : DocumentJson.ParsePublished(published), o.Value<string>("id"))
        {
            Page = o["page"] is JObject page ? ReadPage(page, text) : null,
        };

        if (o["tokens"] is JArray tokenArray)
        {
            var tokens = new Token[tokenArray.Count];
            var words = new List<Word>(tokenArray.Count);
            // Syntax is written per word when the document had it ("pos", "tag", "lemma", "head", "rel").
            var syntax = new List<WordSyntax>(tokenArray.Count);
            bool hasSyntax = tokenArray.Count > 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = (JObject)tokenArray[i];
                int start = Int(t, "start"), end = Int(t, "end");
                int first = words.Count;
                if (t["words"] is JArray wa)
                {
                    foreach (JObject wo in wa.Cast<JObject>())
                    {
                        words.Add(new Word(Int(wo, "start"), Int(wo, "end"), i));
                        hasSyntax &= ReadSyntax(wo, syntax);
                    }
                }
                else
                {
                    words.Add(new Word(start, end, i));
                    hasSyntax &= ReadSyntax(t, syntax);
                }
                tokens[i] = new Token(start, end, ParseKind(t.Value<string>("kind")), first, words.Count - first);
            }
            doc.SetTokens(tokens, words.ToArray());
            if (hasSyntax) doc.SetSyntax(syntax.ToArray());
        }
        if (o["zones"] is JArray zoneArray)
        {
            doc.SetZones(zoneArray.Cast<JObject>().Select(z => new Zone(Int(z, "start"), Int(z, "end"), ParseZone(z.Value<string>("kind")),
                z.Value<int?>("repeat_of") ?? -1, z.Value<float?>("confidence") ?? 1f)).ToArray());
        }
        if (o["sentences"] is JArray sentenceArray)
        {
            var sentences = new Sentence[sentenceArray.Count];
            for (int i = 0; i < sentences.Length; i++)
            {
                var s = (JObject)sentenceArray[i];
                sentences[i] = new Sentence(Int(s, "start"), Int(s, "end"), Int(s, "firstToken"), Int(s, "tokenCount"));
            }
            doc.SetSentences(sentences);
        }
        if (o["entities"] is JArray entityArray && entityArray.Count > 0)
        {
            var entities = new EntityMention[entityArray.Count];
            for (int i = 0; i < entities.Length; i++)
            {
                var e = (JObject)entityArray[i];
                entities[i] = new EntityMention(Int(e, "start"), Int(e, "end"), e.Value<string>("text") ?? "",
                    e.Value<string>("label") ?? "", ParseType(e.Value<string>("type")), e.Value<double?>("confidence") ?? 1.0);
            }
            doc.SetEntities(entities);
            var dates = new List<TemporalValue>();
            foreach (JObject e in entityArray.Cast<JObject>())
            {
                if (e.Value<string>("value") is not { } value) continue;
                var range = e["range"] as JObject;
                dates.Add(new TemporalValue(Int(e, "start"), Int(e, "end"), e.Value<string>("text") ?? "", value,
                    Enum.TryParse<TemporalKind>(e.Value<string>("kind"), true, out var kind) ? kind : TemporalKind.Date,
                    ParseGranularity(e.Value<string>("granularity")), range?.Value<string>("start"), range?.Value<string>("end"),
                    e.Value<string>("anchor") switch { "publish-date" => TemporalAnchor.PublishDate, "unresolved" => TemporalAnchor.Unresolved, _ => TemporalAnchor.Absolute }));
            }
            if (dates.Count > 0) doc.SetDates(dates.ToArray());
        }
        if (o["clusters"] is JArray clusterArray)
        {
            doc.SetEntityClusters(clusterArray.Cast<JObject>().Select(c => new EntityCluster(Int(c, "id"), c.Value<string>("name") ?? "", ParseType(c.Value<string>("type")),
                (c["mentions"] as JArray ?? throw new JsonException($"Missing 'mentions' at {c.Path}.")).Cast<JObject>().Select(m => new ClusterMention(Int(m, "start"), Int(m, "end"),
                    m.Value<string>("text") ?? "", m.Value<string>("kind") switch
                    {
                        "name" => MentionKind.Name,
                        "nominal" => MentionKind.Nominal,
                        "pronoun" => MentionKind.Pronoun,
                        var other => throw new JsonException($"Unknown mention kind '{other}' at {m.Path}."),
                    })).ToArray())).ToArray());
        }
        // The identity layer: "codes" on the entity mentions and on the coreference entities.
        var entityObjects = o["entities"] as JArray;
        var clusterObjects = o["clusters"] as JArray;
        if ((entityObjects?.Any(e => e["codes"] is not null) ?? false) || (clusterObjects?.Any(c => c["codes"] is not null) ?? false))
        {
            var mentions = entityObjects?.Cast<JObject>().Select(ReadIdentity).ToArray() ?? [];
            var clusters = clusterObjects?.Cast<JObject>().Select(ReadIdentity).ToArray() ?? [];
            if (mentions.Length == doc.Entities.Count && clusters.Length == doc.EntityClusters.Count) doc.SetIdentities(mentions, clusters);
        }
        if (o["events"] is JArray eventArray && eventArray.Count > 0)
            doc.SetEvents(eventArray.Cast<JObject>().Select(ReadEvent).ToArray());
        if (o["relations"] is JArray relationArray && relationArray.Count > 0)
        {
            doc.SetRelations(relationArray.Cast<JObject>().Select(r => new Relation(r.Value<string>("type") ?? "",
                ReadReference(r["subject"]) ?? throw new JsonException($"Missing 'subject' at {r.Path}."),
                ReadReference(r["object"]) ?? throw new JsonException($"Missing 'object' at {r.Path}."), r.Value<string>("role"))).ToArray());
        }
        return doc;
    }

    private static Html.WebPage ReadPage(JObject p, string text) => new(text, p.Value<string>("title"), p.Value<string>("byline"), p.Value<string>("language"),
        p.Value<string>("published") is { } date ? DocumentJson.ParsePublished(date) : null,
        p["warnings"] is JArray a ? a.Select(w => (string?)w ?? "").ToArray() : []);

    private static bool ReadSyntax(JObject o, List<WordSyntax> syntax)
    {
        if (o["head"] is not JValue) return false;
        syntax.Add(new WordSyntax(o.Value<string>("pos"), o.Value<string>("tag"), o.Value<string>("lemma"), Int(o, "head"), o.Value<string>("rel")));
        return true;
    }

    private static EventDate ReadDate(JObject date)
    {
        var value = new EventDate(date.Value<string>("text"), date.Value<string>("value") ?? "");
        return date.Value<string>("source") switch
        {
            null => value,
            "text" => value with { Source = DateSource.Text },
            "sentence" => value with { Source = DateSource.Sentence },
            "article" => value with { Source = DateSource.Article },
            "publish-date" => value with { Source = DateSource.PublishDate },
            var other => throw new JsonException($"Unknown date source '{other}' at {date.Path}."),
        };
    }

    private static NewsEvent ReadEvent(JObject e)
    {
        var action = e["action"] as JObject ?? throw new JsonException($"Missing 'action' at {e.Path}.");
        var date = e["date"] as JObject;
        return new NewsEvent(ReadReference(e["actor"]),
            new EventAction(Int(action, "start"), Int(action, "end"), action.Value<string>("text") ?? "", action.Value<string>("lemma") ?? "", action.Value<string>("cameo"))
            {
                Class = action.Value<string>("class") is { } name
                    ? EventLabels.ParseClass(name) ?? throw new JsonException($"'class' at {action.Path} must be statement, verbal-cooperation, material-cooperation, verbal-conflict or material-conflict.")
                    : null,
            },
            ReadReference(e["target"]),
            date is null ? null : ReadDate(date),
            ReadReference(e["place"]),
            EventLabels.ParsePolarity(e.Value<string>("polarity")) ?? throw new JsonException($"'polarity' at {e.Path} must be positive or negative."),
            EventLabels.ParseModality(e.Value<string>("modality")) ?? throw new JsonException($"'modality' at {e.Path} must be asserted, planned, alleged, reported or hypothetical."),
            e.Value<double?>("confidence") ?? 1.0, Int(e, "sentence"), Int(e, "start"), Int(e, "end"))
        {
            Zone = e.Value<string>("zone") is { } zone ? ParseZone(zone) : null,
            Reciprocal = e.Value<bool?>("reciprocal") ?? false,
        };
    }

    private static EntityIdentity ReadIdentity(JObject o)
    {
        var codes = o["codes"] is JArray a ? a.Select(c => (string?)c ?? "").ToArray() : [];
        var identity = new EntityIdentity(o.Value<string>("canonical"), codes, ReadGeo(o["geo"]));
        return identity.IsEmpty ? EntityIdentity.None : identity;
    }

    // Population is not written; it reads back as 0.
    private static GeoPlace? ReadGeo(JToken? token) => token is JObject g
        ? new GeoPlace(g.Value<long>("geonames_id"), g.Value<string>("name") ?? "", g.Value<string>("country") ?? "",
            g.Value<double>("lat"), g.Value<double>("lon"), g.Value<string>("feature") ?? "", 0)
        : null;

    private static EntityReference? ReadReference(JToken? token)
    {
        if (token is not JObject r) return null;
        var codes = r["codes"] is JArray a ? a.Select(c => (string?)c ?? "").ToArray() : [];
        var reference = new EntityReference(Int(r, "start"), Int(r, "end"), r.Value<string>("text") ?? "", ParseType(r.Value<string>("type")), r.Value<string>("canonical"), codes);
        if (ReadGeo(r["geo"]) is { } geo) reference = reference with { Geo = geo };
        return reference;
    }

    private static TemporalGranularity ParseGranularity(string? name) =>
        name == "time" ? TemporalGranularity.TimeOfDay : Enum.TryParse<TemporalGranularity>(name, true, out var g) ? g : TemporalGranularity.None;

    private static int Int(JObject o, string name) =>
        o.Value<int?>(name) ?? throw new JsonException($"Missing integer '{name}' at {o.Path}.");

    private static ZoneKind ParseZone(string? name)
    {
        foreach (var k in Enum.GetValues<ZoneKind>())
            if (DocumentJsonWriter.ZoneName(k) == name) return k;
        throw new JsonException($"Unknown zone kind '{name}'.");
    }

    private static TokenKind ParseKind(string? name)
    {
        foreach (var k in Enum.GetValues<TokenKind>())
            if (DocumentJsonWriter.KindName(k) == name) return k;
        throw new JsonException($"Unknown token kind '{name}'.");
    }

    private static EntityType ParseType(string? name)
    {
        foreach (var t in Enum.GetValues<EntityType>())
            if (DocumentJsonWriter.TypeName(t) == name) return t;
        throw new JsonException($"Unknown entity type '{name}'.");
    }
}
