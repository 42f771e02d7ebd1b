using NewsNlp.Coreference;
using NewsNlp.Entities;
using NewsNlp.Events;
using NewsNlp.Models;
using NewsNlp.Roles;
using NewsNlp.Syntax;
using NewsNlp.Zoning;

namespace NewsNlp.Pipeline;

/// <summary>
/// The models that ship inside the NewsNlp assembly. Each is loaded once, on first use, and then
/// shared: models are immutable, so sharing them between pipelines and threads is safe.
/// </summary>
/// <remarks>
/// Part of the composition root: it knows every stage's model type, so it lives here and not in
/// <c>Models</c> (the model-file container every stage uses). Stages take their model in their
/// constructor; only <see cref="NewsPipelineBuilder"/> (and callers that want the shipped models
/// explicitly) reach for these.
/// </remarks>
public static class BundledModels
{
    private static readonly Lazy<NerModel> EnglishNews = new(() => Load("NewsNlp.Models.en-news.nnlp", NerModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<EventModel> EnglishEventsModel = new(() => Load("NewsNlp.Models.en-events.nnlp", EventModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ZoningModel> EnglishZonesModel = new(() => Load("NewsNlp.Models.en-zones.nnlp", ZoningModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RoleModel> EnglishRolesModel = new(() => Load("NewsNlp.Models.en-roles.nnlp", RoleModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CorefModel> EnglishCorefModel = new(() => Load("NewsNlp.Models.en-coref.nnlp", CorefModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SyntaxModel> EnglishEwt = new(() => Load("NewsNlp.Models.en-ewt.nnlp", SyntaxModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// <c>en-news</c>: the default English recognizer, trained on OntoNotes 5.0 (18 labels, each
    /// mapped to a coarse type: PERSON; LOCATION for GPE, LOC, FAC; ORGANIZATION; DATE for DATE, TIME; OTHER).
    /// </summary>
    public static NerModel EnglishNewsRecognizer => EnglishNews.Value;

    /// <summary>
    /// <c>en-ewt</c>: the default English syntax model (UPOS and Penn tags, lemmas, Universal
    /// Dependencies trees), trained on UD English EWT.
    /// </summary>
    public static SyntaxModel EnglishSyntax => EnglishEwt.Value;

    /// <summary>
    /// <c>en-events</c>: the default event model, PETRARCH-2's CAMEO verb dictionary and the Phoenix
    /// actor and agent dictionaries (MIT).
    /// </summary>
    public static EventModel EnglishEvents => EnglishEventsModel.Value;

    /// <summary>
    /// <c>en-zones</c>: the default page-zoning model (headline, body, furniture per line), trained on
    /// the article pages of the WCXB benchmark's dev split (CC BY 4.0, Murrough Foley).
    /// </summary>
    public static ZoningModel EnglishZones => EnglishZonesModel.Value;

    /// <summary>
    /// <c>en-roles</c>: the default semantic-role model (PropBank predicates and arguments), trained on
    /// the OntoNotes 5.0 CoNLL-2012 training split over the <c>en-ewt</c> syntax model's trees.
    /// </summary>
    public static RoleModel EnglishRoles => EnglishRolesModel.Value;

    /// <summary>
    /// <c>en-coref</c>: the default coreference ranking model (a mention-ranking averaged perceptron
    /// over the sieves' mentions and decisions), trained on the OntoNotes 5.0 CoNLL-2012 training split.
    /// </summary>
    public static CorefModel EnglishCoref => EnglishCorefModel.Value;

    private static T Load<T>(string name, Func<Stream, string, T> load)
    {
        using var stream = typeof(BundledModels).Assembly.GetManifestResourceStream(name)
            ?? throw new ModelFormatException(name, "the bundled model is missing from the NewsNlp assembly (a broken build or package).");
        return load(stream, name);
    }
}
