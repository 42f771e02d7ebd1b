using NewsNlp.Pipeline;

namespace NewsNlp.ML;

internal static class NewsMapping
{
    // The default pipeline (the library's composition root) is immutable and thread-safe: one for
    // every row and every thread. Saved ML.NET models name the mapping by contract only, so the
    // pipeline cannot carry per-estimator options through a save and load: it is the default one.
    private static readonly Lazy<NewsPipeline> Pipeline = new(() => NewsPipelineBuilder.Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Map(string? text, DateTimeOffset? published, NewsAnnotationRow output)
    {
        var doc = Pipeline.Value.Process(text ?? "", published);
        output.Entities = doc.Entities.Select(e => e.Text).ToArray();
        output.EntityTypes = doc.Entities.Select(e => e.Type.ToString().ToUpperInvariant()).ToArray();
        output.Events = doc.Events.Select(e => $"{Name(e.Actor)}|{e.Action.Lemma}|{Name(e.Target)}").ToArray();
        output.CameoCodes = doc.Events.Select(e => e.Action.Cameo ?? "").ToArray();
        output.CameoRoots = doc.Events.Select(e => NewsNlp.Events.Cameo.Root(e.Action.Cameo) ?? "").ToArray();
        output.EventClasses = doc.Events.Select(e => e.Action.Class is { } c ? NewsNlp.Serialization.DocumentJson.Name(c) : "").ToArray();
        output.ActorCodes = doc.Events.SelectMany(e => e.Actor?.Codes ?? []).Distinct().ToArray();
    }

    private static string Name(EntityReference? r) => r is null ? "" : r.Canonical ?? r.Text;
}
