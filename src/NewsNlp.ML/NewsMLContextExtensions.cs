using Microsoft.ML;

namespace NewsNlp.ML;

/// <summary>ML.NET entry points.</summary>
public static class NewsMLContextExtensions
{
    /// <summary>
    /// Adds NewsNlp's annotation columns (<see cref="NewsColumns"/>: entities and their types, events as
    /// <c>actor|action|target</c>, CAMEO codes and root codes, actor codes) for the text column
    /// <paramref name="inputColumnName"/> and, optionally, a <see cref="DateTime"/> publish-date column.
    /// The input columns are kept; downstream featurizers and trainers can use the new ones. The
    /// estimator belongs to <paramref name="mlContext"/> (its seed, log and component catalog).
    /// </summary>
    /// <example>
    /// <code>
    /// var pipeline = ml.ExtractNewsEvents("Text")
    ///     .Append(ml.Transforms.Conversion.MapValueToKey("Roots", NewsColumns.CameoRoots))
    ///     .Append(ml.Transforms.Conversion.MapKeyToVector("Features", "Roots", outputCountVector: true));
    /// </code>
    /// </example>
    public static IEstimator<ITransformer> ExtractNewsEvents(this MLContext mlContext, string inputColumnName, string? publishedColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        var transforms = mlContext.Transforms;
        IEstimator<ITransformer> copy = transforms.CopyColumns(NewsColumns.Text, inputColumnName);
        if (publishedColumnName is null)
            return copy.Append(transforms.CustomMapping(new NewsTextMappingFactory().GetMapping(), NewsTextMappingFactory.ContractName));
        return copy.Append(transforms.CopyColumns(NewsColumns.Published, publishedColumnName))
            .Append(transforms.CustomMapping(new NewsTextDateMappingFactory().GetMapping(), NewsTextDateMappingFactory.ContractName));
    }

    /// <summary>The same estimator, in an <see cref="MLContext"/> of its own.</summary>
    /// <remarks>
    /// ML.NET gives an extension no public way from a catalog back to its context, so this overload
    /// cannot use the caller's: it is kept for existing code and points to the one that can.
    /// </remarks>
    // RS0026: the overloads differ in their first (this) parameter, so the optional ones cannot make a call ambiguous.
#pragma warning disable RS0026
    [Obsolete("Use mlContext.ExtractNewsEvents(...), which builds the estimator in your MLContext; ML.NET gives a catalog extension no way to reach it.")]
    public static IEstimator<ITransformer> ExtractNewsEvents(this TransformsCatalog.TextTransforms catalog, string inputColumnName, string? publishedColumnName = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new MLContext().ExtractNewsEvents(inputColumnName, publishedColumnName);
    }
#pragma warning restore RS0026

    /// <summary>Registers NewsNlp's mappings with a context, so saved models that contain them load.</summary>
    public static void RegisterNewsNlp(this MLContext mlContext)
    {
        ArgumentNullException.ThrowIfNull(mlContext);
        mlContext.ComponentCatalog.RegisterAssembly(typeof(NewsTextMappingFactory).Assembly);
    }
}
