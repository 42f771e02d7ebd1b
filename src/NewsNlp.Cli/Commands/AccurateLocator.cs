using System.Collections.Concurrent;
using NewsNlp.Accurate;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>--accurate</c> and the accurate tier's model names. <c>en-news-trf</c> (OntoNotes entities),
/// <c>en-conll03-trf</c> (CoNLL-2003 entities) and <c>en-ewt-trf</c> (tags and trees) are three heads
/// of one file, <c>models/en-trf/model.nnlp</c> (or the copy bundled in NewsNlp.Accurate); any other
/// <c>--model</c> with <c>--accurate</c> is a transformer model file or folder, read with its OntoNotes head.
/// </summary>
internal static class AccurateLocator
{
    public const string News = "en-news-trf", Conll = "en-conll03-trf", Ewt = "en-ewt-trf";

    private static readonly ConcurrentDictionary<string, TransformerEncoder> Encoders = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="model"/> names one of the accurate tier's heads.</summary>
    public static bool IsName(string? model) => model is News or Conll or Ewt;

    /// <summary>Whether a command runs the accurate tier: <c>--accurate</c>, or a <c>-trf</c> model name.</summary>
    public static bool Wanted(bool accurate, string? model) => accurate || IsName(model);

    /// <summary>The entity head a model name reads.</summary>
    public static AccurateEntityLabels Labels(string? model) => model == Conll ? AccurateEntityLabels.Conll2003 : AccurateEntityLabels.OntoNotes;

    /// <summary>Tags and trees for every sentence's words from <paramref name="model"/>'s transformer, in one call (sentences of similar length are batched).</summary>
    public static IReadOnlyList<WordSyntax[]> Trees(string? model, IEnumerable<IReadOnlyList<string>> sentences) =>
        new AccurateSyntaxAnnotator(Encoder(model)).Annotate(sentences.ToList());

    /// <summary>The encoder for <paramref name="model"/> (null or a -trf name: en-trf), started once per process.</summary>
    public static TransformerEncoder Encoder(string? model)
    {
        string? path = model is null || IsName(model) ? FindEnTrf() : ModelLocator.Resolve(model);
        return Encoders.GetOrAdd(path ?? "(bundled)", p =>
        {
            try
            {
                var loaded = p == "(bundled)" ? AccurateModels.English : TransformerModel.Load(p);
                return TransformerEncoder.Create(loaded);
            }
            catch (ModelFormatException e)
            {
                throw new InputException(e.Message, e);
            }
        });
    }

    /// <summary>The accurate pipeline for <paramref name="model"/> with the other stages as <paramref name="options"/> say.</summary>
    public static NewsPipeline Pipeline(string? model, NewsPipelineOptions options)
        => NewsPipelineBuilder.Build(Options(model, options));

    public static NewsPipelineOptions Options(string? model, NewsPipelineOptions options)
        => AccuratePipeline.Options(Encoder(model), Labels(model), options);

    private static string? FindEnTrf()
    {
        try { return ModelLocator.Resolve("en-trf"); }
        catch (InputException) { return null; } // then the copy bundled in NewsNlp.Accurate, if any
    }
}
