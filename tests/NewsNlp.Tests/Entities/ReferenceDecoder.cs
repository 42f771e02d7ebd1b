using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// Forward-backward written the plain way, over predecessor and successor lists: the reference the
/// vectorised <see cref="BilouDecoder"/> is checked against.
/// </summary>
internal static class ReferenceDecoder
{
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
