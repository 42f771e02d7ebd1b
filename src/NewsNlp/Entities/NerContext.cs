using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// What the recognizer knows about the whole article while it labels one sentence: how each
/// word is capitalised elsewhere, and how it was labelled earlier (Ratinov &amp; Roth's
/// "prediction history"). One per document; not shared between threads.
/// </summary>
internal sealed class NerContext
{
    private const byte CapitalMidSentence = 1;
    private const byte LowerCase = 2;

    private readonly Dictionary<ulong, byte> _casing = [];
    private readonly Dictionary<ulong, int[]> _history = [];
    private readonly int _labels;

    public NerContext(int labels) => _labels = labels;

    public static ulong WordKey(ReadOnlySpan<char> word) => FeatureHash.AddNormalized(FeatureHash.Start(1), word);

    /// <summary>Records how a sentence's words are cased (call for every sentence before labelling).</summary>
    public void ObserveCasing(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, bool headline)
    {
        if (headline) return;
        for (int i = 0; i < words.Length; i++)
        {
            char c = text[words[i].Start];
            byte flag = char.IsUpper(c) ? (i > 0 ? CapitalMidSentence : (byte)0) : char.IsLower(c) ? LowerCase : (byte)0;
            if (flag == 0) continue;
            ulong k = WordKey(text[words[i].Start..words[i].End]);
            _casing[k] = (byte)(_casing.GetValueOrDefault(k) | flag);
        }
    }

    public bool SeenCapitalisedMidSentence(ulong key) => (_casing.GetValueOrDefault(key) & CapitalMidSentence) != 0;

    public bool SeenLowerCase(ulong key) => (_casing.GetValueOrDefault(key) & LowerCase) != 0;

    /// <summary>The label most often given to this word earlier in the article, or -1.</summary>
    public int HistoryLabel(ulong key)
    {
        if (!_history.TryGetValue(key, out var counts)) return -1;
        int best = -1, bestCount = 0;
        for (int l = 0; l < counts.Length; l++)
            if (counts[l] > bestCount) { best = l; bestCount = counts[l]; }
        return best;
    }

    /// <summary>Remembers the labels given to a sentence's capitalised words.</summary>
    public void Remember(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<int> tags)
    {
        for (int i = 0; i < words.Length; i++)
        {
            int t = tags[i];
            if (t == BilouTagSet.Outside || !char.IsUpper(text[words[i].Start])) continue;
            ulong k = WordKey(text[words[i].Start..words[i].End]);
            if (!_history.TryGetValue(k, out var counts)) _history[k] = counts = new int[_labels];
            counts[BilouTagSet.Label(t)]++;
        }
    }
}
