using Microsoft.ML.Transforms;

namespace NewsNlp.ML;

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
