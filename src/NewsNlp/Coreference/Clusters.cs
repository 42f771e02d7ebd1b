namespace NewsNlp.Coreference;

/// <summary>Union–find over the mentions, with each cluster's members and content words kept at its root.</summary>
internal sealed class Clusters
{
    private readonly int[] _parent;
    private readonly List<Mention>[] _members;
    private readonly HashSet<string>?[] _words;   // built on first use: most mentions never need theirs

    public Clusters(List<Mention> mentions)
    {
        int n = mentions.Count;
        _parent = new int[n];
        _members = new List<Mention>[n];
        _words = new HashSet<string>[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
            _members[i] = [mentions[i]];
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    public List<Mention> Members(int i) => _members[Find(i)];

    public HashSet<string> Words(int i)
    {
        int root = Find(i);
        if (_words[root] is { } words) return words;
        words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _members[root])
            if (m.Kind != MentionKind.Pronoun) words.UnionWith(m.Words);
        return _words[root] = words;
    }

    /// <summary>True when <paramref name="m"/> comes first (in text order) in its cluster: only such mentions look for antecedents.</summary>
    public bool IsFirst(Mention m) => Members(m.Index)[0] == m;

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        if (_members[ra].Count < _members[rb].Count) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        // Members stay in text order: merge two sorted lists.
        var merged = new List<Mention>(_members[ra].Count + _members[rb].Count);
        int i = 0, j = 0;
        var x = _members[ra];
        var y = _members[rb];
        while (i < x.Count || j < y.Count)
            merged.Add(j >= y.Count || (i < x.Count && x[i].Index < y[j].Index) ? x[i++] : y[j++]);
        _members[ra] = merged;
        _members[rb] = [];
        if (_words[ra] is { } wa && _words[rb] is { } wb) wa.UnionWith(wb);
        else _words[ra] = null;
        _words[rb] = null;
    }
}
