using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>
/// The default pipeline with the bundled event model minus its learned scorer: every candidate the
/// rules build is kept. Tests of the rules (actors, targets, dates, places, modality) use it so that
/// they test the rules, not the scorer's threshold; the scorer has its own tests.
/// </summary>
internal static class CandidatePipeline
{
    private static readonly Lazy<NewsPipeline> Shared = new(() => NewsPipeline.Create(
        [.. NewsPipelineBuilder.Stages(new() { Layers = NewsPipelineOptions.AllLayers & ~(DocumentLayers.Events | DocumentLayers.Relations) }),
         new EventExtractor(BundledModels.EnglishEvents.WithScorer(null))]));

    public static NewsPipeline Instance => Shared.Value;
}
