using Microsoft.ML.Data;

namespace NewsNlp.ML;

/// <summary>The columns the mapping adds; each is a variable-length vector of text.</summary>
public sealed class NewsAnnotationRow
{
    /// <summary>Entity texts, in text order (dates included).</summary>
    [ColumnName(NewsColumns.Entities)]
    public string[] Entities { get; set; } = [];

    /// <summary>The coarse type of each entity (PERSON, LOCATION, ORGANIZATION, DATE, OTHER).</summary>
    [ColumnName(NewsColumns.EntityTypes)]
    public string[] EntityTypes { get; set; } = [];

    /// <summary>One string per event, <c>actor|action lemma|target</c> with canonical names ("Vladimir Putin|visit|North Korea").</summary>
    [ColumnName(NewsColumns.Events)]
    public string[] Events { get; set; } = [];

    /// <summary>The CAMEO code of each event ("042").</summary>
    [ColumnName(NewsColumns.CameoCodes)]
    public string[] CameoCodes { get; set; } = [];

    /// <summary>The CAMEO root code of each event ("04"), a compact feature for classifiers.</summary>
    [ColumnName(NewsColumns.CameoRoots)]
    public string[] CameoRoots { get; set; } = [];

    /// <summary>The class of each event ("verbal-cooperation"; empty when it has none): <see cref="EventAction.Class"/>.</summary>
    [ColumnName(NewsColumns.EventClasses)]
    public string[] EventClasses { get; set; } = [];

    /// <summary>The actor codes of each event's actor ("cameo:RUSGOV", "iso:RU"), flattened.</summary>
    [ColumnName(NewsColumns.ActorCodes)]
    public string[] ActorCodes { get; set; } = [];
}
