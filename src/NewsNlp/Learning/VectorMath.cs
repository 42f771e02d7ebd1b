using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsNlp.Learning;

/// <summary>SIMD helpers the recognizer, its decoder and its trainer share (row += weights, dot product, block stores).</summary>
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

    /// <summary>Writes four consecutive vectors (running totals a kernel kept in registers) from <paramref name="at"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store4(ref float target, int at, Vector<float> c0, Vector<float> c1, Vector<float> c2, Vector<float> c3)
    {
        nuint to = (nuint)at, v = (nuint)Vector<float>.Count;
        c0.StoreUnsafe(ref target, to);
        c1.StoreUnsafe(ref target, to + v);
        c2.StoreUnsafe(ref target, to + 2 * v);
        c3.StoreUnsafe(ref target, to + 3 * v);
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
