using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Worker;

/// <summary>
/// An article on the wire: one JSON object <c>{"id","text"|"html","published","url"}</c>, as in
/// <c>newsnlp extract</c>'s JSON Lines input, but strict: unknown fields are refused (a typo such as
/// <c>"txt"</c> must not turn into an empty article).
/// </summary>
public static class ArticleWire
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The message body of <paramref name="article"/>; it must have an id.</summary>
    /// <exception cref="ArgumentException">The article has no id.</exception>
    public static byte[] Serialize(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrEmpty(article.Id)) throw new ArgumentException("An article on the queue needs an id (its message id).", nameof(article));
        var sb = new StringBuilder(article.Text.Length + (article.Html?.Length ?? 0) + 64);
        using (var w = new JsonTextWriter(new StringWriter(sb, CultureInfo.InvariantCulture)))
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            w.WriteValue(article.Id);
            if (article.Html is not null)
            {
                w.WritePropertyName("html");
                w.WriteValue(article.Html);
                if (article.Url is not null) { w.WritePropertyName("url"); w.WriteValue(article.Url); }
            }
            else
            {
                w.WritePropertyName("text");
                w.WriteValue(article.Text);
            }
            // A web page's default date (--published) is left out: the page's own date must win,
            // and on the wire a "published" wins over the page's (as in extract's JSON Lines).
            if (article.Published is { } p && !(article.Html is not null && article.PublishedIsDefault))
            {
                w.WritePropertyName("published");
                w.WriteValue(DocumentJson.FormatPublished(p));
            }
            w.WriteEndObject();
        }
        return Utf8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// Reads a message body. <paramref name="fallbackId"/> (the message id) is used when the object
    /// has no <c>"id"</c>. Returns null and a one-line <paramref name="reason"/> for bad input.
    /// </summary>
    public static NewsArticle? TryParse(ReadOnlySpan<byte> body, string? fallbackId, int maxChars, out string reason)
    {
        reason = "";
        if (body.IsEmpty) { reason = "empty message"; return null; }
        string json;
        try { json = Utf8.GetString(body); }
        catch (DecoderFallbackException) { reason = "the message is not UTF-8"; return null; }
        JObject o;
        try
        {
            // Dates stay strings: Json.NET would otherwise convert "published" to local time.
            using var jr = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(jr) is not JObject obj) { reason = "bad JSON: not an object"; return null; }
            o = obj;
            if (jr.Read() && jr.TokenType != JsonToken.Comment) { reason = "bad JSON: more than one value"; return null; }
        }
        catch (JsonReaderException e) { reason = "bad JSON: " + e.Message; return null; }

        foreach (var property in o.Properties())
            if (property.Name is not ("id" or "text" or "html" or "published" or "url"))
            {
                reason = $"unknown field \"{property.Name}\" (expected id, text or html, published, url)";
                return null;
            }
        var text = o["text"] as JValue;
        var html = o["html"] as JValue;
        bool hasText = text is { Type: JTokenType.String }, hasHtml = html is { Type: JTokenType.String };
        if (!hasText && !hasHtml) { reason = "no string \"text\" or \"html\""; return null; }
        if (hasText && hasHtml) { reason = "both \"text\" and \"html\"; give one"; return null; }
        string content = (string)(hasText ? text : html)!;
        if (string.IsNullOrWhiteSpace(content)) { reason = hasText ? "the text is empty" : "the html is empty"; return null; }
        if (content.Length > maxChars) { reason = $"the {(hasText ? "text" : "html")} is {content.Length:N0} characters, over the limit of {maxChars:N0}"; return null; }

        string? id = o["id"] switch
        {
            null or JValue { Type: JTokenType.Null } => fallbackId,
            JValue { Type: JTokenType.String or JTokenType.Integer } v => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
            _ => null,
        };
        if (string.IsNullOrEmpty(id)) { reason = "no \"id\" (a string or a number) and no message id"; return null; }

        DateTimeOffset? published = null;
        if (o["published"] is JValue pv && pv.Type != JTokenType.Null)
        {
            try { published = DocumentJson.ParsePublished(pv.ToString(CultureInfo.InvariantCulture)); }
            catch (FormatException e) { reason = e.Message; return null; }
        }
        string? url = null;
        if (o["url"] is JValue uv && uv.Type != JTokenType.Null)
        {
            if (uv.Type != JTokenType.String) { reason = "\"url\" must be a string"; return null; }
            url = (string?)uv;
        }
        if (hasHtml)
            // As in extract's JSON Lines: the record's own "published" wins over the page's.
            return NewsArticle.FromHtml(content, published, id, url) with { PublishedIsDefault = published is null };
        return new NewsArticle(content, published, id);
    }
}
