namespace NewsNlp.Training.Syntax;

/// <summary>Settings of the tagger and parser trainers.</summary>
public sealed class SyntaxTrainingOptions
{
    public int MaxEpochs { get; set; } = 15;

    /// <summary>Stop after this many epochs without a better dev score; 0 runs all epochs.</summary>
    public int Patience { get; set; } = 3;

    public int Seed { get; set; } = 13;

    /// <summary>Features seen fewer times in the training data's gold configurations are dropped.</summary>
    public int MinFeatureCount { get; set; } = 2;

    /// <summary>Parser: folds for jackknifed training tags (0: train the parser on gold tags).</summary>
    public int JackknifeFolds { get; set; } = 4;

    /// <summary>Parser: from this epoch on (1-based), follow the model's own mistakes with probability <see cref="ExploreProbability"/>.</summary>
    public int ExploreFromEpoch { get; set; } = 2;

    public double ExploreProbability { get; set; } = 0.9;

    /// <summary>Parser: members trained on different shuffles and merged by weight averaging (1: a single parser).</summary>
    public int Ensemble { get; set; } = 1;

    /// <summary>
    /// Parser: raw-text files (gzipped, one paragraph a line, as in the data folder's unlabeled/) for
    /// tri-training: a left-to-right and a right-to-left parser label their sentences, and the
    /// sentences whose whole trees the two agree on join the training data. Empty: none.
    /// </summary>
    public IReadOnlyList<string> Unlabeled { get; set; } = [];

    /// <summary>Parser: at most this many agreed sentences from <see cref="Unlabeled"/> join the training data.</summary>
    public int UnlabeledMax { get; set; } = 40_000;

    /// <summary>
    /// Parser: more gold trees (e.g. OntoNotes converted by <see cref="OntoNotesTreebank"/>) that join
    /// the parser's training data only. Their training tags come from the model's own tagger, which
    /// never saw them, so they need no jackknifing. Empty: none.
    /// </summary>
    public IReadOnlyList<ConlluSentence> Treebank { get; set; } = [];

    public TextWriter Log { get; set; } = TextWriter.Null;
}
