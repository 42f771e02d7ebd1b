using NewsNlp.Events;

namespace NewsNlp.Training.Events;

/// <summary>One event for the classifier: its features, its class (0-4, <see cref="EventClass"/> order), and its cross-validation group.</summary>
/// <param name="Features">The event's features (<see cref="EventClassifier.Features"/>).</param>
/// <param name="Label">Its class.</param>
/// <param name="Group">Which cross-validation group it belongs to.</param>
internal readonly record struct ClassifierExample(string[] Features, int Label, int Group);

/// <summary>
/// Trains the event model's class model (<see cref="EventClassifier"/>): L2-regularised multinomial
/// logistic regression, full-batch gradient descent with AdaGrad steps, a fixed number of rounds and
/// no randomness, so the same examples give the same weights byte for byte.
/// </summary>
internal static class EventClassifierTrainer
{
    private const int K = EventClassifier.ClassCount;

    /// <summary>The features of <paramref name="e"/> (the runtime's own definition).</summary>
    public static string[] Features(Document document, NewsEvent e)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        var into = new List<string>(64);
        EventClassifier.Features(document, e, into);
        return [.. into];
    }

    /// <summary>Weights learned from <paramref name="examples"/>; features seen in fewer than <paramref name="minCount"/> examples get none.</summary>
    /// <exception cref="ArgumentException">A label is outside 0-4.</exception>
    public static Dictionary<string, double[]> Train(IEnumerable<ClassifierExample> examples, double l2, int rounds = 200, int minCount = 2)
    {
        var list = examples.ToList();
        if (list.Count == 0) return [];
        if (list.Any(x => x.Label is < 0 or >= K)) throw new ArgumentException($"labels must be 0-{K - 1}", nameof(examples));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in list)
            foreach (string f in x.Features.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(p => p.Value >= minCount || p.Key == "bias").Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) index[names[i]] = i;
        var rows = list.Select(x => x.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var w = new double[names.Length * K];
        var grad = new double[w.Length];
        var history = new double[w.Length];
        var z = new double[K];
        double n = list.Count;
        const double rate = 0.5;
        for (int round = 0; round < rounds; round++)
        {
            Array.Clear(grad);
            for (int r = 0; r < rows.Length; r++)
            {
                Softmax(w, rows[r], z);
                int label = list[r].Label;
                for (int k = 0; k < K; k++)
                {
                    double g = (z[k] - (k == label ? 1 : 0)) / n;
                    foreach (int f in rows[r]) grad[f * K + k] += g;
                }
            }
            for (int f = 0; f < names.Length; f++)
                for (int k = 0; k < K; k++)
                {
                    int i = f * K + k;
                    double g = grad[i] + (names[f] == "bias" ? 0 : l2 * w[i] / n);
                    history[i] += g * g;
                    if (history[i] > 0) w[i] -= rate * g / Math.Sqrt(history[i]);
                }
        }
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int f = 0; f < names.Length; f++)
        {
            var row = new double[K];
            for (int k = 0; k < K; k++) row[k] = Math.Round(w[f * K + k], 5);
            if (row.Any(x => x != 0)) weights[names[f]] = row;
        }
        return weights;
    }

    /// <summary>The class the weights give a feature list (the runtime's rule, <see cref="EventClassifier.Classify(IReadOnlyDictionary{string, double[]}, IEnumerable{string})"/>).</summary>
    public static int Predict(IReadOnlyDictionary<string, double[]> weights, string[] features) => (int)EventClassifier.Classify(weights, features).Class;

    /// <summary><paramref name="model"/> with a classifier of these weights (replacing any it had).</summary>
    public static EventModel WithClassifier(EventModel model, IReadOnlyDictionary<string, double[]> weights)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithClassifier(EventClassifier.Format(weights));
    }

    private static void Softmax(double[] w, int[] row, double[] z)
    {
        Array.Clear(z);
        foreach (int f in row)
            for (int k = 0; k < K; k++) z[k] += w[f * K + k];
        double max = z.Max(), sum = 0;
        for (int k = 0; k < K; k++) sum += z[k] = Math.Exp(z[k] - max);
        for (int k = 0; k < K; k++) z[k] /= sum;
    }
}
