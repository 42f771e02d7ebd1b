using System.Reflection;
// System.Text.Json's [JsonPropertyName] is here only because Parquet.Net's serializer reads column names
// from it; the documents themselves are written with Newtonsoft.Json, the core library's one JSON stack.
using System.Text.Json.Serialization;
using CsvHelper;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Output;

/// <summary>
/// One row of the <c>entities</c> table (DATE/TIME rows carry their resolved value; <c>cluster</c> is the
/// entity id of the JSON's "clusters"; <c>canonical</c>, <c>codes</c> (space-separated) and the GeoNames
/// place come from the identity layer).
/// </summary>
public sealed class EntityRow
{
    [JsonPropertyName("document_id")] public string? DocumentId { get; set; }
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("end")] public int End { get; set; }
    [JsonPropertyName("text")] public string Text { get; set; } = "";
    [JsonPropertyName("label")] public string Label { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("confidence")] public double Confidence { get; set; }
    [JsonPropertyName("value")] public string? Value { get; set; }
    [JsonPropertyName("kind")] public string? Kind { get; set; }
    [JsonPropertyName("granularity")] public string? Granularity { get; set; }
    [JsonPropertyName("anchor")] public string? Anchor { get; set; }
    [JsonPropertyName("range_start")] public string? RangeStart { get; set; }
    [JsonPropertyName("range_end")] public string? RangeEnd { get; set; }
    [JsonPropertyName("zone")] public string? Zone { get; set; }
    [JsonPropertyName("cluster")] public int? Cluster { get; set; }
    [JsonPropertyName("canonical")] public string? Canonical { get; set; }
    [JsonPropertyName("codes")] public string? Codes { get; set; }
    [JsonPropertyName("geonames_id")] public long? GeoNamesId { get; set; }
    [JsonPropertyName("lat")] public double? Latitude { get; set; }
    [JsonPropertyName("lon")] public double? Longitude { get; set; }
}

/// <summary>One row of the <c>events</c> table.</summary>
public sealed class EventRow
{
    [JsonPropertyName("document_id")] public string? DocumentId { get; set; }
    [JsonPropertyName("actor")] public string? Actor { get; set; }
    [JsonPropertyName("actor_type")] public string? ActorType { get; set; }
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("lemma")] public string Lemma { get; set; } = "";
    [JsonPropertyName("cameo")] public string? Cameo { get; set; }
    [JsonPropertyName("class")] public string? Class { get; set; }
    [JsonPropertyName("target")] public string? Target { get; set; }
    [JsonPropertyName("target_type")] public string? TargetType { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("date_source")] public string? DateSource { get; set; }
    [JsonPropertyName("place")] public string? Place { get; set; }
    [JsonPropertyName("polarity")] public string Polarity { get; set; } = "";
    [JsonPropertyName("modality")] public string Modality { get; set; } = "";
    [JsonPropertyName("reciprocal")] public bool Reciprocal { get; set; }
    [JsonPropertyName("confidence")] public double Confidence { get; set; }
    [JsonPropertyName("zone")] public string? Zone { get; set; }
    [JsonPropertyName("sentence")] public int Sentence { get; set; }
    [JsonPropertyName("start")] public int Start { get; set; }
    [JsonPropertyName("end")] public int End { get; set; }
    [JsonPropertyName("actor_cluster")] public int? ActorCluster { get; set; }
    [JsonPropertyName("target_cluster")] public int? TargetCluster { get; set; }
}

/// <summary>One row of the <c>relations</c> table.</summary>
public sealed class RelationRow
{
    [JsonPropertyName("document_id")] public string? DocumentId { get; set; }
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("subject")] public string Subject { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "";
    [JsonPropertyName("role")] public string? Role { get; set; }
}

/// <summary>Flattens documents into the three analytics tables.</summary>
internal static class TableRows
{
    public static void Add(Document d, List<EntityRow> entities, List<EventRow> events, List<RelationRow> relations)
    {
        bool hasIdentity = d.Layers.HasFlag(DocumentLayers.Identity);
        for (int i = 0; i < d.Entities.Count; i++)
        {
            var e = d.Entities[i];
            var row = new EntityRow
            {
                DocumentId = d.Id, Start = e.Start, End = e.End, Text = e.Text, Label = e.Label,
                Type = DocumentJson.Name(e.Type), Confidence = Math.Round(e.Confidence, 4),
                Zone = d.ZoneAt(e.Start) is { } zone ? DocumentJson.Name(zone.Kind) : null,
                Cluster = d.ClusterOf(e.Start, e.End),
            };
            if (hasIdentity && d.Identities[i] is { IsEmpty: false } identity)
            {
                row.Canonical = identity.Canonical;
                row.Codes = identity.Codes.Count > 0 ? string.Join(' ', identity.Codes) : null;
                row.GeoNamesId = identity.Geo?.GeoNamesId;
                row.Latitude = identity.Geo?.Latitude;
                row.Longitude = identity.Geo?.Longitude;
            }
            if (d.DateAt(e.Start, e.End) is { } t)
            {
                row.Value = t.Value;
                row.Kind = t.Kind.ToString().ToLowerInvariant();
                row.Granularity = DocumentJson.Name(t.Granularity);
                row.Anchor = DocumentJson.Name(t.Anchor);
                row.RangeStart = t.RangeStart;
                row.RangeEnd = t.RangeEnd;
            }
            entities.Add(row);
        }
        foreach (var e in d.Events)
            events.Add(new EventRow
            {
                DocumentId = d.Id, Actor = e.Actor?.Text, ActorType = e.Actor is null ? null : DocumentJson.Name(e.Actor.Type),
                Action = e.Action.Text, Lemma = e.Action.Lemma, Cameo = e.Action.Cameo,
                Class = e.Action.Class is { } c ? DocumentJson.Name(c) : null, Target = e.Target?.Text,
                TargetType = e.Target is null ? null : DocumentJson.Name(e.Target.Type), Date = e.Date?.Value,
                DateSource = e.Date is null ? null : DocumentJson.Name(e.Date.Source), Place = e.Place?.Text,
                Polarity = DocumentJson.Name(e.Polarity), Modality = DocumentJson.Name(e.Modality), Reciprocal = e.Reciprocal, Confidence = e.Confidence, Zone = e.Zone is { } z ? DocumentJson.Name(z) : null,
                Sentence = e.Sentence, Start = e.Start, End = e.End,
                ActorCluster = e.Actor is { Start: >= 0 } a ? d.ClusterOf(a.Start, a.End) : null,
                TargetCluster = e.Target is { Start: >= 0 } t ? d.ClusterOf(t.Start, t.End) : null,
            });
        foreach (var r in d.Relations)
            relations.Add(new RelationRow { DocumentId = d.Id, Type = r.Type, Subject = r.Subject.Text, Object = r.Object.Text, Role = r.Role });
    }

    /// <summary>
    /// RFC 4180 CSV (CsvHelper: CRLF line ends, quotes where a field needs them, numbers in the
    /// invariant culture, doubles as the shortest text that round-trips) with a header row; the columns
    /// are the properties in declaration order, named as in the Parquet files.
    /// </summary>
    public static void WriteCsv<T>(TextWriter w, IEnumerable<T> rows, bool header = true)
    {
        using var csv = CsvWriter.Create(w, CsvWriterOptions.Default, leaveOpen: true);
        if (header) csv.WriteHeader(Columns<T>.Names);
        var props = Columns<T>.Properties;
        foreach (var row in rows)
        {
            foreach (var p in props) csv.WriteField(p.GetValue(row));
            csv.EndRecord();
        }
    }

    /// <summary>A row type's columns, looked up once per type.</summary>
    private static class Columns<T>
    {
        public static readonly PropertyInfo[] Properties = typeof(T).GetProperties();

        // The same column names as the Parquet files: the properties' [JsonPropertyName].
        public static readonly string[] Names = [.. Properties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name)];
    }
}
