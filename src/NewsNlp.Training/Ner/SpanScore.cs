namespace NewsNlp.Training.Ner;

/// <summary>Exact-span precision, recall and F1 per type and micro-averaged (conlleval rules).</summary>
public sealed class SpanScore
{
    private readonly Dictionary<string, (long Tp, long Gold, long Pred)> _byType = new(StringComparer.Ordinal);

    public void Add(IEnumerable<(int Start, int End, string Label)> gold, IEnumerable<(int Start, int End, string Label)> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        foreach (var x in g) Bump(x.Label, 0, 1, 0);
        foreach (var x in p) Bump(x.Label, g.Contains(x) ? 1 : 0, 0, 1);
    }

    private void Bump(string label, int tp, int gold, int pred)
    {
        var v = _byType.GetValueOrDefault(label);
        _byType[label] = (v.Tp + tp, v.Gold + gold, v.Pred + pred);
    }

    public IEnumerable<string> Types => _byType.Keys.Order(StringComparer.Ordinal);

    public (double P, double R, double F1, long Gold, long Pred) For(string type) => Prf(_byType.GetValueOrDefault(type));

    public (double P, double R, double F1, long Gold, long Pred) Micro
    {
        get
        {
            long tp = 0, g = 0, p = 0;
            foreach (var v in _byType.Values) { tp += v.Tp; g += v.Gold; p += v.Pred; }
            return Prf((tp, g, p));
        }
    }

    private static (double, double, double, long, long) Prf((long Tp, long Gold, long Pred) v)
    {
        double p = v.Pred == 0 ? 0 : (double)v.Tp / v.Pred;
        double r = v.Gold == 0 ? 0 : (double)v.Tp / v.Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), v.Gold, v.Pred);
    }

    /// <summary>A conlleval-style report: one line per type, then the micro line.</summary>
    public string Report()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in Types)
        {
            var (p, r, f, g, pr) = For(t);
            sb.AppendLine(System.FormattableString.Invariant($"{t,-12} P={100 * p,6:F2} R={100 * r,6:F2} F1={100 * f,6:F2}  gold={g} pred={pr}"));
        }
        var m = Micro;
        sb.AppendLine(System.FormattableString.Invariant($"micro P={100 * m.P:F2} R={100 * m.R:F2}"));
        sb.Append(System.FormattableString.Invariant($"F1 {100 * m.F1:F2}"));
        return sb.ToString();
    }
}
