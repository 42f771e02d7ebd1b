using NewsNlp.Learning;

namespace NewsNlp.Coreference;

/// <summary>
/// One document's mentions as the learned ranker sees them: what the sieves decided, hashes of each
/// mention's words (computed once, so that pair features allocate nothing), and the candidate
/// antecedents of each mention. Built per call; shared by run time and training so that both see
/// the same candidates and features.
/// </summary>
internal sealed class RankingDocument
{
    // Windows measured on the held-out train sample (CoNLL F1, sentences back for pronouns / for
    // names and noun phrases / mentions at most): 2/2/40 56.57, 4/4/60 57.33, 4/1/60 57.13, 2/4/60 56.82,
    // 8/1/80 57.54, 8/0/80 57.51. Pronouns gain from a long window ("I" and "you" chains); names and
    // noun phrases do not (their far antecedents come through a head match or the sieves), and
    // each candidate costs time.

    /// <summary>Sentences before a pronoun whose mentions are its candidates.</summary>
    public const int PronounWindow = 8;

    /// <summary>Sentences before a name or noun phrase whose mentions are its candidates (0: its own sentence).</summary>
    public const int NominalWindow = 0;

    /// <summary>At most this many of the nearest mentions; farther ones only through a head match or the sieves.</summary>
    public const int MentionWindow = 80;

    /// <summary>Same-head mentions before the window that stay candidates (nearest first).</summary>
    private const int HeadLinks = 3;

    public readonly List<Mention> Mentions;
    public readonly Clusters Sieve;
    public readonly MentionHashes[] Hashes;
    private readonly int[] _firstOfSentence;     // first mention index of each sentence (mentions are in text order)
    private readonly int[] _previousSameHead;    // the nearest earlier non-pronoun with the same head, or -1
    private readonly ulong[] _clusterLabel;      // by sieve root: the recognizer label of the cluster's first name (0: none)

    /// <param name="mentions">The document's mentions in text order.</param>
    /// <param name="sieve">The sieves' clusters over them.</param>
    /// <param name="sentenceCount">Sentences in the document.</param>
    /// <param name="lower">Each word of the document, lower case (for the words around a mention).</param>
    public RankingDocument(List<Mention> mentions, Clusters sieve, int sentenceCount, string[] lower)
    {
        Mentions = mentions;
        Sieve = sieve;
        int n = mentions.Count;
        Hashes = new MentionHashes[n];
        _previousSameHead = new int[n];
        _clusterLabel = new ulong[n];
        var lastByHead = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenText = new HashSet<ulong>();
        for (int i = 0; i < n; i++)
        {
            var m = mentions[i];
            ref var h = ref Hashes[i];
            h = MentionHashes.Of(m);
            h.Before = m.FirstWord > 0 ? MentionHashes.Hash(lower[m.FirstWord - 1]) : 1;
            h.After = m.LastWord + 1 < lower.Length ? MentionHashes.Hash(lower[m.LastWord + 1]) : 1;
            _previousSameHead[i] = -1;
            if (m.Kind != MentionKind.Pronoun)
            {
                if (lastByHead.TryGetValue(m.HeadLower, out int p)) { _previousSameHead[i] = p; h.HeadSeen = true; }
                lastByHead[m.HeadLower] = i;
                if (m.Words.Length > 0 && !seenText.Add(h.Words)) h.TextSeen = true;
            }
            int root = sieve.Find(i);
            if (_clusterLabel[root] == 0 && m.Name is not null) _clusterLabel[root] = h.Label;
        }
        _firstOfSentence = new int[Math.Max(sentenceCount, 1) + 1];
        Array.Fill(_firstOfSentence, n);
        for (int i = n - 1; i >= 0; i--)
        {
            int s = Math.Min(mentions[i].Sentence, _firstOfSentence.Length - 1);
            _firstOfSentence[s] = i;
        }
        // A sentence without mentions starts where the next one does.
        for (int s = _firstOfSentence.Length - 2; s >= 0; s--)
            _firstOfSentence[s] = Math.Min(_firstOfSentence[s], _firstOfSentence[s + 1]);
    }

    /// <summary>Label hash of the first name in the sieve cluster of mention <paramref name="i"/> (0: none).</summary>
    public ulong ClusterLabel(int i) => _clusterLabel[Sieve.Find(i)];

    /// <summary>
    /// Writes the candidate antecedents of mention <paramref name="i"/> (indexes, nearest first) and
    /// returns how many: the mentions of its sentence and the <see cref="PronounWindow"/> or <see cref="NominalWindow"/> before it
    /// (at most <see cref="MentionWindow"/>), earlier mentions with its head, and the nearest earlier
    /// member of its sieve cluster. Mentions that contain it are never candidates.
    /// </summary>
    public int Candidates(int i, Span<int> output)
    {
        var m = Mentions[i];
        int count = 0;
        int window = m.Kind == MentionKind.Pronoun ? PronounWindow : NominalWindow;
        int stop = _firstOfSentence[Math.Max(0, Math.Min(m.Sentence, _firstOfSentence.Length - 2) - window)];
        stop = Math.Max(stop, i - MentionWindow);
        for (int j = i - 1; j >= stop && count < output.Length; j--)
            if (Mentions[j].LastWord < m.FirstWord) output[count++] = j;
        // Beyond the window only what is likely: the same head, the sieves' own choice.
        int h = _previousSameHead[i];
        for (int k = 0; k < HeadLinks && h >= 0 && count < output.Length; k++)
        {
            while (h >= stop && h >= 0) h = _previousSameHead[h];
            if (h < 0) break;
            output[count++] = h;
            h = _previousSameHead[h];
        }
        if (count < output.Length)
        {
            int nearest = -1;
            var members = Sieve.Members(i);
            foreach (var x in members)
            {
                if (x.Index >= stop) break;
                if (x.LastWord < m.FirstWord) nearest = x.Index;
            }
            if (nearest >= 0 && output[..count].IndexOf(nearest) < 0) output[count++] = nearest;
        }
        return count;
    }

    /// <summary>Upper bound on <see cref="Candidates"/>' count.</summary>
    public const int MaxCandidates = MentionWindow + HeadLinks + 1;
}

/// <summary>Hashes of a mention's words for the ranker's features, computed once per mention.</summary>
internal struct MentionHashes
{
    public ulong Type;       // the kind, or the pronoun itself for a pronoun: features are conjoined with it
    public ulong Head, First, Last, Words, Label, Relation;
    public ulong Before, After;   // the words just outside the mention
    public bool HeadSeen;    // an earlier non-pronoun has this head
    public bool TextSeen;    // an earlier non-pronoun has these content words

    public static MentionHashes Of(Mention m)
    {
        var h = new MentionHashes
        {
            Head = Hash(m.HeadLower),
            Label = m.Name is { } n ? Hash(n.Label) : 0,
            Relation = m.Relation is { } r ? Hash(r) : 1,
        };
        h.Type = m.Kind == MentionKind.Pronoun ? h.Head : (ulong)m.Kind + 1;
        ReadOnlySpan<char> lower = m.Lower;
        int sp = lower.IndexOf(' ');
        h.First = Hash(sp < 0 ? lower : lower[..sp]);
        int lsp = lower.LastIndexOf(' ');
        h.Last = Hash(lsp < 0 ? lower : lower[(lsp + 1)..]);
        ulong w = FeatureHash.Start(0);
        foreach (var x in m.Words) w = FeatureHash.Add(FeatureHash.Add(w, x), ' ');
        h.Words = w;
        return h;
    }

    public static ulong Hash(ReadOnlySpan<char> s) => FeatureHash.Add(FeatureHash.Start(0), s);
}
