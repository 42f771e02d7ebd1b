using NewsNlp.Learning;
using NewsNlp.Models;

namespace NewsNlp.Coreference;

/// <summary>
/// A trained mention-ranking coreference model: one weight per hashed feature (see
/// <c>RankingFeatures</c>), scoring each candidate antecedent of a mention against starting a new
/// entity, with a manifest. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// *** Binary format *** (inside the <c>ModelFile</c> container, kind "COR1", version 2; version 1 files, without the names, still load):
/// <code>
/// 3 × float32 newBias            — added to the "new entity" score of a name, a noun phrase, a pronoun (chosen on held-out training documents)
/// weights                        — FeatureWeights table over 1 class
/// int32 n, n × (string, byte)    — version 2: given names and their gender (1 male, 2 female), sorted
/// </code>
/// </remarks>
public sealed class CorefModel
{
    internal const string Kind = "COR1";
    internal const int FormatVersion = 2;

    internal CorefModel(ModelManifest manifest, FeatureWeights weights, float[] newBias, FirstNames? firstNames = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(weights);
        if (newBias.Length != BiasCount || !Array.TrueForAll(newBias, float.IsFinite)) throw new InvalidDataException("new-entity bias");
        Manifest = manifest with { Kind = "coref", FormatVersion = FormatVersion };
        Weights = weights;
        NewBias = newBias;
        FirstNames = firstNames ?? FirstNames.Empty;
    }

    /// <summary>One new-entity bias per <see cref="MentionKind"/>.</summary>
    internal const int BiasCount = 3;

    /// <summary>The model's manifest.</summary>
    public ModelManifest Manifest { get; }

    internal FeatureWeights Weights { get; }

    /// <summary>Added to the "new entity" score of a mention, by <see cref="MentionKind"/>: trades recall for precision.</summary>
    internal float[] NewBias { get; }

    /// <summary>Given names with a clear gender, which mentions of people take theirs from (empty in version 1 files).</summary>
    internal FirstNames FirstNames { get; }

    /// <summary>The same weights with other new-entity biases (how a trainer tunes them).</summary>
    internal CorefModel WithBias(float[] bias) => new(Manifest, Weights, bias, FirstNames);

    /// <summary>The same model (weights shared) under other metadata: how a trainer records the scores it measured on it.</summary>
    public CorefModel WithManifest(ModelManifest manifest) => new(manifest, Weights, NewBias, FirstNames);

    /// <summary>Loads a model file.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="ModelFormatException">The file is not a valid coreference model; the message names it.</exception>
    public static CorefModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid coreference model.</exception>
    public static CorefModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "coreference", (manifest, r) =>
        {
            var bias = new float[BiasCount];
            for (int i = 0; i < bias.Length; i++) bias[i] = r.ReadSingle();
            var weights = FeatureWeights.Read(r, 1);
            // Version 1 ends here; version 2 carries the given names after the weights.
            var names = manifest.FormatVersion >= 2 ? FirstNames.Read(r) : null;
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            return new CorefModel(manifest, weights, bias, names);
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            foreach (float b in NewBias) w.Write(b);
            Weights.Write(w);
            FirstNames.Write(w);
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
