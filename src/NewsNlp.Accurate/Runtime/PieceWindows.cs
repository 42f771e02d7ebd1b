using System.Diagnostics;

namespace NewsNlp.Accurate.Runtime;

/// <summary>
/// Cuts a sentence's word pieces into encoder windows. A sentence that fits (with <c>[CLS]</c> and
/// <c>[SEP]</c>, at most <see cref="MaxPieces"/>) is one window; a longer one becomes overlapping
/// windows of whole words, and each word takes its vector from the window where it has the most
/// context on its poorer side. The encoder never sees more pieces than it was trained on, and no
/// word is cut or dropped, so word offsets stay exact.
/// </summary>
internal static class PieceWindows
{
    /// <summary>Longest window in pieces, <c>[CLS]</c> and <c>[SEP]</c> included: the training length (TaskData.MaxPieces reads it).</summary>
    public const int MaxPieces = 160;

    /// <summary>Pieces of context two neighbouring windows share, about a quarter of a window.</summary>
    public const int Overlap = 40;

    /// <summary>
    /// Plans the windows of one sentence whose word <c>w</c> has pieces
    /// <c>[starts[w], starts[w + 1])</c> (relative to the sentence). Appends word ranges to
    /// <paramref name="windows"/> and writes, for each word, the index in <paramref name="windows"/>
    /// of the window its vector comes from into <paramref name="owner"/>.
    /// </summary>
    public static void Plan(ReadOnlySpan<int> starts, List<(int First, int End)> windows, Span<int> owner, int maxPieces = MaxPieces, int overlap = Overlap)
    {
        int words = starts.Length - 1;
        Debug.Assert(owner.Length == words);
        int room = maxPieces - 2;
        int firstWindow = windows.Count;
        if (starts[words] - starts[0] <= room)
        {
            windows.Add((0, words));
            owner.Fill(firstWindow);
            return;
        }
        int start = 0;
        while (true)
        {
            int end = start + 1; // a word has at most WordPieceEncoder.MaxPiecesPerWord pieces, so one always fits
            while (end < words && starts[end + 1] - starts[start] <= room) end++;
            windows.Add((start, end));
            if (end == words) break;
            // The next window starts far enough back to share about `overlap` pieces, and always moves on.
            int next = end;
            while (next - 1 > start && starts[end] - starts[next - 1] <= overlap) next--;
            start = next;
        }
        for (int w = 0; w < words; w++)
        {
            int best = -1, bestContext = -1;
            for (int k = firstWindow; k < windows.Count; k++)
            {
                var (first, end) = windows[k];
                if (w < first || w >= end) continue;
                // The sentence's own ends are full context: nothing was cut there.
                int left = first == 0 ? int.MaxValue : starts[w] - starts[first];
                int right = end == words ? int.MaxValue : starts[end] - starts[w + 1];
                int context = Math.Min(left, right);
                if (context > bestContext) { best = k; bestContext = context; }
            }
            owner[w] = best;
        }
    }
}
