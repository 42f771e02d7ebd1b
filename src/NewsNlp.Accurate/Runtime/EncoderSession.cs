using Microsoft.ML.OnnxRuntime;
using NewsNlp.Accurate.Onnx;
using NewsNlp.Models;

namespace NewsNlp.Accurate.Runtime;

/// <summary>
/// The encoder graph in an ONNX Runtime session: padded piece ids in, hidden states out. The graph
/// is stored with float16 weights and widened to float32 here, once, so that ONNX Runtime runs its
/// float32 kernels (its float16 ones are slower on CPUs without half-float arithmetic); with int8 on,
/// the widened weights of its matrix products are then quantized to int8.
/// </summary>
/// <remarks>Thread-safe: <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/> may be called concurrently; all buffers are per call.</remarks>
internal sealed class EncoderSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly bool _typeIds;

    /// <exception cref="ModelFormatException">ONNX Runtime refuses the graph, or it lacks the encoder's inputs and output.</exception>
    public EncoderSession(byte[] graph, int intraOpThreads, bool int8, string source)
    {
        byte[] widened = OnnxModelFile.Parse(graph, source).WidenHalfFloats();
        // Int8 products (OnnxQuantizer): the weights quantized once here, the activations per call.
        if (int8) widened = OnnxQuantizer.Quantize(OnnxModelFile.Parse(widened, source)).Bytes;
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        try
        {
            _session = new InferenceSession(widened, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelFormatException(source, "ONNX Runtime cannot load the encoder graph: " + e.Message, e);
        }
        var inputs = _session.InputMetadata.Keys.ToHashSet(StringComparer.Ordinal);
        if (!inputs.Contains("input_ids") || !inputs.Contains("attention_mask"))
        {
            _session.Dispose();
            throw new ModelFormatException(source, "the encoder graph has no input_ids and attention_mask inputs");
        }
        _typeIds = inputs.Contains("token_type_ids");
        _inputNames = _typeIds ? ["input_ids", "attention_mask", "token_type_ids"] : ["input_ids", "attention_mask"];
        // The first output is the sequence of hidden states (sentence-transformers exports add pooled ones after it).
        _outputNames = [_session.OutputNames[0]];
        var dims = _session.OutputMetadata[_outputNames[0]].Dimensions;
        Width = dims.Length == 3 ? dims[2] : -1;
        if (Width <= 0)
        {
            _session.Dispose();
            throw new ModelFormatException(source, $"the encoder's output '{_outputNames[0]}' is not [batch, pieces, width]");
        }
    }

    /// <summary>Width of a hidden state (384 for MiniLM-L6).</summary>
    public int Width { get; }

    /// <summary>
    /// Runs <paramref name="batch"/> rows of <paramref name="length"/> pieces (<paramref name="ids"/> and
    /// <paramref name="mask"/> hold exactly batch × length values) and copies the hidden states,
    /// [batch, length, <see cref="Width"/>], into <paramref name="hidden"/>.
    /// </summary>
    public void Run(long[] ids, long[] mask, int batch, int length, float[] hidden)
    {
        var shape = new long[] { batch, length };
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        // Segment ids are all 0 (one segment); a fresh zeroed array costs less than the pieces themselves.
        using var typeValue = _typeIds ? OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape) : null;
        OrtValue[] values = _typeIds ? [idValue, maskValue, typeValue!] : [idValue, maskValue];
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, values, _outputNames);
        var result = outputs[0].GetTensorDataAsSpan<float>();
        result.CopyTo(hidden);
    }

    public void Dispose() => _session.Dispose();
}
