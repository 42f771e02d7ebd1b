namespace NewsNlp.Learning;

/// <summary>
/// Word clusters and word vectors induced from unlabeled news text: each known word has a fine
/// cluster id whose high bits are its coarse cluster (a two-level hierarchy), and optionally a
/// short vector (int8, scaled) used as dense features. Immutable and thread-safe.
/// </summary>
internal sealed class WordClusters
{
    public const int NoCluster = -1;
    private readonly Dictionary<string, int> _clusters;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rowLookup;
    private readonly sbyte[] _vectors;
    // Word → (cluster, vector row) with the lower-case fallbacks already applied: one lookup per
    // word instead of up to four in the recognizer's hot path.
    private readonly Dictionary<string, (int Cluster, int Row)>.AlternateLookup<ReadOnlySpan<char>> _both;

    public WordClusters(Dictionary<string, int> clusters, int coarseShift)
        : this(clusters, coarseShift, new Dictionary<string, int>(StringComparer.Ordinal), [], 0, 1f)
    {
    }

    /// <param name="clusters">Word → fine cluster id.</param>
    /// <param name="coarseShift">Bits that separate fine from coarse ids.</param>
    /// <param name="rows">Word → row of its vector.</param>
    /// <param name="vectors">Row-major int8 vectors.</param>
    /// <param name="dimensions">Vector length (0: no vectors).</param>
    /// <param name="scale">Multiply an int8 component by this to get its value.</param>
    public WordClusters(Dictionary<string, int> clusters, int coarseShift, Dictionary<string, int> rows, sbyte[] vectors, int dimensions, float scale)
    {
        _clusters = clusters;
        _lookup = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        CoarseShift = coarseShift;
        _rows = rows;
        _rowLookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        _vectors = vectors;
        Dimensions = dimensions;
        Scale = scale;
        if (vectors.Length != rows.Count * dimensions) throw new InvalidDataException("vector table size");
        var both = new Dictionary<string, (int, int)>(clusters.Count + rows.Count, StringComparer.Ordinal);
        foreach (string word in clusters.Keys.Concat(dimensions == 0 ? [] : rows.Keys))
            both.TryAdd(word, (Get(word), VectorRow(word)));
        _both = both.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// A word's fine cluster and vector row at once: the same answers as <see cref="Get"/> and
    /// <see cref="VectorRow"/>, with one dictionary lookup for a known form.
    /// </summary>
    public (int Cluster, int Row) Lookup(ReadOnlySpan<char> word)
    {
        if (_both.TryGetValue(word, out var found)) return found;
        if (word.Length > 64) return (NoCluster, -1);
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _both.TryGetValue(lower, out found) ? found : (NoCluster, -1);
    }

    /// <summary>The same clusters without the word vectors (for models whose features use clusters only).</summary>
    public WordClusters WithoutVectors() => Dimensions == 0 ? this : new WordClusters(_clusters, CoarseShift);

    public static WordClusters Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), 0);

    /// <summary>Length of the word vectors; 0 when the model has none.</summary>
    public int Dimensions { get; }

    /// <summary>Number of words that have a vector.</summary>
    public int VectorCount => _rows.Count;

    /// <summary>Value of one int8 step.</summary>
    public float Scale { get; }

    /// <summary>Row of a word's vector (exact form, then lower case), or -1.</summary>
    public int VectorRow(ReadOnlySpan<char> word)
    {
        if (Dimensions == 0) return -1;
        if (_rowLookup.TryGetValue(word, out int row)) return row;
        if (word.Length > 64) return -1;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _rowLookup.TryGetValue(lower, out row) ? row : -1;
    }

    /// <summary>The int8 components of a vector row.</summary>
    public ReadOnlySpan<sbyte> Vector(int row) => _vectors.AsSpan(row * Dimensions, Dimensions);

    /// <summary>Bits to shift a fine id right to get its coarse id.</summary>
    public int CoarseShift { get; }

    /// <summary>The fine cluster of a word (exact form first, then lower case), or <see cref="NoCluster"/>.</summary>
    public int Get(ReadOnlySpan<char> word)
    {
        if (_clusters.Count == 0) return NoCluster;
        if (_lookup.TryGetValue(word, out int id)) return id;
        if (word.Length > 64) return NoCluster;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out id) ? id : NoCluster;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(CoarseShift);
        w.Write(_clusters.Count);
        foreach (var (k, v) in _clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write((short)v);
        }
        w.Write(Dimensions);
        w.Write(Scale);
        w.Write(_rows.Count);
        foreach (var (k, v) in _rows.OrderBy(p => p.Value))
            w.Write(k);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_vectors.AsSpan()));
    }

    public static WordClusters Read(BinaryReader r)
    {
        int shift = r.ReadInt32();
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("bad cluster count");
        var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) d[r.ReadString()] = r.ReadInt16();
        int dims = r.ReadInt32();
        float scale = r.ReadSingle();
        int rows = r.ReadInt32();
        if (dims < 0 || rows < 0 || dims > 4096) throw new InvalidDataException("bad vector table");
        var rowIndex = new Dictionary<string, int>(rows, StringComparer.Ordinal);
        for (int i = 0; i < rows; i++) rowIndex[r.ReadString()] = i;
        byte[] raw = r.ReadBytes(rows * dims);
        if (raw.Length != rows * dims) throw new EndOfStreamException();
        var vectors = new sbyte[raw.Length];
        Buffer.BlockCopy(raw, 0, vectors, 0, raw.Length);
        return new WordClusters(d, shift, rowIndex, vectors, dims, scale);
    }
}
