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

    public TextWriter Log { get; set; } = TextWriter.Null;
}
