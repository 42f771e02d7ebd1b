namespace NewsNlp.Entities;

/// <summary>
/// First-order decoding over BILOU tags: Viterbi for the best valid sequence and forward-backward
/// for per-word marginals. Invalid transitions are never considered (predecessor lists).
/// </summary>
internal static class SequenceDecoder
{
    /// <summary>
    /// Best tag sequence. <paramref name="scores"/> holds n×T emission scores, <paramref name="transitions"/>
    /// (T+1)×T transition weights whose row T is the sentence start.
    /// </summary>
    public static void Viterbi(BilouTagSet tagSet, ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, int n, Span<int> best)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        float[] delta = new float[n * t];
        int[] back = new int[n * t];
        for (int j = 0; j < t; j++)
            delta[j] = BilouTagSet.CanStart(j) ? scores[j] + transitions[t * t + j] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * t, prevRow = row - t;
            for (int j = 0; j < t; j++)
            {
                float bestScore = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in tagSet.Predecessors[j])
                {
                    float s = delta[prevRow + p] + transitions[p * t + j];
                    if (s > bestScore) { bestScore = s; arg = p; }
                }
                delta[row + j] = bestScore + scores[row + j];
                back[row + j] = arg;
            }
        }
        int last = 0;
        float top = float.NegativeInfinity;
        int lastRow = (n - 1) * t;
        for (int j = 0; j < t; j++)
            if (BilouTagSet.CanEnd(j) && delta[lastRow + j] > top) { top = delta[lastRow + j]; last = j; }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i * t + best[i]];
    }

    /// <summary>
    /// Per-word marginal probability of each tag under a CRF-style distribution exp(score / temperature),
    /// written into <paramref name="marginals"/> (n×T).
    /// </summary>
    public static void Marginals(BilouTagSet tagSet, ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, int n, float temperature, Span<float> marginals)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        double inv = 1.0 / Math.Max(temperature, 1e-3f);
        var alpha = new double[n * t];
        var beta = new double[n * t];
        for (int j = 0; j < t; j++)
            alpha[j] = BilouTagSet.CanStart(j) ? (scores[j] + transitions[t * t + j]) * inv : double.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * t, prevRow = row - t;
            for (int j = 0; j < t; j++)
            {
                var preds = tagSet.Predecessors[j];
                double m = double.NegativeInfinity;
                for (int k = 0; k < preds.Length; k++) m = Math.Max(m, alpha[prevRow + preds[k]] + transitions[preds[k] * t + j] * inv);
                double sum = 0;
                if (!double.IsNegativeInfinity(m))
                    for (int k = 0; k < preds.Length; k++) sum += Math.Exp(alpha[prevRow + preds[k]] + transitions[preds[k] * t + j] * inv - m);
                alpha[row + j] = sum > 0 ? m + Math.Log(sum) + scores[row + j] * inv : double.NegativeInfinity;
            }
        }
        int lastRow = (n - 1) * t;
        for (int j = 0; j < t; j++) beta[lastRow + j] = BilouTagSet.CanEnd(j) ? 0 : double.NegativeInfinity;
        for (int i = n - 2; i >= 0; i--)
        {
            int row = i * t, nextRow = row + t;
            for (int p = 0; p < t; p++)
            {
                double m = double.NegativeInfinity;
                for (int j = 0; j < t; j++)
                {
                    if (!BilouTagSet.IsValid(p, j)) continue;
                    m = Math.Max(m, beta[nextRow + j] + (transitions[p * t + j] + scores[nextRow + j]) * inv);
                }
                double sum = 0;
                if (!double.IsNegativeInfinity(m))
                    for (int j = 0; j < t; j++)
                        if (BilouTagSet.IsValid(p, j)) sum += Math.Exp(beta[nextRow + j] + (transitions[p * t + j] + scores[nextRow + j]) * inv - m);
                beta[row + p] = sum > 0 ? m + Math.Log(sum) : double.NegativeInfinity;
            }
        }
        double z = double.NegativeInfinity;
        for (int j = 0; j < t; j++) z = LogAdd(z, alpha[lastRow + j] + beta[lastRow + j]);
        for (int i = 0; i < n * t; i++)
            marginals[i] = double.IsNegativeInfinity(alpha[i]) || double.IsNegativeInfinity(beta[i]) ? 0f : (float)Math.Exp(alpha[i] + beta[i] - z);
    }

    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        return a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
    }
}
