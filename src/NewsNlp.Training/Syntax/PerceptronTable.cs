using NewsNlp.Learning;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// Training-time weights of a multiclass averaged perceptron: a dense row of class weights per
/// feature (fixed feature set, chosen before training), with the standard trick for averaging
/// (Daumé 2006): keep w and u = Σ c·Δ, the average is w − u/c.
/// </summary>
internal sealed class PerceptronTable
{
    private readonly Dictionary<uint, int> _rows;
    private readonly float[] _w;
    private readonly float[] _u;

    public PerceptronTable(IEnumerable<uint> keys, int classes)
    {
        Classes = classes;
        _rows = new Dictionary<uint, int>();
        foreach (uint k in keys) _rows.TryAdd(k, _rows.Count);
        _w = new float[(long)_rows.Count * classes];
        _u = new float[_w.Length];
    }

    public int Classes { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Examples seen so far (the averaging clock).</summary>
    public long Clock { get; private set; } = 1;

    public void Tick() => Clock++;

    /// <summary>All weights back to zero, for the next member of an ensemble.</summary>
    public void Reset()
    {
        Array.Clear(_w);
        Array.Clear(_u);
        Clock = 1;
    }

    /// <summary>
    /// The mean of several tables over the same classes (a weight missing from a table counts as
    /// zero): perceptrons trained on different shuffles, merged into one model of the same speed.
    /// </summary>
    public static FeatureWeights Average(IReadOnlyList<FeatureWeights> tables, int classes)
    {
        var sums = new Dictionary<uint, float[]>();
        foreach (var table in tables)
            foreach (var (key, tag, weight) in table.Entries())
            {
                if (!sums.TryGetValue(key, out var row)) sums[key] = row = new float[classes];
                row[tag] += weight / tables.Count;
            }
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, row) in sums.OrderBy(p => p.Key))
        {
            for (int j = 0; j < classes; j++)
            {
                if (row[j] == 0) continue;
                tags.Add((byte)j);
                weights.Add(row[j]);
            }
            keys.Add(key);
            starts.Add(tags.Count);
        }
        return new FeatureWeights(keys.ToArray(), starts.ToArray(), tags.ToArray(), weights.ToArray(), classes);
    }

    public void Score(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (uint k in keys)
            if (_rows.TryGetValue(k, out int row)) VectorMath.Add(scores, _w.AsSpan(row * Classes, Classes));
    }

    public void Update(ReadOnlySpan<uint> keys, int gold, int predicted)
    {
        if (gold == predicted) return;
        float c = Clock;
        foreach (uint k in keys)
        {
            if (!_rows.TryGetValue(k, out int row)) continue;
            int g = row * Classes + gold, p = row * Classes + predicted;
            _w[g] += 1; _u[g] += c;
            _w[p] -= 1; _u[p] -= c;
        }
    }

    /// <summary>
    /// Adds <paramref name="delta"/> to class <paramref name="label"/>'s weight of each key: the update of
    /// a ranking perceptron, whose right and chosen options have different features (coreference's
    /// antecedents) rather than different classes. Keys outside the table are skipped.
    /// </summary>
    public void Add(ReadOnlySpan<uint> keys, int label, float delta)
    {
        float c = Clock;
        foreach (uint k in keys)
        {
            if (!_rows.TryGetValue(k, out int row)) continue;
            int at = row * Classes + label;
            _w[at] += delta;
            _u[at] += delta * c;
        }
    }

    /// <summary>Every averaged weight that is not zero, as (key, class, weight), in no particular order.</summary>
    public IEnumerable<(uint Key, int Class, float Weight)> Averaged()
    {
        float c = Clock;
        foreach (var (key, row) in _rows)
            for (int j = 0; j < Classes; j++)
            {
                float a = _w[row * Classes + j] - _u[row * Classes + j] / c;
                if (a != 0) yield return (key, j, a);
            }
    }

    /// <summary>The averaged weights as a runtime table, dropping weights smaller than <paramref name="threshold"/>.</summary>
    public FeatureWeights Export(float threshold = 1e-3f)
    {
        float c = Clock;
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            int before = tags.Count;
            for (int j = 0; j < Classes; j++)
            {
                float a = _w[row * Classes + j] - _u[row * Classes + j] / c;
                if (Math.Abs(a) < threshold) continue;
                tags.Add((byte)j);
                weights.Add(a);
            }
            if (tags.Count == before) continue;
            keys.Add(key);
            starts.Add(tags.Count);
        }
        return new FeatureWeights(keys.ToArray(), starts.ToArray(), tags.ToArray(), weights.ToArray(), Classes);
    }
}
