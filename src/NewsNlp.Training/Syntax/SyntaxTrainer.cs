using NewsNlp.Entities;
using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Syntax;

namespace NewsNlp.Training.Syntax;

/// <summary>Entry points for training syntax models (tagger + lemmatizer, then the parser on top).</summary>
internal static class SyntaxTrainer
{
    /// <summary>Trains the tagger and lemmatizer; the model has no parser yet.</summary>
    public static SyntaxModel TrainTagger(List<ConlluSentence> train, List<ConlluSentence> dev, WordClusters clusters,
        ModelManifest manifest, SyntaxTrainingOptions options)
    {
        clusters = clusters.WithoutVectors();
        var tagger = TaggerTrainer.Train(train, dev, clusters, options);
        var lemmatizer = LemmatizerTrainer.Train(train);
        var model = new SyntaxModel(manifest, clusters, tagger, lemmatizer, null);
        var score = Score(model, dev);
        options.Log.WriteLine($"dev: UPOS {score.Upos:F2} XPOS {score.Xpos:F2} lemma {score.Lemma:F2}");
        return model.WithManifest(manifest
            .WithScore("dev.upos", Math.Round(score.Upos, 2))
            .WithScore("dev.xpos", Math.Round(score.Xpos, 2))
            .WithScore("dev.lemma", Math.Round(score.Lemma, 2)));
    }

    /// <summary>Trains the tagger and lemmatizer with the word clusters of a recognizer model (e.g. en-news).</summary>
    public static SyntaxModel TrainTagger(List<ConlluSentence> train, List<ConlluSentence> dev, NerModel clustersFrom,
        ModelManifest manifest, SyntaxTrainingOptions options) =>
        TrainTagger(train, dev, (clustersFrom ?? throw new ArgumentNullException(nameof(clustersFrom))).Resources.Clusters, manifest, options);

    /// <summary>
    /// The model with its parser's weights below <paramref name="threshold"/> (absolute) dropped: small
    /// averaged weights barely move a decision, and a smaller table fits the cache better. Model surgery
    /// lives here, in Training, so that the command line needs no internals of the runtime.
    /// </summary>
    /// <returns>The pruned model (same manifest) and the weight counts before and after.</returns>
    public static (SyntaxModel Model, int Before, int After) PruneParser(SyntaxModel model, float threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parser = model.Parser ?? throw new ArgumentException("The model has no parser.", nameof(model));
        var pruned = new DependencyParser(parser.Labels, parser.Weights.Pruned(threshold));
        return (model.WithParser(pruned, model.Manifest), parser.Weights.EntryCount, pruned.Weights.EntryCount);
    }

    /// <summary>Adds a parser trained on <paramref name="train"/> to a tagging model.</summary>
    public static SyntaxModel TrainParser(List<ConlluSentence> train, List<ConlluSentence> dev, SyntaxModel tagging,
        ModelManifest manifest, SyntaxTrainingOptions options)
    {
        var (parser, score) = ParserTrainer.Train(train, dev, tagging, options);
        foreach (var (k, v) in tagging.Manifest.Scores)
            if (!manifest.Scores.ContainsKey(k)) manifest = manifest.WithScore(k, v);
        manifest = manifest.WithScore("dev.uas", Math.Round(score.Uas, 2)).WithScore("dev.las", Math.Round(score.Las, 2));
        return tagging.WithParser(parser, manifest);
    }

    /// <summary>Scores a model on gold-tokenized sentences.</summary>
    public static SyntaxScore Score(SyntaxModel model, List<ConlluSentence> gold)
    {
        var annotator = new SyntaxAnnotator(model);
        var score = new SyntaxScore.Counter();
        foreach (var s in gold) score.Add(s, annotator.Annotate(s.Forms));
        return score.Result;
    }
}
