using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsNlp.Serialization;

/// <summary>Reads the schema back into a <see cref="Document"/> (text, tokens, words, sentences, entities).</summary>
internal static class DocumentJsonReader
{
    public static Document Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
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
        var doc = new Document(text, published is null ? null : DocumentJson.ParsePublished(published), o.Value<string>("id"));

        if (o["tokens"] is JArray tokenArray)
        {
            var tokens = new Token[tokenArray.Count];
            var words = new List<Word>(tokenArray.Count);
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = (JObject)tokenArray[i];
                int start = Int(t, "start"), end = Int(t, "end");
                int first = words.Count;
                if (t["words"] is JArray wa)
                    foreach (JObject wo in wa.Cast<JObject>())
                        words.Add(new Word(Int(wo, "start"), Int(wo, "end"), i));
                else
                    words.Add(new Word(start, end, i));
                tokens[i] = new Token(start, end, ParseKind(t.Value<string>("kind")), first, words.Count - first);
            }
            doc.SetTokens(tokens, words.ToArray());
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
        return doc;
    }

    private static TemporalGranularity ParseGranularity(string? name) =>
        name == "time" ? TemporalGranularity.TimeOfDay : Enum.TryParse<TemporalGranularity>(name, true, out var g) ? g : TemporalGranularity.None;

    private static int Int(JObject o, string name) =>
        o.Value<int?>(name) ?? throw new JsonException($"Missing integer '{name}' at {o.Path}.");

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
