using NewsNlp.Events;

namespace NewsNlp.Training.Events;

/// <summary>One candidate event for the scorer: its features, whether it is a real event, and how much it counts.</summary>
/// <param name="Features">The candidate's features (<see cref="EventScorerTrainer.CandidateFeatures"/>).</param>
/// <param name="Label">True for a real event.</param>
/// <param name="Weight">How much the example counts in the loss.</param>
/// <param name="Group">Which cross-validation group it belongs to (its article), or -1 for examples always trained on.</param>
internal readonly record struct ScorerExample(string[] Features, bool Label, double Weight, int Group);

/// <summary>
/// Trains the event model's candidate scorer (<see cref="EventScorer"/>): L2-regularised logistic
/// regression, full-batch gradient descent with AdaGrad steps, a fixed number of rounds and no
/// randomness, so the same examples give the same weights byte for byte.
/// </summary>
internal static class EventScorerTrainer
{
    /// <summary>The features of each of <paramref name="document"/>'s events, in order (the runtime's own definition).</summary>
    public static List<string[]> CandidateFeatures(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = document.Events;
        var result = new List<string[]>(events.Count);
        var features = new List<string>(32);
        var repeats = EventScorer.Repeats(events);
        for (int i = 0; i < events.Count; i++)
        {
            features.Clear();
            EventScorer.Features(document, events, i, features, repeats);
            result.Add([.. features]);
        }
        return result;
    }

    /// <summary>Weights learned from <paramref name="examples"/>; features seen in fewer than <paramref name="minCount"/> examples get none.</summary>
    public static Dictionary<string, double> Train(IEnumerable<ScorerExample> examples, int rounds = 300, double l2 = 0.5, int minCount = 2)
    {
        var list = examples.Where(x => x.Weight > 0).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in list)
            foreach (string f in x.Features) counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(p => p.Value >= minCount || p.Key == "bias").Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) index[names[i]] = i;
        var rows = list.Select(x => x.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var w = new double[names.Length];
        var grad = new double[names.Length];
        var history = new double[names.Length];
        double totalWeight = list.Sum(x => x.Weight);
        if (totalWeight == 0) return [];
        const double rate = 0.5;
        for (int round = 0; round < rounds; round++)
        {
            Array.Clear(grad);
            for (int r = 0; r < rows.Length; r++)
            {
                double z = 0;
                foreach (int f in rows[r]) z += w[f];
                double p = 1 / (1 + Math.Exp(-z));
                double g = (p - (list[r].Label ? 1 : 0)) * list[r].Weight / totalWeight;
                foreach (int f in rows[r]) grad[f] += g;
            }
            for (int f = 0; f < w.Length; f++)
            {
                double g = grad[f] + (names[f] == "bias" ? 0 : l2 * w[f] / totalWeight);
                history[f] += g * g;
                if (history[f] > 0) w[f] -= rate * g / Math.Sqrt(history[f]);
            }
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int f = 0; f < w.Length; f++)
            if (w[f] != 0) weights[names[f]] = Math.Round(w[f], 5);
        return weights;
    }

    /// <summary>The probability the weights give a feature list (the runtime's formula).</summary>
    public static double Probability(IReadOnlyDictionary<string, double> weights, string[] features)
    {
        double z = 0;
        foreach (string f in features) z += weights.GetValueOrDefault(f);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary><paramref name="model"/> with a scorer of these weights and threshold (replacing any it had).</summary>
    public static EventModel WithScorer(EventModel model, IReadOnlyDictionary<string, double> weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithScorer(EventScorer.Format(weights, threshold));
    }

    /// <summary><paramref name="model"/> without its scorer: every candidate kept (what the scorer is trained on).</summary>
    public static EventModel WithoutScorer(EventModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithScorer(null);
    }
}
