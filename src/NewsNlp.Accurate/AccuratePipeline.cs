using NewsNlp.Pipeline;

namespace NewsNlp.Accurate;

/// <summary>
/// The accurate pipeline: the default pipeline of <see cref="NewsPipelineBuilder"/> with its syntax
/// and entity stages replaced by <see cref="AccurateSyntaxAnnotator"/> and
/// <see cref="AccurateEntityRecognizer"/> over one <see cref="TransformerEncoder"/> (one encoder pass
/// per document). Dates, roles, coreference and events run unchanged on their output.
/// </summary>
public static class AccuratePipeline
{
    /// <summary>
    /// Builds the accurate pipeline. <paramref name="options"/> choose the layers, rules and the other
    /// stages' models as for the default pipeline; its <see cref="NewsPipelineOptions.Replacements"/> are
    /// kept after the accurate stages' (a user's stage for another layer still takes its place).
    /// </summary>
    /// <param name="encoder">The transformer; null: the bundled <c>en-trf</c> model (<see cref="AccurateModels.English"/>), started once and shared.</param>
    /// <param name="labels">Which entity head writes the entity layer.</param>
    /// <param name="options">The rest of the pipeline; null: every layer.</param>
    /// <exception cref="NewsNlp.Models.ModelFormatException">No <c>en-trf</c> model is bundled or found, or it is corrupt.</exception>
    public static NewsPipeline Create(TransformerEncoder? encoder = null, AccurateEntityLabels labels = AccurateEntityLabels.OntoNotes, NewsPipelineOptions? options = null)
        => NewsPipelineBuilder.Build(Options(encoder, labels, options));

    /// <summary>The options <see cref="Create"/> builds from: <paramref name="options"/> with the accurate stages as replacements.</summary>
    public static NewsPipelineOptions Options(TransformerEncoder? encoder = null, AccurateEntityLabels labels = AccurateEntityLabels.OntoNotes, NewsPipelineOptions? options = null)
    {
        options ??= new NewsPipelineOptions();
        encoder ??= AccurateModels.EnglishEncoder;
        var wanted = options.Layers;
        var stages = new List<IPipelineStage>();
        // Only the stages the pipeline needs, so that a recognizer alone does not make the syntax pass keep its results.
        if ((wanted & (DocumentLayers.Syntax | DocumentLayers.Roles | DocumentLayers.Coreference | DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations)) != 0)
            stages.Add(new AccurateSyntaxAnnotator(encoder));
        if ((wanted & (DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Coreference | DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations)) != 0)
            stages.Add(new AccurateEntityRecognizer(encoder, labels, options.Rules, options.FindMissedDates));
        if (options.Replacements is not null) stages.AddRange(options.Replacements);
        return options with { Replacements = stages };
    }
}

/// <summary>Static members the accurate tier adds to <see cref="NewsPipeline"/>.</summary>
public static class AccurateNewsPipelineExtensions
{
    extension(NewsPipeline)
    {
        /// <summary>
        /// The accurate pipeline over the bundled <c>en-trf</c> transformer: every layer, OntoNotes
        /// entities (see <see cref="AccuratePipeline.Create"/>).
        /// </summary>
        /// <exception cref="NewsNlp.Models.ModelFormatException">No <c>en-trf</c> model is bundled or found, or it is corrupt.</exception>
        public static NewsPipeline CreateAccurate() => AccuratePipeline.Create();
    }
}
