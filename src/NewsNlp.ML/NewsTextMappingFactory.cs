using Microsoft.ML.Transforms;

namespace NewsNlp.ML;

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
