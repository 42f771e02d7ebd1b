using System.Collections.ObjectModel;
using Newtonsoft.Json;

namespace NewsNlp.Models;

/// <summary>
/// Human-readable metadata stored in every model file (and beside it as <c>manifest.json</c>).
/// Immutable: a loaded model's manifest is shared by every pipeline that uses the model, so a
/// trainer makes a changed copy (<c>with { ... }</c>, <see cref="WithScore"/>, <see cref="WithTraining"/>)
/// and builds the model with it.
/// </summary>
public sealed record ModelManifest
{
    private static readonly JsonSerializerSettings ReadSettings = new()
    {
        // Read-only collections cannot be filled in place: always build new ones from the JSON.
        ObjectCreationHandling = ObjectCreationHandling.Replace,
    };

    private readonly IReadOnlyList<string> _labels = [];
    private readonly IReadOnlyDictionary<string, string> _coarseTypes = ReadOnlyDictionary<string, string>.Empty;
    private readonly IReadOnlyDictionary<string, double> _scores = ReadOnlyDictionary<string, double>.Empty;
    private readonly IReadOnlyDictionary<string, string> _training = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Model name, e.g. "en-news".</summary>
    public string Name { get; init; } = "";

    /// <summary>Model kind, e.g. "ner"; the model's <c>Save</c> writes its own.</summary>
    /// <remarks>
    /// The internal setter is for <c>ZoningModel.Save</c> alone, which still stamps its kind and version
    /// into its manifest before writing (the values are constants, so the write never changes a
    /// loaded manifest); the other models write a stamped copy. Becomes init-only when it does too.
    /// </remarks>
    [JsonProperty]
    public string Kind { get; internal set; } = "";

    /// <summary>Binary format version of the file; the model's <c>Save</c> writes its own.</summary>
    [JsonProperty]
    public int FormatVersion { get; internal set; }

    /// <summary>Fine labels the model predicts.</summary>
    public IReadOnlyList<string> Labels { get => _labels; init => _labels = Array.AsReadOnly(value?.ToArray() ?? []); }

    /// <summary>Coarse type of each fine label.</summary>
    public IReadOnlyDictionary<string, string> CoarseTypes { get => _coarseTypes; init => _coarseTypes = Copy(value); }

    /// <summary>Corpora the model was trained (and tuned) on.</summary>
    public string TrainingData { get; init; } = "";

    /// <summary>The exact command that reproduces the model.</summary>
    public string TrainingCommand { get; init; } = "";

    /// <summary>Feature set, in words.</summary>
    public string FeatureSet { get; init; } = "";

    /// <summary>When the model was trained (UTC, ISO 8601).</summary>
    public string Created { get; init; } = "";

    /// <summary>Scores by name, e.g. "dev.f1", "test.f1", in the order they were added.</summary>
    public IReadOnlyDictionary<string, double> Scores { get => _scores; init => _scores = Copy(value); }

    /// <summary>Training details (epochs, seed, sizes), in the order they were added.</summary>
    public IReadOnlyDictionary<string, string> Training { get => _training; init => _training = Copy(value); }

    /// <summary>A copy with score <paramref name="name"/> set to <paramref name="value"/> (added last when new).</summary>
    public ModelManifest WithScore(string name, double value) => this with { Scores = Set(Scores, name, value) };

    /// <summary>A copy without score <paramref name="name"/>.</summary>
    public ModelManifest WithoutScore(string name) => this with { Scores = Scores.Where(s => s.Key != name).ToDictionary(StringComparer.Ordinal) };

    /// <summary>A copy with training detail <paramref name="key"/> set to <paramref name="value"/> (added last when new).</summary>
    public ModelManifest WithTraining(string key, string value) => this with { Training = Set(Training, key, value) };

    /// <summary>Serialises to indented JSON.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Formatting.Indented);

    /// <summary>Parses manifest JSON.</summary>
    public static ModelManifest FromJson(string json) =>
        JsonConvert.DeserializeObject<ModelManifest>(json, ReadSettings) ?? throw new JsonException("empty manifest");

    // Copies keep the source's order (a Dictionary that is only added to enumerates in insertion
    // order), so a manifest read and written again comes out byte for byte the same. Null (a
    // hand-written manifest.json with "Scores": null) reads as empty, as it did when these were lists.
    private static ReadOnlyDictionary<string, T> Copy<T>(IReadOnlyDictionary<string, T>? value) =>
        value is null ? ReadOnlyDictionary<string, T>.Empty : new(new Dictionary<string, T>(value, StringComparer.Ordinal));

    private static Dictionary<string, T> Set<T>(IReadOnlyDictionary<string, T> source, string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = new Dictionary<string, T>(source, StringComparer.Ordinal) { [key] = value };
        return copy;
    }
}
