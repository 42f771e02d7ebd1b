using System.Buffers.Binary;
using NewsNlp.Models;

namespace NewsNlp.Accurate.Onnx;

/// <summary>
/// The weights (initializers) of an ONNX model file, read and rewritten without a protobuf library.
/// </summary>
/// <remarks>
/// *** Binary format *** An ONNX file is a protobuf <c>ModelProto</c>; field 7 is the <c>GraphProto</c>,
/// whose field 5 repeats <c>TensorProto</c> initializers (1 dims, 2 data_type, 4 float_data, 8 name,
/// 9 raw_data). Only those fields are decoded; everything else is copied byte for byte, so a rewrite
/// changes nothing but the tensors it is asked to change. Why not Google.Protobuf with generated ONNX
/// classes: the encoder's glue needs four fields, and a generated message tree would hold a second
/// copy of 90 MB of weights while rewriting.
/// </remarks>
internal sealed class OnnxModelFile
{
    /// <summary>ONNX <c>TensorProto.DataType</c> values used here.</summary>
    internal const int Float = 1, Int64 = 7, Float16 = 10;

    private readonly byte[] _bytes;
    private readonly string _source;

    private OnnxModelFile(byte[] bytes, string source, List<OnnxTensor> tensors, List<OnnxNode> nodes)
    {
        _bytes = bytes;
        _source = source;
        Initializers = tensors;
        Nodes = nodes;
    }

    /// <summary>The graph's nodes in file order (operator type, inputs, outputs).</summary>
    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <summary>The graph's initializers in file order.</summary>
    public IReadOnlyList<OnnxTensor> Initializers { get; }

    /// <summary>The file as read.</summary>
    public ReadOnlyMemory<byte> Bytes => _bytes;

    /// <summary>Parses <paramref name="bytes"/>; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="ModelFormatException">Not an ONNX model or truncated.</exception>
    public static OnnxModelFile Parse(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var tensors = new List<OnnxTensor>();
        var nodes = new List<OnnxNode>();
        try
        {
            bool sawGraph = false;
            var model = new ProtoReader(bytes, 0, bytes.Length);
            while (model.Next(out int field, out int wire))
            {
                if (field == 7 && wire == 2)
                {
                    var (start, length) = model.ReadLengthDelimited();
                    ReadGraph(bytes, start, length, tensors, nodes);
                    sawGraph = true;
                }
                else
                {
                    model.Skip(wire);
                }
            }
            if (!sawGraph)
                throw new ModelFormatException(source, "not an ONNX model (no graph)");
        }
        catch (FormatException e)
        {
            throw new ModelFormatException(source, "not an ONNX model or truncated: " + e.Message, e);
        }
        return new OnnxModelFile(bytes, source, tensors, nodes);
    }

    /// <summary>The initializer called <paramref name="name"/>.</summary>
    /// <exception cref="ModelFormatException">The graph has no such initializer.</exception>
    public OnnxTensor Get(string name)
    {
        foreach (var t in Initializers)
            if (t.Name == name)
                return t;
        throw new ModelFormatException(_source, $"the graph has no initializer '{name}'");
    }

    /// <summary>The values of a float or float16 initializer as float32.</summary>
    public float[] ReadFloats(OnnxTensor tensor)
    {
        var raw = _bytes.AsSpan(tensor.DataOffset, tensor.DataLength);
        if (tensor.DataType == Float)
        {
            var values = new float[tensor.DataLength / 4];
            for (int i = 0; i < values.Length; i++)
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(raw[(i * 4)..]);
            return values;
        }
        if (tensor.DataType == Float16)
        {
            var values = new float[tensor.DataLength / 2];
            for (int i = 0; i < values.Length; i++)
                values[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(raw[(i * 2)..]);
            return values;
        }
        throw new ModelFormatException(_source, $"initializer '{tensor.Name}' is of ONNX type {tensor.DataType}, not float");
    }

    /// <summary>
    /// A copy of the file with each initializer that <paramref name="replace"/> answers for replaced by
    /// the given floats, stored as <paramref name="storeAs"/> (<see cref="Float"/> or <see cref="Float16"/>);
    /// other initializers and all other fields are copied unchanged.
    /// </summary>
    public byte[] Rewrite(Func<OnnxTensor, float[]?> replace, int storeAs = Float)
    {
        if (storeAs != Float && storeAs != Float16)
            throw new ArgumentOutOfRangeException(nameof(storeAs));
        var output = new MemoryStream(_bytes.Length);
        var model = new ProtoReader(_bytes, 0, _bytes.Length);
        while (model.Next(out int field, out int wire))
        {
            int fieldStart = model.FieldStart;
            if (field == 7 && wire == 2)
            {
                var (start, length) = model.ReadLengthDelimited();
                byte[] graph = RewriteGraph(start, length, replace, storeAs);
                ProtoWriter.WriteTag(output, 7, 2);
                ProtoWriter.WriteVarint(output, (ulong)graph.Length);
                output.Write(graph);
            }
            else
            {
                model.Skip(wire);
                output.Write(_bytes, fieldStart, model.Position - fieldStart);
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// A copy in which every float16 initializer is float32 again: ONNX Runtime then runs the float32
    /// kernels on weights stored at half the size.
    /// </summary>
    public byte[] WidenHalfFloats()
        => Rewrite(t => t.DataType == Float16 ? ReadFloats(t) : null, Float);

    private byte[] RewriteGraph(int start, int length, Func<OnnxTensor, float[]?> replace, int storeAs)
    {
        var output = new MemoryStream(length);
        var graph = new ProtoReader(_bytes, start, length);
        while (graph.Next(out int field, out int wire))
        {
            int fieldStart = graph.FieldStart;
            if (field == 5 && wire == 2)
            {
                var (tStart, tLength) = graph.ReadLengthDelimited();
                var tensor = ReadTensor(_bytes, tStart, tLength);
                float[]? values = tensor.DataType is Float or Float16 ? replace(tensor) : null;
                if (values is null)
                {
                    output.Write(_bytes, fieldStart, graph.Position - fieldStart);
                    continue;
                }
                if (values.Length != tensor.ElementCount)
                    throw new ArgumentException($"'{tensor.Name}' has {tensor.ElementCount} values, the replacement {values.Length}");
                byte[] encoded = EncodeTensor(tensor, values, storeAs);
                ProtoWriter.WriteTag(output, 5, 2);
                ProtoWriter.WriteVarint(output, (ulong)encoded.Length);
                output.Write(encoded);
            }
            else
            {
                graph.Skip(wire);
                output.Write(_bytes, fieldStart, graph.Position - fieldStart);
            }
        }
        return output.ToArray();
    }

    private static byte[] EncodeTensor(OnnxTensor tensor, float[] values, int storeAs)
    {
        var output = new MemoryStream();
        foreach (long d in tensor.Dims)
        {
            ProtoWriter.WriteTag(output, 1, 0);
            ProtoWriter.WriteVarint(output, (ulong)d);
        }
        ProtoWriter.WriteTag(output, 2, 0);
        ProtoWriter.WriteVarint(output, (ulong)storeAs);
        var name = System.Text.Encoding.UTF8.GetBytes(tensor.Name);
        ProtoWriter.WriteTag(output, 8, 2);
        ProtoWriter.WriteVarint(output, (ulong)name.Length);
        output.Write(name);
        int width = storeAs == Float ? 4 : 2;
        var raw = new byte[values.Length * width];
        for (int i = 0; i < values.Length; i++)
        {
            if (storeAs == Float)
                BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * 4), values[i]);
            else
                BinaryPrimitives.WriteHalfLittleEndian(raw.AsSpan(i * 2), (Half)values[i]);
        }
        ProtoWriter.WriteTag(output, 9, 2);
        ProtoWriter.WriteVarint(output, (ulong)raw.Length);
        output.Write(raw);
        return output.ToArray();
    }

    private static void ReadGraph(byte[] bytes, int start, int length, List<OnnxTensor> tensors, List<OnnxNode> nodes)
    {
        var graph = new ProtoReader(bytes, start, length);
        while (graph.Next(out int field, out int wire))
        {
            if (field == 5 && wire == 2)
            {
                var (tStart, tLength) = graph.ReadLengthDelimited();
                tensors.Add(ReadTensor(bytes, tStart, tLength));
            }
            else if (field == 1 && wire == 2)
            {
                var (nStart, nLength) = graph.ReadLengthDelimited();
                nodes.Add(ReadNode(bytes, nStart, nLength));
            }
            else
            {
                graph.Skip(wire);
            }
        }
    }

    private static OnnxNode ReadNode(byte[] bytes, int start, int length)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        string op = "", name = "";
        var node = new ProtoReader(bytes, start, length);
        while (node.Next(out int field, out int wire))
        {
            if (wire != 2 || field > 4)
            {
                node.Skip(wire);
                continue;
            }
            var (s, l) = node.ReadLengthDelimited();
            string text = System.Text.Encoding.UTF8.GetString(bytes, s, l);
            switch (field)
            {
                case 1: inputs.Add(text); break;
                case 2: outputs.Add(text); break;
                case 3: name = text; break;
                case 4: op = text; break;
            }
        }
        return new OnnxNode(name, op, inputs.ToArray(), outputs.ToArray());
    }

    private static OnnxTensor ReadTensor(byte[] bytes, int start, int length)
    {
        var dims = new List<long>();
        int dataType = 0, dataOffset = 0, dataLength = 0;
        string name = "";
        var tensor = new ProtoReader(bytes, start, length);
        while (tensor.Next(out int field, out int wire))
        {
            switch (field)
            {
                case 1 when wire == 0:
                    dims.Add((long)tensor.ReadVarint());
                    break;
                case 1 when wire == 2: // packed dims
                    var (ds, dl) = tensor.ReadLengthDelimited();
                    var packed = new ProtoReader(bytes, ds, dl);
                    while (packed.Position < ds + dl)
                        dims.Add((long)packed.ReadVarint());
                    break;
                case 2 when wire == 0:
                    dataType = (int)tensor.ReadVarint();
                    break;
                case 8 when wire == 2:
                    var (ns, nl) = tensor.ReadLengthDelimited();
                    name = System.Text.Encoding.UTF8.GetString(bytes, ns, nl);
                    break;
                case 9 when wire == 2:
                case 4 when wire == 2: // packed float_data: the same little-endian floats as raw_data
                    (dataOffset, dataLength) = tensor.ReadLengthDelimited();
                    break;
                default:
                    tensor.Skip(wire);
                    break;
            }
        }
        return new OnnxTensor(name, dataType, dims.ToArray(), dataOffset, dataLength);
    }
}

/// <summary>One node of an ONNX graph.</summary>
internal sealed record OnnxNode(string Name, string OpType, string[] Inputs, string[] Outputs);

/// <summary>One initializer of an ONNX graph: where its values lie in the file.</summary>
internal sealed record OnnxTensor(string Name, int DataType, long[] Dims, int DataOffset, int DataLength)
{
    /// <summary>The number of values (the product of the dimensions).</summary>
    public long ElementCount
    {
        get
        {
            long n = 1;
            foreach (long d in Dims)
                n *= d;
            return n;
        }
    }
}
