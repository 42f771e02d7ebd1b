namespace NewsNlp.Entities;

/// <summary>
/// First-order Viterbi over BILOU tags for any transitions (the trainer's change after every
/// update; a trained model decodes with <see cref="BilouDecoder"/>). Invalid transitions are never
/// considered (predecessor lists).
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

}
