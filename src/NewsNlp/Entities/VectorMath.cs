using System.Numerics;

namespace NewsNlp.Entities;

/// <summary>The two SIMD loops the recognizer and its trainer share (row += weights, dot product).</summary>
internal static class VectorMath
{
    /// <summary>row[j] += weights[j] for every j of <paramref name="weights"/>.</summary>
    public static void Add(Span<float> row, ReadOnlySpan<float> weights)
    {
        int j = 0;
        for (; j + Vector<float>.Count <= weights.Length; j += Vector<float>.Count)
            (new Vector<float>(row[j..]) + new Vector<float>(weights[j..])).CopyTo(row[j..]);
        for (; j < weights.Length; j++) row[j] += weights[j];
    }

    /// <summary>Σ a[i]·b[i].</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
