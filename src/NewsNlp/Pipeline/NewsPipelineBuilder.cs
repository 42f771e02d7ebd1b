using NewsNlp.Coreference;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Events;
using NewsNlp.Roles;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;
using NewsNlp.Zoning;

namespace NewsNlp.Pipeline;

/// <summary>
/// The composition root: the one place that knows the default stages, their order and their bundled
/// models. The library's <see cref="NewsPipeline.CreateDefault"/>, the command line, the ML.NET
/// estimator and the benchmarks all build their pipelines here, so a new stage is wired in once.
/// </summary>
/// <remarks>
/// Stages only know <see cref="Document"/> and its layers; this is the only namespace that imports
/// every stage. Custom stages go through <see cref="NewsPipeline.Create"/> (for example
/// <c>NewsPipeline.Create([.. NewsPipelineBuilder.Stages(options), myStage])</c>).
/// </remarks>
public static class NewsPipelineBuilder
{
    /// <summary>
    /// One slot per default stage, in running order: the layer it is there for and how to make it.
    /// A stage is made only when its slot is needed, so a pipeline without events never loads the
    /// event model.
    /// </summary>
    private static readonly (DocumentLayers Layer, Func<NewsPipelineOptions, IPipelineStage> Create)[] Slots =
    [
        (DocumentLayers.Zones, o => new Zoner(o.Zoning ?? BundledModels.EnglishZones)),
        (DocumentLayers.Tokens, _ => new Tokenizer()),
        (DocumentLayers.Sentences, _ => new SentenceSplitter()),
        (DocumentLayers.Syntax, o => new SyntaxAnnotator(o.Syntax ?? BundledModels.EnglishSyntax)),
        (DocumentLayers.Roles, o => new RoleLabeler(o.Roles ?? BundledModels.EnglishRoles)),
        (DocumentLayers.Entities, o => new EntityRecognizer(o.Recognizer ?? BundledModels.EnglishNewsRecognizer, o.Rules, o.FindMissedDates)),
        (DocumentLayers.Dates, o => new DateResolver(o.DateCulture)),
        (DocumentLayers.Coreference, _ => new CoreferenceResolver(BundledModels.EnglishCoref)),
        (DocumentLayers.Identity, o => new IdentityResolver(o.Events ?? BundledModels.EnglishEvents, o.Actors)),
        (DocumentLayers.Events | DocumentLayers.Relations, EventStage),
    ];

    /// <summary>Builds the pipeline that <paramref name="options"/> describe (null: the default pipeline).</summary>
    /// <exception cref="ArgumentException"><see cref="NewsPipelineOptions.Layers"/> asks for no layer, or for one no default stage writes.</exception>
    public static NewsPipeline Build(NewsPipelineOptions? options = null) => NewsPipeline.Create(Stages(options));

    /// <summary>
    /// The stages <see cref="Build"/> would put into a pipeline, in running order: for pipelines that
    /// add, drop or replace a stage before calling <see cref="NewsPipeline.Create"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="NewsPipelineOptions.Layers"/> asks for no layer, or for one no default stage writes.</exception>
    public static IReadOnlyList<IPipelineStage> Stages(NewsPipelineOptions? options = null)
    {
        options ??= new NewsPipelineOptions();
        var wanted = options.Layers;
        var unknown = wanted & ~NewsPipelineOptions.AllLayers;
        if (wanted == DocumentLayers.None || unknown != 0)
            throw new ArgumentException(wanted == DocumentLayers.None ? "No layer asked for." : $"No default stage writes {unknown}.", nameof(options));
        // From the last stage back: a stage runs when it writes a wanted layer or one that a later
        // running stage requires; the requirements come from the stages themselves.
        var stages = new List<IPipelineStage>(Slots.Length);
        var needed = wanted;
        for (int i = Slots.Length - 1; i >= 0; i--)
        {
            if ((Slots[i].Layer & needed) == 0) continue;
            var stage = Replacement(options, Slots[i].Layer) ?? Slots[i].Create(options);
            needed |= stage.Requires;
            stages.Add(stage);
        }
        stages.Reverse();
        return stages;
    }

    private static IPipelineStage? Replacement(NewsPipelineOptions options, DocumentLayers layer)
    {
        if (options.Replacements is null) return null;
        foreach (var stage in options.Replacements)
            if (stage is not null && (stage.Produces & layer) != 0) return stage;
        return null;
    }

    private static EventExtractor EventStage(NewsPipelineOptions o)
    {
        var model = o.Events ?? BundledModels.EnglishEvents;
        return o.Verbs is null && o.Actors is null
            ? new EventExtractor(model)
            : new EventExtractor(o.Verbs ?? model.Verbs, o.Actors ?? model.Actors);
    }
}
