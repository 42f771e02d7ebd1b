using Newtonsoft.Json;

namespace NewsNlp.Models;

/// <summary>Human-readable metadata stored in every model file (and beside it as <c>manifest.json</c>).</summary>
public sealed class ModelManifest
{
    /// <summary>Model name, e.g. "en-news".</summary>
    public string Name { get; set; } = "";

    /// <summary>Model kind, e.g. "ner".</summary>
    public string Kind { get; set; } = "";

    /// <summary>Binary format version of the file.</summary>
    public int FormatVersion { get; set; }

    /// <summary>Fine labels the model predicts.</summary>
    public List<string> Labels { get; set; } = [];

    /// <summary>Coarse type of each fine label.</summary>
    public Dictionary<string, string> CoarseTypes { get; set; } = [];

    /// <summary>Corpora the model was trained (and tuned) on.</summary>
    public string TrainingData { get; set; } = "";

    /// <summary>The exact command that reproduces the model.</summary>
    public string TrainingCommand { get; set; } = "";

    /// <summary>Feature set, in words.</summary>
    public string FeatureSet { get; set; } = "";

    /// <summary>When the model was trained (UTC, ISO 8601).</summary>
    public string Created { get; set; } = "";

    /// <summary>Scores by name, e.g. "dev.f1", "test.f1".</summary>
    public Dictionary<string, double> Scores { get; set; } = [];

    /// <summary>Training details (epochs, seed, sizes).</summary>
    public Dictionary<string, string> Training { get; set; } = [];

    /// <summary>Serialises to indented JSON.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Formatting.Indented);

    /// <summary>Parses manifest JSON.</summary>
    public static ModelManifest FromJson(string json) =>
        JsonConvert.DeserializeObject<ModelManifest>(json) ?? throw new JsonException("empty manifest");
}
