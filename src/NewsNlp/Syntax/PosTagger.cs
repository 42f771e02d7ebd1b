using NewsNlp.Learning;

namespace NewsNlp.Syntax;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger over joint UPOS|XPOS tags. Frequent words that
/// the training data tagged one way almost always skip the model (Honnibal's tag dictionary):
/// faster, and it stops the model from overruling overwhelming evidence. Immutable and thread-safe.
/// </summary>
internal sealed class PosTagger
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ambiguity;

    public PosTagger(string[] upos, string[] xpos, FeatureWeights weights, Dictionary<string, int> tagDictionary, Dictionary<string, int> ambiguity)
    {
        Ambiguity = ambiguity;
        _ambiguity = ambiguity.GetAlternateLookup<ReadOnlySpan<char>>();
        if (upos.Length != xpos.Length || upos.Length is 0 or > 255) throw new InvalidDataException("tag count");
        Upos = upos;
        Xpos = xpos;
        Weights = weights;
        TagDictionary = tagDictionary;
        _dictionary = tagDictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (int t in tagDictionary.Values)
            if ((uint)t >= (uint)upos.Length) throw new InvalidDataException("tag dictionary entry");
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int TagCount => Upos.Length;

    /// <summary>The id of the tag with this UPOS and XPOS, or null when the model has none.</summary>
    public int? TagOf(string upos, string xpos)
    {
        for (int t = 0; t < Upos.Length; t++)
            if (Upos[t] == upos && Xpos[t] == xpos) return t;
        return null;
    }

    public FeatureWeights Weights { get; }

    /// <summary>Exact word form → its tag, for frequent unambiguous words.</summary>
    public Dictionary<string, int> TagDictionary { get; }

    /// <summary>
    /// Lower-cased word → id of the set of tags it had in training (its ambiguity class, a feature
    /// that lets the tagger look at what the next words can be).
    /// </summary>
    public Dictionary<string, int> Ambiguity { get; }

    /// <summary>Fills <c>s.Ambiguity</c> from the lexicon.</summary>
    public void LoadAmbiguity(SentenceWords s)
    {
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < s.Count; i++)
        {
            var w = s.Form(i);
            int id = 0;
            if (w.Length <= lower.Length)
            {
                w.ToLowerInvariant(lower);
                if (_ambiguity.TryGetValue(lower[..w.Length], out int a)) id = a + 1;
            }
            s.Ambiguity[i] = id;
        }
    }

    /// <summary>Tags every word of <paramref name="s"/> into <c>s.Tag</c>.</summary>
    public void Tag(SentenceWords s)
    {
        LoadAmbiguity(s);
        Span<uint> keys = stackalloc uint[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[TagCount];
        int prev = -1, prevPrev = -1;
        for (int i = 0; i < s.Count; i++)
        {
            if (!_dictionary.TryGetValue(s.Form(i), out int tag))
            {
                int n = TaggerFeatures.Extract(s, i, prev, prevPrev, keys);
                scores.Clear();
                Weights.AddAll(keys[..n], scores);
                tag = ArgMax(scores);
            }
            s.Tag[i] = tag;
            prevPrev = prev;
            prev = tag;
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < scores.Length; t++)
            if (scores[t] > scores[best]) best = t;
        return best;
    }
}
