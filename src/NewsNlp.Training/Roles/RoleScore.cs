namespace NewsNlp.Training.Roles;

/// <summary>
/// Argument precision, recall and F1 with the conventions of srl-eval.pl (CoNLL-2005/2012): an
/// argument counts when its label and its words match exactly; V is not an argument; a C-X piece is
/// joined to the last X argument before it (a C-X with no X before it is an X), and the whole
/// discontinuous argument must match; R-X arguments count on their own. A proposition is identified by
/// its predicate's word: the arguments of a missed predicate all count as missed; a predicted
/// predicate that the gold data lacks is skipped, as srl-eval.pl skips it ("found predicted prop
/// without its gold reference"), and its arguments are counted apart (<see cref="Spurious"/>) for the
/// stricter end-to-end score, which counts them as excess.
/// </summary>
internal sealed class RoleScore
{
    private readonly Dictionary<string, (long Correct, long Excess, long Missed)> _byLabel = new(StringComparer.Ordinal);

    public long Correct { get; private set; }

    public long Excess { get; private set; }

    public long Missed { get; private set; }

    /// <summary>Arguments of predicted predicates that have no gold proposition (srl-eval skips them).</summary>
    public long Spurious { get; private set; }

    /// <summary>Precision counting the arguments of spurious predicates as excess.</summary>
    public double StrictPrecision => Correct + Excess + Spurious == 0 ? 0 : 100.0 * Correct / (Correct + Excess + Spurious);

    public double StrictF1 => StrictPrecision + Recall == 0 ? 0 : 2 * StrictPrecision * Recall / (StrictPrecision + Recall);

    public long GoldPredicates { get; private set; }

    public long PredictedPredicates { get; private set; }

    public long CorrectPredicates { get; private set; }

    public double Precision => Correct + Excess == 0 ? 0 : 100.0 * Correct / (Correct + Excess);

    public double Recall => Correct + Missed == 0 ? 0 : 100.0 * Correct / (Correct + Missed);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public IReadOnlyDictionary<string, (long Correct, long Excess, long Missed)> ByLabel => _byLabel;

    /// <summary>Adds one sentence: gold and predicted propositions, each a predicate word with (label, first, last) arguments.</summary>
    public void Add(IEnumerable<(int Word, IReadOnlyList<GoldArgument> Arguments)> gold, IEnumerable<(int Word, IReadOnlyList<GoldArgument> Arguments)> predicted)
    {
        var g = gold.ToDictionary(p => p.Word, p => Join(p.Arguments));
        var p = predicted.ToDictionary(x => x.Word, x => Join(x.Arguments));
        GoldPredicates += g.Count;
        PredictedPredicates += p.Count;
        foreach (var (word, args) in p)
        {
            if (!g.TryGetValue(word, out var goldArgs))
            {
                Spurious += args.Count;
                continue;
            }
            CorrectPredicates++;
            foreach (var a in args)
            {
                if (goldArgs.Contains(a)) { Correct++; Count(LabelOf(a), 1, 0, 0); }
                else { Excess++; Count(LabelOf(a), 0, 1, 0); }
            }
        }
        foreach (var (word, args) in g)
        {
            var predictedArgs = p.GetValueOrDefault(word) ?? [];
            foreach (var a in args)
                if (!predictedArgs.Contains(a)) { Missed++; Count(LabelOf(a), 0, 0, 1); }
        }
    }

    private static string LabelOf(string argument) => argument[..argument.IndexOf(' ')];

    private void Count(string label, long c, long e, long m)
    {
        var (c0, e0, m0) = _byLabel.GetValueOrDefault(label);
        _byLabel[label] = (c0 + c, e0 + e, m0 + m);
    }

    /// <summary>One argument as srl-eval sees it: a label and its pieces ("ARG1 3-4,7-9").</summary>
    internal static HashSet<string> Join(IReadOnlyList<GoldArgument> arguments)
    {
        var joined = new List<(string Label, List<(int, int)> Pieces)>();
        foreach (var a in arguments.OrderBy(a => a.First))
        {
            if (a.Label == "V") continue;
            if (a.Label.StartsWith("C-", StringComparison.Ordinal))
            {
                string baseLabel = a.Label[2..];
                int at = joined.FindLastIndex(x => x.Label == baseLabel);
                if (at >= 0) { joined[at].Pieces.Add((a.First, a.Last)); continue; }
                joined.Add((baseLabel, [(a.First, a.Last)]));
                continue;
            }
            joined.Add((a.Label, [(a.First, a.Last)]));
        }
        return joined.Select(x => x.Label + " " + string.Join(",", x.Pieces.Select(p => $"{p.Item1}-{p.Item2}"))).ToHashSet(StringComparer.Ordinal);
    }

    public void Merge(RoleScore other)
    {
        Correct += other.Correct; Excess += other.Excess; Missed += other.Missed; Spurious += other.Spurious;
        GoldPredicates += other.GoldPredicates; PredictedPredicates += other.PredictedPredicates; CorrectPredicates += other.CorrectPredicates;
        foreach (var (label, (c, e, m)) in other._byLabel) Count(label, c, e, m);
    }

    public string Summary => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (correct {Correct:N0}, excess {Excess:N0}, missed {Missed:N0})";

    public string StrictSummary => $"P {StrictPrecision:F2} R {Recall:F2} F1 {StrictF1:F2} (also counting as excess the {Spurious:N0} arguments of predicates the gold data lacks)";
}
