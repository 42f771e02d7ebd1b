namespace NewsNlp.Coreference;

/// <summary>
/// Links mentions with a <see cref="CorefModel"/>: each mention, in text order, takes its
/// best-scoring candidate antecedent, or none when starting a new entity scores higher
/// (best-first mention ranking); entities are the transitive closure of those links.
/// </summary>
internal static class MentionRanker
{
    public static Clusters Link(RankingDocument d, CorefModel model)
    {
        var clusters = new Clusters(d.Mentions);
        // Scratch for one mention at a time, on the stack: the stage holds no state between calls.
        Span<int> candidates = stackalloc int[RankingDocument.MaxCandidates];
        Span<uint> keys = stackalloc uint[RankingFeatures.MaxFeatures];
        var weights = model.Weights;
        for (int i = 0; i < d.Mentions.Count; i++)
        {
            int count = d.Candidates(i, candidates);
            if (count == 0) continue;
            float best = model.NewBias[(int)d.Mentions[i].Kind] + weights.Sum(keys[..RankingFeatures.New(d, i, keys)]);
            int antecedent = -1;
            foreach (int j in candidates[..count])
            {
                float score = weights.Sum(keys[..RankingFeatures.Pair(d, i, j, keys)]);
                if (score > best) { best = score; antecedent = j; }
            }
            if (antecedent >= 0) clusters.Union(i, antecedent);
        }
        return clusters;
    }
}
