using NewsNlp.Entities;
using NewsNlp.Learning;

namespace NewsNlp.Training.Ner;

/// <summary>Turning trained weights into a compact, calibrated model: pruning and the confidence temperature.</summary>
public static partial class NerTrainer
{
    private static FeatureWeights Prune(float[] w, int T, uint[] keys, float threshold)
    {
        var keptKeys = new List<uint>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        for (int f = 0; f < keys.Length; f++)
        {
            int before = tags.Count;
            for (int t = 0; t < T; t++)
            {
                float x = w[(long)f * T + t];
                if (Math.Abs(x) < threshold) continue;
                tags.Add((byte)t);
                weights.Add((float)(Half)x);
            }
            if (tags.Count == before) continue;
            keptKeys.Add(keys[f]);
            starts.Add(tags.Count);
        }
        return new FeatureWeights(keptKeys.ToArray(), starts.ToArray(), tags.ToArray(), weights.ToArray());
    }

    /// <summary>
    /// Picks the temperature whose entity confidences best predict whether each predicted entity is
    /// right on the development split (lowest log loss).
    /// </summary>
    private static float FitTemperature(NerModel model, List<PreparedDocument> dev, TextWriter log)
    {
        float best = 1f;
        double bestLoss = double.MaxValue;
        foreach (float temperature in new[] { 0.5f, 1f, 2f, 3f, 5f, 8f, 12f, 20f, 30f })
        {
            var m = new NerModel(model.Manifest, model.TagSet.Labels, model.Coarse, temperature, model.Transitions, model.Weights, model.Resources, model.Dense);
            double loss = 0;
            long count = 0;
            var losses = new double[dev.Count];
            var counts = new long[dev.Count];
            Parallel.For(0, dev.Count, d =>
            {
                var doc = dev[d];
                var labeled = doc.Label(m);
                for (int s = 0; s < doc.Sentences.Length; s++)
                {
                    var gold = doc.Source.Sentences[s].Spans.ToHashSet();
                    foreach (var e in labeled[s])
                    {
                        double p = Math.Clamp(e.Confidence, 1e-4, 1 - 1e-4);
                        bool right = gold.Contains((e.Start, e.End, m.TagSet.Labels[e.Label]));
                        losses[d] -= right ? Math.Log(p) : Math.Log(1 - p);
                        counts[d]++;
                    }
                }
            });
            loss = losses.Sum();
            count = counts.Sum();
            double mean = count == 0 ? 0 : loss / count;
            log.WriteLine($"temperature {temperature,5:F1}: confidence log loss {mean:F4}");
            if (mean < bestLoss) { bestLoss = mean; best = temperature; }
        }
        return best;
    }
}
