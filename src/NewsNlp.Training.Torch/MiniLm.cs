using NewsNlp.Accurate.Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NewsNlp.Training.Torch;

/// <summary>
/// A BERT encoder of MiniLM's shape (all-MiniLM-L6-v2: 6 layers, 384 wide, 12 heads, 1,536 inner) in
/// TorchSharp, with its weights read from and written back to the ONNX graph it came from, so that
/// ONNX Runtime serves the fine-tuned encoder at run time. Parameter names follow the Hugging Face
/// names the ONNX export keeps for biases and layer norms.
/// </summary>
internal sealed class MiniLm : Module<Tensor, Tensor, Tensor>
{
    public const int Width = 384, Heads = 12, Inner = 1536, Layers = 6, MaxPositions = 512;

    private readonly Embedding word_embeddings, position_embeddings, token_type_embeddings;
    private readonly LayerNorm embeddings_norm;
    private readonly ModuleList<EncoderLayer> layer;
    private readonly Dropout dropout;

    public MiniLm(int vocabulary, double dropoutRate) : base("minilm")
    {
        word_embeddings = Embedding(vocabulary, Width);
        position_embeddings = Embedding(MaxPositions, Width);
        token_type_embeddings = Embedding(2, Width);
        embeddings_norm = LayerNorm(new long[] { Width }, 1e-12);
        layer = new ModuleList<EncoderLayer>();
        for (int i = 0; i < Layers; i++)
            layer.Add(new EncoderLayer(dropoutRate));
        dropout = Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <param name="ids">Word-piece ids, [batch, length].</param>
    /// <param name="mask">1 for real pieces, 0 for padding, [batch, length].</param>
    /// <returns>The last hidden states, [batch, length, 384].</returns>
    public override Tensor forward(Tensor ids, Tensor mask)
    {
        using var scope = NewDisposeScope();
        long length = ids.shape[1];
        var positions = arange(length, dtype: ScalarType.Int64, device: ids.device).unsqueeze(0);
        var x = word_embeddings.forward(ids) + position_embeddings.forward(positions)
                + token_type_embeddings.forward(zeros_like(ids));
        x = dropout.forward(embeddings_norm.forward(x));
        // Additive mask: 0 where attending is allowed, a large negative number on padding.
        var additive = ((1 - mask.to_type(ScalarType.Float32)) * -10000f).unsqueeze(1).unsqueeze(1);
        foreach (var l in layer)
            x = l.forward(x, additive);
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>Our parameter name for each ONNX initializer it fills, and whether it is transposed.</summary>
    public static Dictionary<string, (string Parameter, bool Transposed)> OnnxNames(OnnxModelFile onnx)
    {
        var map = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var initializers = new HashSet<string>(onnx.Initializers.Select(t => t.Name), StringComparer.Ordinal);
        // MatMul weights carry numbers for names; each takes the name of the bias added to its output.
        var addByInput = new Dictionary<string, OnnxNode>(StringComparer.Ordinal);
        foreach (var node in onnx.Nodes)
            if (node.OpType == "Add")
                foreach (var input in node.Inputs)
                    addByInput.TryAdd(input, node);
        foreach (var node in onnx.Nodes)
        {
            if (node.OpType != "MatMul" || node.Inputs.Length != 2 || !initializers.Contains(node.Inputs[1]))
                continue;
            if (!addByInput.TryGetValue(node.Outputs[0], out var add))
                continue;
            string? bias = add.Inputs.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal));
            if (bias is null || bias.StartsWith("pooler", StringComparison.Ordinal))
                continue;
            map[node.Inputs[1]] = (ToParameter(bias[..^".bias".Length] + ".weight"), true);
        }
        foreach (var name in initializers)
        {
            if (name.StartsWith("embeddings.", StringComparison.Ordinal) && name != "embeddings.position_ids"
                || name.StartsWith("encoder.", StringComparison.Ordinal))
                map[name] = (ToParameter(name), false);
        }
        return map;
    }

    // Hugging Face name → this module's parameter name.
    private static string ToParameter(string hf) => hf
        .Replace("embeddings.LayerNorm", "embeddings_norm", StringComparison.Ordinal)
        .Replace("embeddings.word_embeddings", "word_embeddings", StringComparison.Ordinal)
        .Replace("embeddings.position_embeddings", "position_embeddings", StringComparison.Ordinal)
        .Replace("embeddings.token_type_embeddings", "token_type_embeddings", StringComparison.Ordinal)
        .Replace("encoder.layer.", "layer.", StringComparison.Ordinal)
        .Replace("attention.self.", "", StringComparison.Ordinal)
        .Replace("attention.output.dense", "attention_out", StringComparison.Ordinal)
        .Replace("attention.output.LayerNorm", "attention_norm", StringComparison.Ordinal)
        .Replace("intermediate.dense", "intermediate", StringComparison.Ordinal)
        .Replace("output.dense", "output", StringComparison.Ordinal)
        .Replace("output.LayerNorm", "output_norm", StringComparison.Ordinal);

    /// <summary>Copies the pre-trained weights from <paramref name="onnx"/>; every parameter must be found.</summary>
    public void LoadFrom(OnnxModelFile onnx)
    {
        var parameters = named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        var filled = new HashSet<string>(StringComparer.Ordinal);
        using var noGrad = no_grad();
        foreach (var (initializer, (name, transposed)) in OnnxNames(onnx))
        {
            if (!parameters.TryGetValue(name, out var p))
                throw new InvalidOperationException($"ONNX initializer {initializer} maps to unknown parameter {name}");
            var t = onnx.Get(initializer);
            var values = tensor(onnx.ReadFloats(t), t.Dims);
            if (transposed)
                values = values.t();
            if (!values.shape.SequenceEqual(p.shape))
                throw new InvalidOperationException($"{name}: ONNX shape {string.Join('x', values.shape)}, module {string.Join('x', p.shape)}");
            p.copy_(values);
            filled.Add(name);
        }
        var missing = parameters.Keys.Where(k => !filled.Contains(k)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException("not in the ONNX graph: " + string.Join(", ", missing));
    }

    /// <summary>The ONNX file with this module's weights in place of the pre-trained ones.</summary>
    public byte[] WriteInto(OnnxModelFile onnx, int storeAs)
    {
        var parameters = named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        var names = OnnxNames(onnx);
        return onnx.Rewrite(t =>
        {
            if (!names.TryGetValue(t.Name, out var m))
                return null;
            var p = parameters[m.Parameter].detach();
            if (m.Transposed)
                p = p.t();
            return p.contiguous().data<float>().ToArray();
        }, storeAs);
    }

    private sealed class EncoderLayer : Module<Tensor, Tensor, Tensor>
    {
        private readonly Linear query, key, value, attention_out, intermediate, output;
        private readonly LayerNorm attention_norm, output_norm;
        private readonly Dropout dropout;

        public EncoderLayer(double dropoutRate) : base("layer")
        {
            query = Linear(Width, Width);
            key = Linear(Width, Width);
            value = Linear(Width, Width);
            attention_out = Linear(Width, Width);
            attention_norm = LayerNorm(new long[] { Width }, 1e-12);
            intermediate = Linear(Width, Inner);
            output = Linear(Inner, Width);
            output_norm = LayerNorm(new long[] { Width }, 1e-12);
            dropout = Dropout(dropoutRate);
            RegisterComponents();
        }

        public override Tensor forward(Tensor x, Tensor additiveMask)
        {
            using var scope = NewDisposeScope();
            long batch = x.shape[0], length = x.shape[1];
            const int headWidth = Width / Heads;
            Tensor Split(Tensor t) => t.view(batch, length, Heads, headWidth).transpose(1, 2);
            var q = Split(query.forward(x));
            var k = Split(key.forward(x));
            var v = Split(value.forward(x));
            var scores = matmul(q, k.transpose(-1, -2)) / MathF.Sqrt(headWidth) + additiveMask;
            var context = matmul(dropout.forward(functional.softmax(scores, -1)), v)
                .transpose(1, 2).contiguous().view(batch, length, Width);
            var h = attention_norm.forward(x + dropout.forward(attention_out.forward(context)));
            var inner = functional.gelu(intermediate.forward(h));
            var y = output_norm.forward(h + dropout.forward(output.forward(inner)));
            return y.MoveToOuterDisposeScope();
        }
    }
}
