using NewsNlp.Learning;

namespace NewsNlp.Syntax;

/// <summary>
/// Per-sentence scratch space of the syntax stages: each word's hashed forms, affixes, shape and
/// cluster, computed once and read by the tagger, lemmatizer and parser features. One instance is
/// reused across the sentences of a call (no per-word allocation); it is not shared between threads.
/// </summary>
internal sealed class SentenceWords
{
    public int Count;
    public string Text = "";
    public int[] Start = new int[64];
    public int[] End = new int[64];
    public ulong[] Lower = new ulong[64];   // lower case, digits folded
    public ulong[] Exact = new ulong[64];
    public ulong[] Shape = new ulong[64];   // collapsed shape (Xx, d.d)
    public ulong[] Suffix3 = new ulong[64];
    public int[] Cluster = new int[64];     // fine cluster + 1; 0 = unknown
    public int[] Coarse = new int[64];      // coarse cluster + 1; 0 = unknown
    public int[] Tag = new int[64];         // predicted tag id (the tagger writes it)
    public int[] Ambiguity = new int[64];   // the word's tag-set class from the tagger's lexicon + 1; 0 = unknown

    public ReadOnlySpan<char> Form(int i) => Text.AsSpan(Start[i], End[i] - Start[i]);

    /// <summary>Pre-tokenized words joined by single spaces, with each word's span in that text.</summary>
    public static (string Text, (int Start, int End)[] Spans) Join(IReadOnlyList<string> words)
    {
        var text = new System.Text.StringBuilder();
        var spans = new (int Start, int End)[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) text.Append(' ');
            spans[i] = (text.Length, text.Length + words[i].Length);
            text.Append(words[i]);
        }
        return (text.ToString(), spans);
    }

    /// <summary>Loads the words <paramref name="spans"/> of <paramref name="text"/>.</summary>
    public void Load(string text, ReadOnlySpan<(int Start, int End)> spans, WordClusters clusters)
    {
        Text = text;
        Count = spans.Length;
        if (Start.Length < Count + 2) Grow(Count + 2);
        for (int i = 0; i < Count; i++)
        {
            Start[i] = spans[i].Start;
            End[i] = spans[i].End;
            var w = Form(i);
            Lower[i] = FeatureHash.AddNormalized(0, w);
            Exact[i] = FeatureHash.Add(0, w);
            Shape[i] = WordShape.Of(w);
            Suffix3[i] = FeatureHash.AddNormalized(0x5F, w.Length > 3 ? w[^3..] : w);
            int c = clusters.Get(w);
            Cluster[i] = c < 0 ? 0 : c + 1;
            Coarse[i] = c < 0 ? 0 : (c >> clusters.CoarseShift) + 1;
            Tag[i] = 0;
            Ambiguity[i] = 0;
        }
    }

    /// <summary>
    /// Reverses the order of the loaded words in place (for a right-to-left parser: word i becomes
    /// word Count - 1 - i; the text is unchanged). Calling it twice restores the order.
    /// </summary>
    public void Reverse()
    {
        int n = Count;
        Start.AsSpan(0, n).Reverse();
        End.AsSpan(0, n).Reverse();
        Lower.AsSpan(0, n).Reverse();
        Exact.AsSpan(0, n).Reverse();
        Shape.AsSpan(0, n).Reverse();
        Suffix3.AsSpan(0, n).Reverse();
        Cluster.AsSpan(0, n).Reverse();
        Coarse.AsSpan(0, n).Reverse();
        Tag.AsSpan(0, n).Reverse();
        Ambiguity.AsSpan(0, n).Reverse();
    }

    private void Grow(int n)
    {
        n = Math.Max(n, Start.Length * 2);
        Array.Resize(ref Start, n);
        Array.Resize(ref End, n);
        Array.Resize(ref Lower, n);
        Array.Resize(ref Exact, n);
        Array.Resize(ref Shape, n);
        Array.Resize(ref Suffix3, n);
        Array.Resize(ref Cluster, n);
        Array.Resize(ref Coarse, n);
        Array.Resize(ref Tag, n);
        Array.Resize(ref Ambiguity, n);
    }
}
