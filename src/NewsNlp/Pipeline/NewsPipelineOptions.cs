using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Events;
using NewsNlp.Syntax;
using NewsNlp.Zoning;

namespace NewsNlp.Pipeline;

/// <summary>
/// What <see cref="NewsPipelineBuilder"/> puts into a pipeline: which layers to write, and the
/// models, rules, dictionaries and culture of the stages that write them. Every property left
/// unset takes the bundled default, so <c>new NewsPipelineOptions()</c> is the default pipeline.
/// </summary>
/// <example>
/// <code>
/// // Entities only, with the en-conll03 model and user rules:
/// var pipeline = NewsPipelineBuilder.Build(new NewsPipelineOptions
/// {
///     Layers = DocumentLayers.Entities,
///     Recognizer = NerModel.Load("models/en-conll03/model.nnlp"),
///     Rules = new EntityRuler().AddPhrase("Kookmin University", "ORG"),
/// });
/// </code>
/// </example>
public sealed record NewsPipelineOptions
{
    /// <summary>Every layer the default pipeline writes.</summary>
    public const DocumentLayers AllLayers = DocumentLayers.Zones | DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax
        | DocumentLayers.Roles | DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Coreference | DocumentLayers.Identity | DocumentLayers.Relations | DocumentLayers.Events;

    /// <summary>
    /// The layers wanted (default: <see cref="AllLayers"/>). The stages that write them run, and so do
    /// the stages those need: <see cref="DocumentLayers.Entities"/> alone gives tokenizer, sentence
    /// splitter and recognizer. Zones are written only when asked for (later stages use them when present).
    /// </summary>
    public DocumentLayers Layers { get; init; } = AllLayers;

    /// <summary>The page-zoning model; null: the bundled <c>en-zones</c>.</summary>
    public ZoningModel? Zoning { get; init; }

    /// <summary>The syntax model (tagger, lemmatizer, parser); null: the bundled <c>en-ewt</c>.</summary>
    public SyntaxModel? Syntax { get; init; }

    /// <summary>The semantic-role model; null: the bundled <c>en-roles</c>.</summary>
    public NewsNlp.Roles.RoleModel? Roles { get; init; }

    /// <summary>The entity model; null: the bundled <c>en-news</c>.</summary>
    public NerModel? Recognizer { get; init; }

    /// <summary>
    /// Stages that take the place of default ones, or null: each replaces the default stage that writes
    /// the layer it <see cref="IPipelineStage.Produces"/> (for example the accurate tier's syntax and
    /// entity stages). A replaced default stage is never made, so its bundled model is never loaded.
    /// </summary>
    public IReadOnlyList<IPipelineStage>? Replacements { get; init; }

    /// <summary>User entity rules applied after the model, or null.</summary>
    public EntityRuler? Rules { get; init; }

    /// <summary>Whether the date grammar adds the dates the entity model missed (default true).</summary>
    public bool FindMissedDates { get; init; } = true;

    /// <summary>Decides ambiguous numeric dates (03/04/2024); null: en-US (month first).</summary>
    public CultureInfo? DateCulture { get; init; }

    /// <summary>The event model (verbs, actors, agents, places); null: the bundled <c>en-events</c>.</summary>
    public EventModel? Events { get; init; }

    /// <summary>
    /// Another CAMEO verb dictionary, or null for the event model's. With one, the event stage runs over
    /// these verbs and <see cref="Actors"/> (or the event model's actors) and without the model's places.
    /// </summary>
    public CameoVerbDictionary? Verbs { get; init; }

    /// <summary>
    /// Other actor and agent dictionaries, or null for the event model's. With them, the event stage runs
    /// over <see cref="Verbs"/> (or the event model's verbs) and without the model's places.
    /// </summary>
    public ActorDictionary? Actors { get; init; }
}
