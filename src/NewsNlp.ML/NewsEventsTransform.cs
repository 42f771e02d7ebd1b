using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using NewsNlp.Pipeline;

namespace NewsNlp.ML;

/// <summary>The input row of the NewsNlp mapping: the article text.</summary>
public sealed class NewsTextRow
{
    /// <summary>The article text (column <c>NewsText</c>).</summary>
    [ColumnName(NewsColumns.Text)]
    public string? Text { get; set; }
}

/// <summary>The input row with a publish date, against which relative dates are resolved.</summary>
public sealed class NewsTextDateRow
{
    /// <summary>The article text (column <c>NewsText</c>).</summary>
    [ColumnName(NewsColumns.Text)]
    public string? Text { get; set; }

    /// <summary>The publish date (column <c>NewsPublished</c>); <see cref="DateTime.MinValue"/> means unknown.</summary>
    [ColumnName(NewsColumns.Published)]
    public DateTime Published { get; set; }
}

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

    /// <summary>The actor codes of each event's actor ("cameo:RUSGOV", "iso:RU"), flattened.</summary>
    [ColumnName(NewsColumns.ActorCodes)]
    public string[] ActorCodes { get; set; } = [];
}

/// <summary>Column names used by <see cref="NewsMLContextExtensions.ExtractNewsEvents"/>.</summary>
public static class NewsColumns
{
    /// <summary>Input text column inside the mapping.</summary>
    public const string Text = "NewsText";

    /// <summary>Input publish-date column inside the mapping.</summary>
    public const string Published = "NewsPublished";

    /// <summary>Output: entity texts.</summary>
    public const string Entities = "NewsEntities";

    /// <summary>Output: entity coarse types.</summary>
    public const string EntityTypes = "NewsEntityTypes";

    /// <summary>Output: events as <c>actor|action|target</c>.</summary>
    public const string Events = "NewsEvents";

    /// <summary>Output: CAMEO codes of the events.</summary>
    public const string CameoCodes = "NewsCameoCodes";

    /// <summary>Output: CAMEO root codes of the events.</summary>
    public const string CameoRoots = "NewsCameoRoots";

    /// <summary>Output: actor codes of the events' actors.</summary>
    public const string ActorCodes = "NewsActorCodes";
}

/// <summary>
/// The row mapping behind the estimator: the default NewsNlp pipeline (bundled models) over one
/// text. Registered under a contract name, so ML.NET models that contain it save and load
/// (call <see cref="NewsMLContextExtensions.RegisterNewsNlp"/> before <c>mlContext.Model.Load</c>).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class NewsTextMappingFactory : CustomMappingFactory<NewsTextRow, NewsAnnotationRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "NewsNlp.ExtractNewsEvents.v1";

    /// <inheritdoc/>
    public override Action<NewsTextRow, NewsAnnotationRow> GetMapping() => (input, output) => NewsMapping.Map(input.Text, null, output);
}

/// <summary>The mapping with a publish-date column.</summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class NewsTextDateMappingFactory : CustomMappingFactory<NewsTextDateRow, NewsAnnotationRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "NewsNlp.ExtractNewsEventsWithDate.v1";

    /// <inheritdoc/>
    public override Action<NewsTextDateRow, NewsAnnotationRow> GetMapping() => (input, output) =>
        NewsMapping.Map(input.Text, input.Published == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(input.Published, DateTimeKind.Utc)), output);
}

internal static class NewsMapping
{
    // The default pipeline is immutable and thread-safe: one for every row and every thread.
    private static readonly Lazy<NewsPipeline> Pipeline = new(NewsPipeline.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Map(string? text, DateTimeOffset? published, NewsAnnotationRow output)
    {
        var doc = Pipeline.Value.Process(text ?? "", published);
        output.Entities = doc.Entities.Select(e => e.Text).ToArray();
        output.EntityTypes = doc.Entities.Select(e => e.Type.ToString().ToUpperInvariant()).ToArray();
        output.Events = doc.Events.Select(e => $"{Name(e.Actor)}|{e.Action.Lemma}|{Name(e.Target)}").ToArray();
        output.CameoCodes = doc.Events.Select(e => e.Action.Cameo ?? "").ToArray();
        output.CameoRoots = doc.Events.Select(e => NewsNlp.Events.Cameo.Root(e.Action.Cameo) ?? "").ToArray();
        output.ActorCodes = doc.Events.SelectMany(e => e.Actor?.Codes ?? []).Distinct().ToArray();
    }

    private static string Name(EntityReference? r) => r is null ? "" : r.Canonical ?? r.Text;
}

/// <summary>ML.NET entry points.</summary>
public static class NewsMLContextExtensions
{
    /// <summary>
    /// Adds NewsNlp's annotation columns (<see cref="NewsColumns"/>: entities and their types, events as
    /// <c>actor|action|target</c>, CAMEO codes and root codes, actor codes) for the text column
    /// <paramref name="inputColumnName"/> and, optionally, a <see cref="DateTime"/> publish-date column.
    /// The input columns are kept; downstream featurizers and trainers can use the new ones.
    /// </summary>
    /// <example>
    /// <code>
    /// var pipeline = ml.Transforms.Text.ExtractNewsEvents("Text")
    ///     .Append(ml.Transforms.Conversion.MapValueToKey("Roots", NewsColumns.CameoRoots))
    ///     .Append(ml.Transforms.Conversion.MapKeyToVector("Features", "Roots", outputCountVector: true));
    /// </code>
    /// </example>
    public static IEstimator<ITransformer> ExtractNewsEvents(this TransformsCatalog.TextTransforms catalog, string inputColumnName, string? publishedColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        var ml = new MLContext();
        IEstimator<ITransformer> copy = ml.Transforms.CopyColumns(NewsColumns.Text, inputColumnName);
        if (publishedColumnName is null)
            return copy.Append(ml.Transforms.CustomMapping(new NewsTextMappingFactory().GetMapping(), NewsTextMappingFactory.ContractName));
        return copy.Append(ml.Transforms.CopyColumns(NewsColumns.Published, publishedColumnName))
            .Append(ml.Transforms.CustomMapping(new NewsTextDateMappingFactory().GetMapping(), NewsTextDateMappingFactory.ContractName));
    }

    /// <summary>Registers NewsNlp's mappings with a context, so saved models that contain them load.</summary>
    public static void RegisterNewsNlp(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsTextMappingFactory).Assembly);
    }
}
