using NewsNlp.Learning;
using NewsNlp.Models;

namespace NewsNlp.Roles;

/// <summary>
/// A trained semantic-role model: a predicate classifier and an argument classifier, both averaged
/// perceptrons over hashed features of the dependency tree, with a manifest. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// *** Binary format *** (inside the <c>ModelFile</c> container, kind "SRL1", version 1):
/// <code>
/// int32 L; L × string label      — argument labels; label 0 is "_" (no role)
/// float32 bias                   — added to every role's score against "no role" (tuned on held-out data)
/// predicate weights              — FeatureWeights table over 2 classes (no, yes)
/// argument weights               — FeatureWeights table over L classes
/// span weights                   — FeatureWeights table over 2 classes (leave out, keep a head's dependent in its span)
/// </code>
/// </remarks>
public sealed class RoleModel
{
    internal const string Kind = "SRL1";
    internal const int FormatVersion = 1;
    internal const string NoRole = "_";

    internal RoleModel(ModelManifest manifest, string[] labels, FeatureWeights predicates, FeatureWeights arguments, FeatureWeights spans, float roleBias = 0)
    {
        if (labels.Length is < 2 or > 255 || labels[0] != NoRole) throw new InvalidDataException("role labels");
        ArgumentNullException.ThrowIfNull(manifest);
        // The model's own copy, stamped with its kind and format: saving never writes into a shared manifest.
        Manifest = manifest with { Kind = "roles", FormatVersion = FormatVersion };
        Labels = labels;
        Predicates = predicates;
        Arguments = arguments;
        Spans = spans;
        RoleBias = float.IsFinite(roleBias) ? roleBias : throw new InvalidDataException("role bias");
        CoreLabel = new bool[labels.Length];
        for (int i = 0; i < labels.Length; i++) CoreLabel[i] = labels[i] is "ARG0" or "ARG1" or "ARG2" or "ARG3" or "ARG4" or "ARG5";
    }

    /// <summary>The model's manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The argument labels the model predicts (PropBank labels as CoNLL-2012 writes them).</summary>
    public IReadOnlyList<string> ArgumentLabels => Labels[1..];

    internal string[] Labels { get; }

    internal bool[] CoreLabel { get; }

    internal FeatureWeights Predicates { get; }

    internal FeatureWeights Arguments { get; }

    internal FeatureWeights Spans { get; }

    /// <summary>Added to the best role's score before it is compared with "no role": trades precision for recall.</summary>
    internal float RoleBias { get; }

    internal RoleModel WithBias(float bias) => new(Manifest, Labels, Predicates, Arguments, Spans, bias);

    /// <summary>The same model (weights shared) under other metadata: how a trainer records the scores it measured on it.</summary>
    public RoleModel WithManifest(ModelManifest manifest) => new(manifest, Labels, Predicates, Arguments, Spans, RoleBias);

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid role model; the message names it.</exception>
    public static RoleModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid role model.</exception>
    public static RoleModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "semantic-role", (manifest, r) =>
        {
            int l = r.ReadInt32();
            if (l is < 2 or > 255) throw new InvalidDataException("label count");
            var labels = new string[l];
            for (int i = 0; i < l; i++) labels[i] = r.ReadString();
            float bias = r.ReadSingle();
            var predicates = FeatureWeights.Read(r, 2);
            var arguments = FeatureWeights.Read(r, l);
            var spans = FeatureWeights.Read(r, 2);
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            return new RoleModel(manifest, labels, predicates, arguments, spans, bias);
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            w.Write(Labels.Length);
            foreach (var label in Labels) w.Write(label);
            w.Write(RoleBias);
            Predicates.Write(w);
            Arguments.Write(w);
            Spans.Write(w);
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
