using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>The two SIMD loops the recognizer and its trainer share (row += weights, dot product).</summary>
internal static class VectorMath
{
    /// <summary>row[j] += weights[j] for every j of <paramref name="weights"/>.</summary>
    public static void Add(Span<float> row, ReadOnlySpan<float> weights)
    {
        int n = weights.Length;
        if (row.Length < n) throw new ArgumentException("row shorter than the weights", nameof(row));
        ref float r = ref MemoryMarshal.GetReference(row);
        ref float w = ref MemoryMarshal.GetReference(weights);
        int j = 0;
        for (; j + Vector<float>.Count <= n; j += Vector<float>.Count)
            (Vector.LoadUnsafe(ref r, (nuint)j) + Vector.LoadUnsafe(ref w, (nuint)j)).StoreUnsafe(ref r, (nuint)j);
        for (; j < n; j++) Unsafe.Add(ref r, j) += Unsafe.Add(ref w, j);
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
