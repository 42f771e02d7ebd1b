namespace NewsNlp.Entities;

/// <summary>
/// Word clusters induced from unlabeled news text: each known word has a fine cluster id whose
/// high bits are its coarse cluster (a two-level hierarchy). Immutable and thread-safe.
/// </summary>
internal sealed class WordClusters
{
    public const int NoCluster = -1;
    private readonly Dictionary<string, int> _clusters;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(Dictionary<string, int> clusters, int coarseShift)
    {
        _clusters = clusters;
        _lookup = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        CoarseShift = coarseShift;
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), 0);

    /// <summary>Bits to shift a fine id right to get its coarse id.</summary>
    public int CoarseShift { get; }

    public int Count => _clusters.Count;

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
    }

    public static WordClusters Read(BinaryReader r)
    {
        int shift = r.ReadInt32();
        int n = r.ReadInt32();
        if (n < 0) throw new InvalidDataException("bad cluster count");
        var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) d[r.ReadString()] = r.ReadInt16();
        return new WordClusters(d, shift);
    }
}
