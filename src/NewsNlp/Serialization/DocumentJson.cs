using System.Globalization;
using Newtonsoft.Json;

namespace NewsNlp.Serialization;

/// <summary>
/// Writes and reads documents in NewsNlp's JSON schema (<c>schema/newsnlp-document.schema.json</c>).
/// Property names and order are part of the schema; new optional properties may be added.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class DocumentJson
{
    /// <summary>Format of <c>published</c> when it is a plain date (midnight UTC).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Serialises <paramref name="document"/> to a JSON string.</summary>
    public static string Serialize(Document document, JsonOutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(sw, document, options);
        return sw.ToString();
    }

    /// <summary>Writes <paramref name="document"/> as one JSON object to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, Document document, JsonOutputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        options ??= new JsonOutputOptions();
        using var w = new JsonTextWriter(writer)
        {
            Formatting = options.Indented ? Formatting.Indented : Formatting.None,
            CloseOutput = false,
        };
        DocumentJsonWriter.Write(w, document, options.Include);
        w.Flush();
    }

    /// <summary>Formats a publish date the way the schema does.</summary>
    public static string FormatPublished(DateTimeOffset published) =>
        published.TimeOfDay == TimeSpan.Zero && published.Offset == TimeSpan.Zero
            ? published.ToString(DateFormat, CultureInfo.InvariantCulture)
            // Fractions of a second only when there are any (".FFFFFFF" drops trailing zeros), so nothing is lost.
            : published.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>Parses a publish date: <c>yyyy-MM-dd</c> (taken as midnight UTC) or an ISO 8601 date and time.</summary>
    /// <exception cref="FormatException">Not a date.</exception>
    public static DateTimeOffset ParsePublished(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (DateTime.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new DateTimeOffset(d.Year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero);
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return exact;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
            return dto;
        throw new FormatException($"'{value}' is not a date; use yyyy-MM-dd or an ISO 8601 date and time.");
    }

    /// <summary>
    /// Reads a document written with <see cref="JsonIncludes.Text"/> (and, to restore them,
    /// tokens and sentences). Entities, dates, syntax, events and relations are restored.
    /// </summary>
    /// <exception cref="JsonException">The JSON does not follow the schema.</exception>
    public static Document Deserialize(string json) => DocumentJsonReader.Read(json);

    // The schema's names of the enum values, for outputs that must print what the JSON prints
    // (the command line's tables and HTML view).

    /// <summary>The schema's name of a zone kind ("headline", "body" ...).</summary>
    public static string Name(ZoneKind kind) => DocumentJsonWriter.ZoneName(kind);

    /// <summary>The schema's name of a coarse entity type ("PERSON", "LOCATION" ...).</summary>
    public static string Name(EntityType type) => DocumentJsonWriter.TypeName(type);

    /// <summary>The schema's name of a date granularity ("day", "week" ...).</summary>
    public static string Name(TemporalGranularity granularity) => DocumentJsonWriter.GranularityName(granularity);

    /// <summary>The schema's name of what a date was resolved against ("publish_date" ...).</summary>
    public static string Name(TemporalAnchor anchor) => DocumentJsonWriter.AnchorName(anchor);

    /// <summary>The schema's name of where an event's date came from ("text", "sentence", "article", "publish-date").</summary>
    public static string Name(DateSource source) => DocumentJsonWriter.DateSourceName(source);

    /// <summary>The schema's name of an event's polarity ("positive", "negative").</summary>
    public static string Name(Polarity polarity) => EventLabels.Name(polarity);

    /// <summary>The schema's name of an event's modality ("asserted", "planned" ...).</summary>
    public static string Name(Modality modality) => EventLabels.Name(modality);

    /// <summary>The JSON name of an event class ("verbal-cooperation").</summary>
    public static string Name(EventClass eventClass) => EventLabels.Name(eventClass);
}
