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
                if (DifferentNames(d, clusters, i, j)) continue;
                float score = weights.Sum(keys[..RankingFeatures.Pair(d, i, j, keys)]);
                if (score > best) { best = score; antecedent = j; }
            }
            if (antecedent >= 0) clusters.Union(i, antecedent);
        }
        return clusters;
    }

    /// <summary>
    /// A proper name does not join an entity (its candidate's entity so far) that holds another proper
    /// name sharing no word with it, unless a pass (exact match, alias, acronym) linked the two: "Putin
    /// thanked Kim Jong Un" keeps two people even where "him" already joined Putin. A constraint, not a
    /// feature, as in Stanford's sieves.
    /// </summary>
    private static bool DifferentNames(RankingDocument d, Clusters clusters, int i, int j)
    {
        var a = d.Mentions[i];
        if (a.Kind != MentionKind.Name || a.Name is null) return false;
        foreach (var b in clusters.Members(j))
        {
            if (b.Kind != MentionKind.Name || b.Name is null || d.Sieve.Find(i) == d.Sieve.Find(b.Index)) continue;
            bool shared = false;
            foreach (var w in a.Words)
                if (Array.IndexOf(b.Words, w) >= 0) { shared = true; break; }
            if (!shared) return true;
        }
        return false;
    }
}
