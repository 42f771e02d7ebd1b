using System.Buffers.Binary;

namespace NewsNlp.Accurate.Onnx;

/// <summary>
/// Dynamic int8 quantization of an ONNX graph's matrix products, the scheme ONNX Runtime's own
/// quantizer writes: each <c>MatMul(X, W)</c> with a constant 2-D float weight becomes
/// <code>
/// DynamicQuantizeLinear(X) → Xq (uint8), sx, zx
/// MatMulInteger(Xq, Wq, zx, zw) → int32;  Cast → float;  Mul by sx · sw  → Y
/// </code>
/// with <c>Wq</c> the weight in int8, one symmetric scale per output column (<c>zw</c> = 0). ONNX
/// Runtime fuses the four nodes into one DynamicQuantizeMatMul kernel (u8·s8 dot products), which on
/// a CPU without AVX-512 runs the encoder about twice as fast as float32; the weights shrink to a
/// quarter. Everything else in the file is copied unchanged.
/// </summary>
internal static class OnnxQuantizer
{
    private const int Int8 = 3;
    private const int AttributeInt = 2;

    /// <summary>Returns the quantized graph and how many products were quantized.</summary>
    public static (byte[] Bytes, int Quantized) Quantize(OnnxModelFile model)
    {
        var bytes = model.Bytes.ToArray();
        var weights = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        foreach (var t in model.Initializers)
            if (t.DataType is OnnxModelFile.Float or OnnxModelFile.Float16 && t.Dims.Length == 2)
                weights[t.Name] = t;
        // A weight is replaced only when every use of it is a MatMul's second input.
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var matmulUses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in model.Nodes)
        {
            foreach (var input in node.Inputs)
                uses[input] = uses.GetValueOrDefault(input) + 1;
            if (node.OpType == "MatMul" && node.Inputs.Length == 2)
                matmulUses[node.Inputs[1]] = matmulUses.GetValueOrDefault(node.Inputs[1]) + 1;
        }
        var quantize = weights.Keys.Where(w => matmulUses.GetValueOrDefault(w) > 0 && uses[w] == matmulUses[w]).ToHashSet(StringComparer.Ordinal);

        var output = new MemoryStream(bytes.Length / 3);
        var reader = new ProtoReader(bytes, 0, bytes.Length);
        int quantized = 0;
        while (reader.Next(out int field, out int wire))
        {
            int fieldStart = reader.FieldStart;
            if (field == 7 && wire == 2)
            {
                var (start, length) = reader.ReadLengthDelimited();
                byte[] graph = RewriteGraph(model, bytes, start, length, quantize, weights, ref quantized);
                ProtoWriter.WriteTag(output, 7, 2);
                ProtoWriter.WriteVarint(output, (ulong)graph.Length);
                output.Write(graph);
            }
            else
            {
                reader.Skip(wire);
                output.Write(bytes, fieldStart, reader.Position - fieldStart);
            }
        }
        return (output.ToArray(), quantized);
    }

    private static byte[] RewriteGraph(OnnxModelFile model, byte[] bytes, int start, int length, HashSet<string> quantize,
        Dictionary<string, OnnxTensor> weights, ref int quantized)
    {
        var output = new MemoryStream(length / 3);
        var graph = new ProtoReader(bytes, start, length);
        int nodeIndex = 0;
        while (graph.Next(out int field, out int wire))
        {
            int fieldStart = graph.FieldStart;
            if (field == 1 && wire == 2)
            {
                graph.ReadLengthDelimited();
                var node = model.Nodes[nodeIndex++];
                if (node.OpType == "MatMul" && node.Inputs.Length == 2 && quantize.Contains(node.Inputs[1]))
                {
                    WriteQuantizedProduct(output, node);
                    quantized++;
                    continue;
                }
                output.Write(bytes, fieldStart, graph.Position - fieldStart);
            }
            else if (field == 5 && wire == 2)
            {
                var (tStart, tLength) = graph.ReadLengthDelimited();
                string name = TensorName(bytes, tStart, tLength);
                if (!quantize.Contains(name))
                    output.Write(bytes, fieldStart, graph.Position - fieldStart);
            }
            else
            {
                graph.Skip(wire);
                output.Write(bytes, fieldStart, graph.Position - fieldStart);
            }
        }
        foreach (var name in quantize.Order(StringComparer.Ordinal))
            WriteQuantizedWeight(output, model, weights[name]);
        return output.ToArray();
    }

    private static void WriteQuantizedProduct(Stream output, OnnxNode node)
    {
        string x = node.Inputs[0], w = node.Inputs[1], y = node.Outputs[0];
        WriteNode(output, "DynamicQuantizeLinear", [x], [y + "_xq", y + "_xs", y + "_xz"]);
        WriteNode(output, "MatMulInteger", [y + "_xq", w + "_q", y + "_xz", w + "_z"], [y + "_i32"]);
        WriteNode(output, "Cast", [y + "_i32"], [y + "_f"], ("to", 1));
        WriteNode(output, "Mul", [y + "_xs", w + "_s"], [y + "_scale"]);
        WriteNode(output, "Mul", [y + "_f", y + "_scale"], [y]);
    }

    private static void WriteQuantizedWeight(Stream output, OnnxModelFile model, OnnxTensor weight)
    {
        var values = model.ReadFloats(weight);
        int rows = (int)weight.Dims[0], columns = (int)weight.Dims[1];
        var scales = new float[columns];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                scales[c] = Math.Max(scales[c], Math.Abs(values[r * columns + c]));
        for (int c = 0; c < columns; c++)
            scales[c] = scales[c] == 0 ? 1f : scales[c] / 127f;
        var q = new byte[values.Length];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                q[r * columns + c] = (byte)(sbyte)Math.Clamp(MathF.Round(values[r * columns + c] / scales[c]), -127, 127);
        var scaleBytes = new byte[columns * 4];
        for (int c = 0; c < columns; c++)
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan(c * 4), scales[c]);
        WriteTensor(output, weight.Name + "_q", Int8, [rows, columns], q);
        WriteTensor(output, weight.Name + "_s", OnnxModelFile.Float, [columns], scaleBytes);
        WriteTensor(output, weight.Name + "_z", Int8, [columns], new byte[columns]);
    }

    private static void WriteTensor(Stream output, string name, int type, long[] dims, byte[] raw)
    {
        var t = new MemoryStream(raw.Length + 64);
        foreach (long d in dims)
        {
            ProtoWriter.WriteTag(t, 1, 0);
            ProtoWriter.WriteVarint(t, (ulong)d);
        }
        ProtoWriter.WriteTag(t, 2, 0);
        ProtoWriter.WriteVarint(t, (ulong)type);
        WriteString(t, 8, name);
        ProtoWriter.WriteTag(t, 9, 2);
        ProtoWriter.WriteVarint(t, (ulong)raw.Length);
        t.Write(raw);
        ProtoWriter.WriteTag(output, 5, 2);
        ProtoWriter.WriteVarint(output, (ulong)t.Length);
        t.Position = 0;
        t.CopyTo(output);
    }

    private static void WriteNode(Stream output, string op, string[] inputs, string[] outputs, (string Name, long Value)? attribute = null)
    {
        var n = new MemoryStream();
        foreach (var i in inputs)
            WriteString(n, 1, i);
        foreach (var o in outputs)
            WriteString(n, 2, o);
        WriteString(n, 3, outputs[0] + "_" + op);
        WriteString(n, 4, op);
        if (attribute is { } a)
        {
            var at = new MemoryStream();
            WriteString(at, 1, a.Name);
            ProtoWriter.WriteTag(at, 3, 0);
            ProtoWriter.WriteVarint(at, (ulong)a.Value);
            ProtoWriter.WriteTag(at, 20, 0);
            ProtoWriter.WriteVarint(at, AttributeInt);
            ProtoWriter.WriteTag(n, 5, 2);
            ProtoWriter.WriteVarint(n, (ulong)at.Length);
            n.Write(at.ToArray());
        }
        ProtoWriter.WriteTag(output, 1, 2);
        ProtoWriter.WriteVarint(output, (ulong)n.Length);
        n.Position = 0;
        n.CopyTo(output);
    }

    private static void WriteString(Stream output, int field, string value)
    {
        var b = System.Text.Encoding.UTF8.GetBytes(value);
        ProtoWriter.WriteTag(output, field, 2);
        ProtoWriter.WriteVarint(output, (ulong)b.Length);
        output.Write(b);
    }

    private static string TensorName(byte[] bytes, int start, int length)
    {
        var t = new ProtoReader(bytes, start, length);
        while (t.Next(out int field, out int wire))
        {
            if (field == 8 && wire == 2)
            {
                var (s, l) = t.ReadLengthDelimited();
                return System.Text.Encoding.UTF8.GetString(bytes, s, l);
            }
            t.Skip(wire);
        }
        return "";
    }
}
