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
    public static void Viterbi(BilouTagSet tagSet, ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, int n, Span<int> best) =>
        Viterbi(tagSet, transitions, scores, n, best, new float[n * tagSet.Count], new int[n * tagSet.Count]);

    /// <summary>Viterbi with caller-owned scratch buffers (n×T each), so a labeller allocates nothing per sentence.</summary>
    public static void Viterbi(BilouTagSet tagSet, ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, int n, Span<int> best, Span<float> delta, Span<int> back)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        var predStart = tagSet.PredecessorStart;
        var predList = tagSet.PredecessorList;
        for (int j = 0; j < t; j++)
            delta[j] = BilouTagSet.CanStart(j) ? scores[j] + transitions[t * t + j] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            int row = i * t, prevRow = row - t;
            for (int j = 0; j < t; j++)
            {
                float bestScore = float.NegativeInfinity;
                int arg = 0;
                for (int q = predStart[j]; q < predStart[j + 1]; q++)
                {
                    int p = predList[q];
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
    /// written into <paramref name="marginals"/> (n×T). <paramref name="expTransitions"/> holds
    /// exp(transition / temperature) with zeros for invalid transitions (see <see cref="ExpTransitions"/>).
    /// </summary>
    /// <remarks>
    /// Forward-backward in scaled probability space: each row of alpha and beta is renormalised, so
    /// only n×T exponentials are needed (for the emissions) instead of one per transition; the scale
    /// factors cancel when each position's marginals are normalised.
    /// </remarks>
    public static void Marginals(BilouTagSet tagSet, ReadOnlySpan<float> expTransitions, ReadOnlySpan<float> scores, int n, float temperature, Span<float> marginals) =>
        Marginals(tagSet, expTransitions, scores, n, temperature, marginals, new float[n * tagSet.Count], new float[n * tagSet.Count]);

    /// <summary>Marginals with caller-owned scratch buffers (n×T each).</summary>
    public static void Marginals(BilouTagSet tagSet, ReadOnlySpan<float> expTransitions, ReadOnlySpan<float> scores, int n, float temperature, Span<float> marginals, Span<float> alpha, Span<float> beta)
    {
        int t = tagSet.Count;
        if (n == 0) return;
        var predStart = tagSet.PredecessorStart;
        var predList = tagSet.PredecessorList;
        var succStart = tagSet.SuccessorStart;
        var succList = tagSet.SuccessorList;
        float inv = 1f / Math.Max(temperature, 1e-3f);
        var e = marginals[..(n * t)];
        for (int i = 0; i < n; i++)
        {
            var row = scores.Slice(i * t, t);
            float max = float.NegativeInfinity;
            foreach (float v in row) max = Math.Max(max, v);
            for (int j = 0; j < t; j++) e[i * t + j] = MathF.Exp((row[j] - max) * inv);
        }
        for (int j = 0; j < t; j++) alpha[j] = expTransitions[t * t + j] * e[j];
        Normalize(alpha[..t]);
        for (int i = 1; i < n; i++)
        {
            int row = i * t, prev = row - t;
            for (int j = 0; j < t; j++)
            {
                float sum = 0;
                for (int q = predStart[j]; q < predStart[j + 1]; q++)
                {
                    int p = predList[q];
                    sum += alpha[prev + p] * expTransitions[p * t + j];
                }
                alpha[row + j] = sum * e[row + j];
            }
            Normalize(alpha.Slice(row, t));
        }
        int last = (n - 1) * t;
        for (int j = 0; j < t; j++) beta[last + j] = BilouTagSet.CanEnd(j) ? 1f : 0f;
        for (int i = n - 2; i >= 0; i--)
        {
            int row = i * t, next = row + t;
            for (int p = 0; p < t; p++)
            {
                float sum = 0;
                for (int q = succStart[p]; q < succStart[p + 1]; q++)
                {
                    int j = succList[q];
                    sum += expTransitions[p * t + j] * e[next + j] * beta[next + j];
                }
                beta[row + p] = sum;
            }
            Normalize(beta.Slice(row, t));
        }
        for (int i = 0; i < n * t; i++) marginals[i] = alpha[i] * beta[i];
        for (int i = 0; i < n; i++) Normalize(marginals.Slice(i * t, t));
    }

    /// <summary>exp(transition / temperature) for valid transitions, 0 for invalid ones; row T is the start.</summary>
    public static float[] ExpTransitions(BilouTagSet tagSet, ReadOnlySpan<float> transitions, float temperature)
    {
        int t = tagSet.Count;
        float inv = 1f / Math.Max(temperature, 1e-3f);
        var result = new float[(t + 1) * t];
        for (int p = 0; p <= t; p++)
            for (int j = 0; j < t; j++)
            {
                bool valid = p == t ? BilouTagSet.CanStart(j) : BilouTagSet.IsValid(p, j);
                result[p * t + j] = valid ? MathF.Exp(Math.Clamp(transitions[p * t + j] * inv, -60f, 60f)) : 0f;
            }
        return result;
    }

    private static void Normalize(Span<float> row)
    {
        float sum = 0;
        foreach (float v in row) sum += v;
        if (sum <= 0 || !float.IsFinite(sum)) return;
        float inv = 1f / sum;
        for (int i = 0; i < row.Length; i++) row[i] *= inv;
    }
}
