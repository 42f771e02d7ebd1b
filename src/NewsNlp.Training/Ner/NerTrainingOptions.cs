namespace NewsNlp.Training.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed class NerTrainingOptions
{
    /// <summary>Model name written to the manifest.</summary>
    public string Name { get; init; } = "ner";

    /// <summary>Most passes over the training data.</summary>
    public int MaxEpochs { get; init; } = 30;

    /// <summary>Confidence temperature; null fits it on the development split.</summary>
    public float? Temperature { get; init; }

    /// <summary>Stop after this many epochs without a better dev F1; 0 trains exactly <see cref="MaxEpochs"/> epochs and keeps the last.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Shuffling seed: the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>Perceptrons trained with seeds Seed, Seed+1, ... whose weights are averaged into one model.</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>Features seen fewer times than this in training are dropped.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>Fine labels to keep (null: all labels in the training data).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Description of the training data for the manifest.</summary>
    public string TrainingData { get; init; } = "";

    /// <summary>The command line that reproduces the model, for the manifest.</summary>
    public string TrainingCommand { get; init; } = "";

    /// <summary>Progress lines (dev F1 per epoch).</summary>
    public TextWriter? Log { get; init; }
}
