using System.Numerics.Tensors;
using NewsNlp.Models;

namespace NewsNlp.Accurate.Heads;

/// <summary>A linear layer as torch writes it: weight [out, in] row-major, bias [out] (or none).</summary>
internal sealed class Dense
{
    private readonly float[] _weight;
    private readonly float[]? _bias;

    private Dense(float[] weight, float[]? bias, int inputs, int outputs)
    {
        _weight = weight;
        _bias = bias;
        Inputs = inputs;
        Outputs = outputs;
    }

    public int Inputs { get; }
    public int Outputs { get; }

    /// <summary>Reads <c>name.weight</c> and (unless <paramref name="bias"/> is false) <c>name.bias</c>, checking their shapes.</summary>
    /// <exception cref="ModelFormatException">A tensor is missing or has the wrong shape.</exception>
    public static Dense Read(TransformerModel model, string name, int inputs, int outputs, bool bias = true, string? weightName = null)
    {
        var w = model.Tensor(weightName ?? name + ".weight");
        if (w.Dims.Length != 2 || w.Dims[1] != inputs || (outputs >= 0 && w.Dims[0] != outputs))
            throw new ModelFormatException(model.Manifest.Name, $"head tensor '{weightName ?? name + ".weight"}' is [{string.Join(", ", w.Dims)}], expected [{(outputs >= 0 ? outputs : "n")}, {inputs}]");
        float[]? b = null;
        if (bias)
        {
            var t = model.Tensor(name + ".bias");
            if (t.Values.Length != w.Dims[0])
                throw new ModelFormatException(model.Manifest.Name, $"head tensor '{name}.bias' has {t.Values.Length} values, expected {w.Dims[0]}");
            b = t.Values;
        }
        return new Dense(w.Values, b, inputs, w.Dims[0]);
    }

    /// <summary><paramref name="output"/> = W·<paramref name="input"/> + b.</summary>
    public void Apply(ReadOnlySpan<float> input, Span<float> output)
    {
        var weight = _weight.AsSpan();
        for (int o = 0; o < Outputs; o++)
            output[o] = TensorPrimitives.Dot(weight.Slice(o * Inputs, Inputs), input) + (_bias is null ? 0f : _bias[o]);
    }

    /// <summary>Applies the layer to each of <paramref name="rows"/> rows and then leaky ReLU (slope 0.1), as the parser's MLPs do.</summary>
    public float[] ApplyRowsLeaky(ReadOnlySpan<float> input, int rows)
    {
        var output = new float[rows * Outputs];
        for (int r = 0; r < rows; r++)
        {
            var y = output.AsSpan(r * Outputs, Outputs);
            Apply(input.Slice(r * Inputs, Inputs), y);
            for (int k = 0; k < y.Length; k++)
                if (y[k] < 0) y[k] *= 0.1f;
        }
        return output;
    }
}
