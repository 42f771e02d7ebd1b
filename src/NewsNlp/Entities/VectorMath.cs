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

    /// <summary>row[i] += scale · q[i], widening the bytes with SIMD.</summary>
    public static void AddScaled(Span<float> row, ReadOnlySpan<sbyte> q, float scale)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = new Vector<float>(scale);
            int step = Vector<sbyte>.Count;
            int f = Vector<float>.Count;
            for (; j + step <= q.Length; j += step)
            {
                Vector.Widen(new Vector<sbyte>(q[j..]), out Vector<short> lo, out Vector<short> hi);
                Vector.Widen(lo, out Vector<int> a, out Vector<int> b);
                Vector.Widen(hi, out Vector<int> c, out Vector<int> d);
                (new Vector<float>(row[j..]) + Vector.ConvertToSingle(a) * s).CopyTo(row[j..]);
                (new Vector<float>(row[(j + f)..]) + Vector.ConvertToSingle(b) * s).CopyTo(row[(j + f)..]);
                (new Vector<float>(row[(j + 2 * f)..]) + Vector.ConvertToSingle(c) * s).CopyTo(row[(j + 2 * f)..]);
                (new Vector<float>(row[(j + 3 * f)..]) + Vector.ConvertToSingle(d) * s).CopyTo(row[(j + 3 * f)..]);
            }
        }
        for (; j < q.Length; j++) row[j] += scale * q[j];
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
