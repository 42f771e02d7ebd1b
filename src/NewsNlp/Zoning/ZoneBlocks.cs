using System.Buffers;
using NewsNlp.Text;

namespace NewsNlp.Zoning;

/// <summary>
/// Cuts a text into blocks: one per line, except that the lines of a hard-wrapped paragraph (an
/// e-mail or wire text broken at ~70 columns) are one block, so that a wrapped sentence is not cut.
/// </summary>
/// <remarks>
/// Blocks are trimmed with the tokenizer's separator class, so a token never crosses a block edge.
/// A scraped page has one block per line already (a paragraph is one long line); the wrapped mode
/// is chosen for the whole text, only when no line is long and many lines run on into the next.
/// </remarks>
internal static class ZoneBlocks
{
    // Line ends: the ones the sentence splitter counts, plus NEL, VT and FF.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085\u000B\u000C");

    /// <summary>A wrapped text has no line longer than this.</summary>
    private const int WrappedMaxLine = 100;

    /// <summary>In a wrapped text, a line at least this long without final punctuation runs on.</summary>
    private const int WrappedRunOn = 40;

    /// <summary>Appends the trimmed, non-empty blocks of <paramref name="text"/> to <paramref name="blocks"/>.</summary>
    public static void Find(ReadOnlySpan<char> text, List<(int Start, int End)> blocks)
    {
        int before = blocks.Count;
        int longest = 0, longLines = 0, runOns = 0;
        int previousEnd = -1; // end of the previous non-empty line, -1 after a blank line
        for (int pos = 0; pos <= text.Length;)
        {
            int rel = pos < text.Length ? text[pos..].IndexOfAny(LineBreaks) : -1;
            int lineEnd = rel < 0 ? text.Length : pos + rel;
            var (s, e) = Trim(text, pos, lineEnd);
            if (e > s)
            {
                blocks.Add((s, e));
                longest = Math.Max(longest, e - s);
                if (previousEnd >= 0 && RunsOn(text, blocks[^2], s, wrapped: true)) runOns++;
                if (e - s >= 50) longLines++;
                previousEnd = e;
            }
            else previousEnd = -1;
            if (lineEnd >= text.Length) break;
            // "\r\n" is one line break.
            pos = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        bool wrapped = longest <= WrappedMaxLine && longLines >= 3 && runOns * 3 >= longLines;
        Merge(text, blocks, before, wrapped);
    }

    /// <summary>Joins each line that runs on into the next one (both already in <paramref name="blocks"/>).</summary>
    private static void Merge(ReadOnlySpan<char> text, List<(int Start, int End)> blocks, int from, bool wrapped)
    {
        int write = from;
        for (int read = from; read < blocks.Count; read++)
        {
            var b = blocks[read];
            if (write > from && Adjacent(text, blocks[write - 1].End, b.Start) && RunsOn(text, blocks[write - 1], b.Start, wrapped))
                blocks[write - 1] = (blocks[write - 1].Start, b.End);
            else blocks[write++] = b;
        }
        blocks.RemoveRange(write, blocks.Count - write);
    }

    /// <summary>Whether only one line break (no blank line) lies between two blocks.</summary>
    private static bool Adjacent(ReadOnlySpan<char> text, int end, int nextStart)
    {
        int breaks = 0;
        for (int k = end; k < nextStart; k++)
        {
            char c = text[k];
            if (c == '\r' && k + 1 < nextStart && text[k + 1] == '\n') continue;
            if (LineBreaks.Contains(c) && ++breaks > 1) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a line visibly continues on the next: it ends with a comma, semicolon, dash, opening
    /// bracket or ampersand, or the next line starts in lower case, or (wrapped text only) it is long
    /// and ends without final punctuation. The same signs as the sentence splitter's.
    /// </summary>
    private static bool RunsOn(ReadOnlySpan<char> text, (int Start, int End) line, int nextStart, bool wrapped)
    {
        char last = text[line.End - 1];
        char next = text[nextStart];
        if (CharClass.IsTerminal(last) || last is ':' or '"' or ')' or ']' or '\u201D' or '\u2019' or '|') return false;
        // Only a word or a comma-like mark before; lower case after: "... said on\nTuesday" is caught
        // by the length rule, "... the\nprime minister" here.
        // A single word ("Home" before "news") is a menu, not a sentence running on.
        if (char.IsLower(next) && (line.End - line.Start >= 20 || text[line.Start..line.End].ContainsAny(' ', '\u00A0'))) return true;
        if (last is ',' or ';' or '-' or '\u2013' or '\u2014' or '(' or '&') return line.End - line.Start >= 20 && !char.IsDigit(next);
        return wrapped && line.End - line.Start >= WrappedRunOn && char.IsLetterOrDigit(last);
    }

    private static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && CharClass.IsSeparator(text[start])) start++;
        while (end > start && CharClass.IsSeparator(text[end - 1])) end--;
        return (start, end);
    }
}
