using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// The dense word-vector features are linear, so their contribution to the T tag scores depends
/// only on the word: x·W = own(w0) + neighbour(w-1) + neighbour(w+1). This cache computes those
/// two rows once per vocabulary word, on first use, and then scoring a word costs three row
/// additions instead of T dot products of length 2·D. Thread-safe without locks: a row is an
/// immutable array published with a compare-exchange, and a race only computes it twice.
/// </summary>
internal sealed class DenseRowCache
{
    private readonly WordClusters _clusters;
    private readonly float[] _weights;
    private readonly int _tags;
    private readonly float[]?[] _rows;

    public DenseRowCache(WordClusters clusters, float[] weightsByTag, int tags, int vocabulary)
    {
        _clusters = clusters;
        _weights = weightsByTag;
        _tags = tags;
        _rows = new float[vocabulary][];
    }

    /// <summary>Row for vocabulary row <paramref name="row"/>: T values for the word itself, then T as a neighbour.</summary>
    public float[] Get(int row)
    {
        var cached = Volatile.Read(ref _rows[row]);
        if (cached is not null) return cached;
        var computed = Compute(row);
        return Interlocked.CompareExchange(ref _rows[row], computed, null) ?? computed;
    }

    private float[] Compute(int row)
    {
        int d = _clusters.Dimensions, width = 2 * d;
        var v = _clusters.Vector(row);
        Span<float> own = stackalloc float[d];
        Span<float> neighbour = stackalloc float[d];
        for (int k = 0; k < d; k++)
        {
            own[k] = v[k] * _clusters.Scale;
            neighbour[k] = v[k] * _clusters.Scale / 2;
        }
        var result = new float[2 * _tags];
        for (int t = 0; t < _tags; t++)
        {
            var w = new ReadOnlySpan<float>(_weights, t * width, width);
            result[t] = VectorMath.Dot(own, w[..d]);
            result[_tags + t] = VectorMath.Dot(neighbour, w[d..]);
        }
        return result;
    }
}
