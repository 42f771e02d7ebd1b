using System.IO.Compression;
using NewsNlp.Accurate.Encoding;
using NewsNlp.Accurate.Onnx;
using NewsNlp.Models;

namespace NewsNlp.Accurate;

/// <summary>
/// The accurate tier's model: a fine-tuned MiniLM encoder (an ONNX graph, weights stored as half
/// floats), its word-piece vocabulary, and the task heads that read its output (OntoNotes and
/// CoNLL-2003 entity tags, UPOS, XPOS, a biaffine dependency parser). One file serves the model
/// names <c>en-news-trf</c> (OntoNotes entities), <c>en-conll03-trf</c> (CoNLL-2003 entities) and
/// <c>en-ewt-trf</c> (tags and dependencies). Immutable once loaded.
/// </summary>
/// <remarks>
/// *** Binary format *** A NewsNlp model container (kind "TRF1", see the core's model file) whose
/// payload is, little endian:
/// <code>
/// int32   number of label sets; each: string name ("onto", "conll", "upos", "xpos", "deprel"),
///         int32 count, count strings
/// int32   vocabulary length, then the vocabulary (UTF-8, one word piece per line)
/// int32   encoder length, then the ONNX graph (float16 initializers)
/// int32   number of head tensors; each: string name, int32 rank, rank × int32 dims, float32 values
/// </code>
/// Strings are BinaryWriter strings (7-bit length, UTF-8).
/// </remarks>
public sealed class TransformerModel
{
    internal const string Kind = "TRF1";
    internal const int FormatVersion = 1;

    private readonly Dictionary<string, IReadOnlyList<string>> _labels;
    private readonly Dictionary<string, HeadTensor> _tensors;

    internal TransformerModel(ModelManifest manifest, Dictionary<string, IReadOnlyList<string>> labels, byte[] vocabulary,
        byte[] encoder, Dictionary<string, HeadTensor> tensors, string source)
    {
        Manifest = manifest;
        _labels = labels;
        Vocabulary = vocabulary;
        Encoder = encoder;
        _tensors = tensors;
        Pieces = WordPieceEncoder.Load(new MemoryStream(vocabulary, writable: false), source + " (vocabulary)");
    }

    /// <summary>Name, training data and command, scores.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The vocabulary file's bytes.</summary>
    internal byte[] Vocabulary { get; }

    /// <summary>The encoder's ONNX graph as stored (float16 weights).</summary>
    internal byte[] Encoder { get; }

    internal WordPieceEncoder Pieces { get; }

    /// <summary>The label set <paramref name="name"/> ("onto", "conll", "upos", "xpos", "deprel").</summary>
    internal IReadOnlyList<string> Labels(string name)
        => _labels.TryGetValue(name, out var labels) ? labels : throw new ModelFormatException(Manifest.Name, $"no label set '{name}'");

    /// <summary>The head tensor <paramref name="name"/> (names as written by the trainer, e.g. "onto.weight").</summary>
    internal HeadTensor Tensor(string name)
        => _tensors.TryGetValue(name, out var t) ? t : throw new ModelFormatException(Manifest.Name, $"no head tensor '{name}'");

    internal IEnumerable<string> LabelSetNames => _labels.Keys;
    internal IEnumerable<string> TensorNames => _tensors.Keys;

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">No such file, not an accurate-tier model, or corrupt (the message names the file).</exception>
    public static TransformerModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // The accurate tier's callers handle one exception for "cannot use this model file", not I/O ones from deep inside.
        if (!File.Exists(path))
            throw new ModelFormatException(path, "no such model file");
        try
        {
            return ModelFile.LoadFile(path, Load);
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new ModelFormatException(path, "cannot read the model file: " + e.Message, e);
        }
    }

    /// <summary>Loads a model from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">Not an accurate-tier model, or corrupt.</exception>
    public static TransformerModel Load(Stream stream, string source = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, source, Kind, FormatVersion, "transformer", (manifest, r) =>
        {
            var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            int sets = Count(r.ReadInt32(), 16);
            for (int i = 0; i < sets; i++)
            {
                string name = r.ReadString();
                int n = Count(r.ReadInt32(), 10_000);
                var list = new string[n];
                for (int k = 0; k < n; k++)
                    list[k] = r.ReadString();
                labels[name] = list;
            }
            byte[] vocabulary = ReadBlock(r, 8 << 20);
            byte[] encoder = ReadBlock(r, 1 << 30);
            // Checked here so that a damaged graph is named as such, not as an ONNX Runtime error later.
            var graph = OnnxModelFile.Parse(encoder, source + " (encoder)");
            if (graph.Initializers.Count == 0)
                throw new ModelFormatException(source, "the encoder graph has no weights");
            var tensors = new Dictionary<string, HeadTensor>(StringComparer.Ordinal);
            int count = Count(r.ReadInt32(), 1000);
            for (int i = 0; i < count; i++)
            {
                string name = r.ReadString();
                int rank = Count(r.ReadInt32(), 4);
                var dims = new int[rank];
                long size = 1;
                for (int k = 0; k < rank; k++)
                {
                    dims[k] = Count(r.ReadInt32(), 1 << 20);
                    size *= dims[k];
                }
                if (size > 1 << 26)
                    throw new InvalidDataException($"head tensor '{name}' claims {size} values");
                var values = new float[size];
                for (long k = 0; k < size; k++)
                    values[k] = r.ReadSingle();
                tensors[name] = new HeadTensor(dims, values);
            }
            return new TransformerModel(manifest, labels, vocabulary, encoder, tensors, source);
        });
    }

    /// <summary>Writes the model (used by training; the encoder is written as given).</summary>
    internal void Save(Stream output)
    {
        ModelFile.Write(output, Kind, FormatVersion, FormatVersion, (Manifest with { }).ToJson(), w =>
        {
            w.Write(_labels.Count);
            foreach (var (name, list) in _labels)
            {
                w.Write(name);
                w.Write(list.Count);
                foreach (var label in list)
                    w.Write(label);
            }
            w.Write(Vocabulary.Length);
            w.Write(Vocabulary);
            w.Write(Encoder.Length);
            w.Write(Encoder);
            w.Write(_tensors.Count);
            foreach (var (name, t) in _tensors)
            {
                w.Write(name);
                w.Write(t.Dims.Length);
                foreach (int d in t.Dims)
                    w.Write(d);
                foreach (float v in t.Values)
                    w.Write(v);
            }
        }, CompressionLevel.Fastest);
    }

    /// <summary>Builds a model in memory (training writes it with <see cref="Save"/>; tests make tiny ones).</summary>
    internal static TransformerModel Create(ModelManifest manifest, Dictionary<string, IReadOnlyList<string>> labels, byte[] vocabulary,
        byte[] encoder, Dictionary<string, HeadTensor> tensors)
    {
        var stamped = manifest with { };
        stamped.Kind = "transformer";
        stamped.FormatVersion = FormatVersion;
        return new TransformerModel(stamped, labels, vocabulary, encoder, tensors, manifest.Name);
    }

    private static int Count(int value, int max)
        => value >= 0 && value <= max ? value : throw new InvalidDataException($"a count of {value} is out of range");

    private static byte[] ReadBlock(BinaryReader r, int max)
    {
        int length = Count(r.ReadInt32(), max);
        var bytes = r.ReadBytes(length);
        if (bytes.Length != length)
            throw new EndOfStreamException();
        return bytes;
    }
}

/// <summary>A head's weights: row-major values with their dimensions.</summary>
internal sealed record HeadTensor(int[] Dims, float[] Values);
