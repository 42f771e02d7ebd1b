using NewsNlp.Accurate.Encoding;

namespace NewsNlp.Accurate.Runtime;

/// <summary>
/// Sentences in, node vectors out: for each sentence a row per node, node 0 the root (the
/// <c>[CLS]</c> state of its first window) and node <c>w + 1</c> its word <c>w</c> (the state at the
/// word's first piece), each followed by the casing embedding; exactly the layout TaskHeads.Words
/// builds in training. Windows of all the sentences are sorted by length and run in batches, so a
/// batch pads little.
/// </summary>
internal sealed class WordVectorizer
{
    /// <summary>WordCasing's "other": what training gives the root node.</summary>
    private const int RootCasing = 7;

    private readonly EncoderSession _session;
    private readonly WordPieceEncoder _pieces;
    private readonly float[] _casing;
    private readonly int _casingWidth;
    private readonly int _maxBatchPieces;

    public WordVectorizer(EncoderSession session, WordPieceEncoder pieces, float[] casing, int casingWidth, int maxBatchPieces)
    {
        _session = session;
        _pieces = pieces;
        _casing = casing;
        _casingWidth = casingWidth;
        _maxBatchPieces = Math.Max(maxBatchPieces, PieceWindows.MaxPieces);
    }

    /// <summary>Width of a node vector: hidden state and casing embedding.</summary>
    public int Width => _session.Width + _casingWidth;

    /// <summary>
    /// Node vectors of each sentence <c>(First, End)</c> (word indexes into <paramref name="words"/>,
    /// character spans into <paramref name="text"/>); a sentence without words gets an empty array.
    /// </summary>
    public float[][] Encode(string text, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<(int First, int End)> sentences)
    {
        int width = Width, hidden = _session.Width;
        var result = new float[sentences.Length][];
        // Pieces of every word, back to back; starts[w] is word w's first piece (starts[words] the end).
        var pieces = new List<int>(words.Length * 2);
        var starts = new int[words.Length + 1];
        var windows = new List<(int First, int End)>();
        var windowSentence = new List<int>();
        var owner = new int[words.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            var (first, end) = sentences[s];
            int n = end - first;
            result[s] = new float[n == 0 ? 0 : (n + 1) * width];
            for (int w = first; w < end; w++)
            {
                starts[w] = pieces.Count;
                _pieces.AppendWord(text.AsSpan(words[w].Start, words[w].End - words[w].Start), pieces);
                int casing = WordCasing.Of(text.AsSpan(words[w].Start, words[w].End - words[w].Start), w == first);
                _casing.AsSpan(casing * _casingWidth, _casingWidth).CopyTo(result[s].AsSpan((w - first + 1) * width + hidden));
            }
            starts[end] = pieces.Count;
            if (n == 0) continue;
            _casing.AsSpan(RootCasing * _casingWidth, _casingWidth).CopyTo(result[s].AsSpan(hidden));
            int before = windows.Count;
            // Plan over this sentence's slice of starts; window word ranges come back sentence-relative.
            PieceWindows.Plan(starts.AsSpan(first, n + 1), windows, owner.AsSpan(first, n));
            for (int k = before; k < windows.Count; k++)
            {
                windows[k] = (windows[k].First + first, windows[k].End + first);
                windowSentence.Add(s);
            }
        }
        if (windows.Count == 0) return result;

        // Similar lengths together: less padding in each batch.
        var order = new int[windows.Count];
        var lengths = new int[windows.Count];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
            lengths[k] = starts[windows[k].End] - starts[windows[k].First] + 2;
        }
        Array.Sort((int[])lengths.Clone(), order);
        var pieceArray = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pieces);
        float[] states = [];
        for (int b = 0; b < order.Length;)
        {
            // Sorted ascending, so the batch's last window is its longest.
            int count = 1;
            while (b + count < order.Length && (count + 1) * lengths[order[b + count]] <= _maxBatchPieces) count++;
            int length = lengths[order[b + count - 1]];
            var ids = new long[count * length];
            var mask = new long[count * length];
            for (int r = 0; r < count; r++)
            {
                var (first, end) = windows[order[b + r]];
                int row = r * length, p0 = starts[first], p1 = starts[end];
                ids[row] = _pieces.Cls;
                for (int p = p0; p < p1; p++) ids[row + 1 + p - p0] = pieceArray[p];
                ids[row + 1 + p1 - p0] = _pieces.Sep;
                for (int p = p1 - p0 + 2; p < length; p++) ids[row + p] = _pieces.Pad;
                mask.AsSpan(row, p1 - p0 + 2).Fill(1);
            }
            if (states.Length < count * length * hidden) states = new float[count * length * hidden];
            _session.Run(ids, mask, count, length, states);
            for (int r = 0; r < count; r++)
            {
                int k = order[b + r];
                var (first, end) = windows[k];
                int s = windowSentence[k];
                int sentenceFirst = sentences[s].First;
                var nodes = result[s];
                int row = r * length;
                if (first == sentenceFirst)
                    states.AsSpan(row * hidden, hidden).CopyTo(nodes.AsSpan(0, hidden));
                for (int w = first; w < end; w++)
                {
                    if (owner[w] != k) continue;
                    int position = row + 1 + starts[w] - starts[first];
                    states.AsSpan(position * hidden, hidden).CopyTo(nodes.AsSpan((w - sentenceFirst + 1) * width, hidden));
                }
            }
            b += count;
        }
        return result;
    }
}
