using NewsNlp.Learning;
using NewsNlp.Models;

namespace NewsNlp.Entities;

/// <summary>
/// A trained entity recognizer model: labels and their coarse types, BILOU transition and
/// emission weights of an averaged structured perceptron, the gazetteers and word clusters its
/// features use, a confidence temperature, and a manifest. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// *** Binary format *** (inside the <c>ModelFile</c> container, kind "NER1", version 1):
/// <code>
/// int32 labels; per label: string name, byte coarse type
/// float temperature (for confidences)
/// int32 tags T; float[(T+1)·T] transitions (row T = sentence start)
/// int32 dense weights W; Half[W] weights of the word-vector features (T × (2·D), or none)
/// int32 features F; uint32[F] keys; int32[F+1] starts; int32 entries E; byte[E] tags; Half[E] weights
/// gazetteer: int32 max words, int32 n, n × (uint64 phrase hash, byte kinds)
/// clusters: int32 coarse shift, int32 n, n × (string word, int16 cluster),
///           int32 dimensions D, float scale, int32 rows, rows × string word, rows·D int8 vector components
/// </code>
/// </remarks>
public sealed class NerModel
{
    internal const string Kind = "NER1";
    internal const int FormatVersion = 1;

    internal NerModel(ModelManifest manifest, string[] labels, EntityType[] coarse, float temperature,
        float[] transitions, FeatureWeights weights, NerResources resources, float[]? dense = null)
    {
        Dense = dense ?? [];
        if (Dense.Length != 0 && Dense.Length != DenseFeatures.Width(resources.Clusters) * (1 + 4 * labels.Length))
            throw new ArgumentException("dense weight table size");
        // A copy that names the file's kind and version: the caller's manifest is never written to,
        // and a model shared by many pipelines never changes its metadata (Save writes it as it is).
        Manifest = manifest with { Kind = "ner", FormatVersion = FormatVersion };
        TagSet = new BilouTagSet(labels);
        Coarse = coarse;
        Temperature = temperature;
        Transitions = transitions;
        Weights = weights;
        Resources = resources;
        if (transitions.Length != (TagSet.Count + 1) * TagSet.Count) throw new ArgumentException("transition table size");
        Decoder = new BilouDecoder(TagSet, transitions, temperature);
        DenseRows = Dense.Length == 0 ? null : new DenseRowCache(resources.Clusters, Dense, TagSet.Count, resources.Clusters.VectorCount);

    }

    /// <summary>The model's manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>This model under other metadata (the weights are shared, not copied): how a trainer records scores measured on the built model.</summary>
    public NerModel WithManifest(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(manifest, TagSet.Labels, Coarse, Temperature, Transitions, Weights, Resources, Dense);
    }

    /// <summary>The fine labels the model predicts.</summary>
    public IReadOnlyList<string> Labels => TagSet.Labels;

    internal BilouTagSet TagSet { get; }

    internal EntityType[] Coarse { get; }

    internal float Temperature { get; }

    internal float[] Transitions { get; }

    /// <summary>Viterbi and forward-backward over this model's transitions (and temperature, for confidences).</summary>
    internal BilouDecoder Decoder { get; }

    internal FeatureWeights Weights { get; }

    /// <summary>Weights of the dense word-vector features, T × (2·D) (a row per tag, for dot products), or empty.</summary>
    internal float[] Dense { get; }

    /// <summary>Per-word score rows of the dense features, computed on first use; null without vectors.</summary>
    internal DenseRowCache? DenseRows { get; }


    internal NerResources Resources { get; }

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid recognizer model; the message names it.</exception>
    public static NerModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid recognizer model.</exception>
    public static NerModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "recognizer", (manifest, r) =>
        {
            int labelCount = r.ReadInt32();
            if (labelCount is < 1 or > 60) throw new InvalidDataException("label count");
            var labels = new string[labelCount];
            var coarse = new EntityType[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = r.ReadString();
                coarse[i] = (EntityType)r.ReadByte();
            }
            float temperature = r.ReadSingle();
            int t = r.ReadInt32();
            if (t != 1 + 4 * labelCount) throw new InvalidDataException("tag count");
            var transitions = new float[(t + 1) * t];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            int denseLength = r.ReadInt32();
            if (denseLength is < 0 or > 1 << 24) throw new InvalidDataException("dense weight count");
            var dense = new float[denseLength];
            for (int i = 0; i < denseLength; i++) dense[i] = (float)r.ReadHalf();
            var weights = FeatureWeights.Read(r, t);
            var gazetteer = Gazetteer.Read(r);
            var clusters = WordClusters.Read(r);
            return new NerModel(manifest, labels, coarse, temperature, transitions,
                weights, new NerResources(gazetteer, clusters), dense);
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            w.Write(TagSet.Labels.Length);
            for (int i = 0; i < TagSet.Labels.Length; i++)
            {
                w.Write(TagSet.Labels[i]);
                w.Write((byte)Coarse[i]);
            }
            w.Write(Temperature);
            w.Write(TagSet.Count);
            foreach (float x in Transitions) w.Write(x);
            w.Write(Dense.Length);
            foreach (float x in Dense) w.Write((Half)x);
            Weights.Write(w);
            Resources.Gazetteer.Write(w);
            Resources.Clusters.Write(w);
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
