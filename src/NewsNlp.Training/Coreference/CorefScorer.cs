namespace NewsNlp.Training.Coreference;

/// <summary>A mention as the CoNLL-2012 scorer sees it: a span of token indexes, end inclusive.</summary>
internal readonly record struct MentionSpan(int First, int Last);

/// <summary>Numerators and denominators of one metric, summed over documents (micro-average, as the reference does).</summary>
internal struct CorefCounts
{
    public double RecallNum, RecallDen, PrecisionNum, PrecisionDen;

    public readonly double Recall => RecallDen == 0 ? 0 : RecallNum / RecallDen;

    public readonly double Precision => PrecisionDen == 0 ? 0 : PrecisionNum / PrecisionDen;

    public readonly double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    public override readonly string ToString() =>
        FormattableString.Invariant($"R={Recall * 100:F2} P={Precision * 100:F2} F1={F1 * 100:F2}");
}

/// <summary>
/// MUC, B³ and CEAFe with the conventions of the CoNLL-2012 reference scorer (v8.01, Pradhan et al.
/// 2014): mentions match only by exact token span; key and response mentions are scored as they are
/// ("twinless" mentions are not added to the other side: a response mention missing from the key
/// costs precision, a key mention missing from the response costs recall); singletons count when a
/// side has them (OntoNotes keys have none); a mention repeated in the response is kept once, the
/// first time; the three metrics are summed over documents before dividing.
/// </summary>
internal sealed class CorefScorer
{
    private CorefCounts _muc, _bcubed, _ceafe;

    public CorefCounts Muc => _muc;

    public CorefCounts BCubed => _bcubed;

    public CorefCounts CeafE => _ceafe;

    /// <summary>The CoNLL score: the mean of the three F1 values (0..1).</summary>
    public double ConllF1 => (_muc.F1 + _bcubed.F1 + _ceafe.F1) / 3;

    public int Documents { get; private set; }

    /// <summary>Scores one document: its gold clusters and the system's clusters.</summary>
    public void Add(IReadOnlyList<IReadOnlyList<MentionSpan>> key, IReadOnlyList<IReadOnlyList<MentionSpan>> response)
    {
        var k = Dedup(key);
        var r = Dedup(response);
        var keyOf = ClusterIndex(k);
        var responseOf = ClusterIndex(r);
        MucCounts(k, responseOf, out double rn, out double rd);
        MucCounts(r, keyOf, out double pn, out double pd);
        Add(ref _muc, rn, rd, pn, pd);
        BCubedCounts(k, responseOf, out rn, out rd);
        BCubedCounts(r, keyOf, out pn, out pd);
        Add(ref _bcubed, rn, rd, pn, pd);
        double common = CeafECommon(k, r, responseOf);
        Add(ref _ceafe, common, k.Count, common, r.Count);
        Documents++;
    }

    private static void Add(ref CorefCounts c, double rn, double rd, double pn, double pd)
    {
        c.RecallNum += rn;
        c.RecallDen += rd;
        c.PrecisionNum += pn;
        c.PrecisionDen += pd;
    }

    private static List<MentionSpan[]> Dedup(IReadOnlyList<IReadOnlyList<MentionSpan>> clusters)
    {
        var seen = new HashSet<MentionSpan>();
        var result = new List<MentionSpan[]>(clusters.Count);
        foreach (var c in clusters)
        {
            var kept = new List<MentionSpan>(c.Count);
            foreach (var m in c) if (seen.Add(m)) kept.Add(m);
            if (kept.Count > 0) result.Add(kept.ToArray());
        }
        return result;
    }

    private static Dictionary<MentionSpan, int> ClusterIndex(List<MentionSpan[]> clusters)
    {
        var index = new Dictionary<MentionSpan, int>();
        for (int i = 0; i < clusters.Count; i++)
            foreach (var m in clusters[i]) index[m] = i;
        return index;
    }

    /// <summary>
    /// Vilain et al. (1995): for each cluster S, |S| minus the number of parts the other side cuts it
    /// into, where each mention the other side lacks is a part of its own; over Σ(|S| − 1).
    /// </summary>
    private static void MucCounts(List<MentionSpan[]> clusters, Dictionary<MentionSpan, int> other, out double num, out double den)
    {
        num = 0;
        den = 0;
        var parts = new HashSet<int>();
        foreach (var c in clusters)
        {
            parts.Clear();
            int twinless = 0;
            foreach (var m in c)
                if (other.TryGetValue(m, out int o)) parts.Add(o);
                else twinless++;
            num += c.Length - (parts.Count + twinless);
            den += c.Length - 1;
        }
    }

    /// <summary>Bagga and Baldwin (1998), summed per cluster pair: Σ |S ∩ O|² / |S| over Σ |S|.</summary>
    private static void BCubedCounts(List<MentionSpan[]> clusters, Dictionary<MentionSpan, int> other, out double num, out double den)
    {
        num = 0;
        den = 0;
        var overlap = new Dictionary<int, int>();
        foreach (var c in clusters)
        {
            overlap.Clear();
            foreach (var m in c)
                if (other.TryGetValue(m, out int o)) overlap[o] = overlap.GetValueOrDefault(o) + 1;
            foreach (var n in overlap.Values) num += (double)n * n / c.Length;
            den += c.Length;
        }
    }

    /// <summary>
    /// Luo (2005), entity-based: the best one-to-one alignment of key and response clusters under
    /// φ4(K, R) = 2|K ∩ R| / (|K| + |R|), found with the Hungarian algorithm; returns Σ φ4 over it.
    /// </summary>
    private static double CeafECommon(List<MentionSpan[]> key, List<MentionSpan[]> response, Dictionary<MentionSpan, int> responseOf)
    {
        if (key.Count == 0 || response.Count == 0) return 0;
        var sim = new double[key.Count, response.Count];
        for (int i = 0; i < key.Count; i++)
            foreach (var m in key[i])
                if (responseOf.TryGetValue(m, out int j)) sim[i, j] += 1;
        for (int i = 0; i < key.Count; i++)
            for (int j = 0; j < response.Count; j++)
                if (sim[i, j] > 0) sim[i, j] = 2 * sim[i, j] / (key[i].Length + response[j].Length);
        return Hungarian.MaxWeight(sim);
    }
}
