using System.Collections.Frozen;
using NewsNlp.Text;

namespace NewsNlp.Sentences;

/// <summary>
/// Rule-based sentence splitter for news and web text. A sentence ends at terminal punctuation
/// (with the closing quotes and brackets glued to it), at an abbreviation that is followed by a
/// typical sentence opener ("... in the U.S. The ..."), at a paragraph break, and at a line break
/// after a line that does not run on (headlines, datelines, list items, boilerplate lines).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    // Words that open sentences far more often than they continue a name after an abbreviation:
    // "in the U.S. The ..." splits, "the U.S. Army" does not.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But",
        "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before", "Since", "His",
        "Her", "Its", "Their", "Our", "My", "Your", "What", "Who", "Why", "How", "Where", "Some", "Many", "Most", "All",
        "No", "Not", "Meanwhile", "However", "Still", "Then", "Now", "Also", "Last", "One", "Two", "Earlier", "Later",
        "According", "Officials", "Police",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lines at least this long that end without terminal punctuation are taken as hard-wrapped prose.</summary>
    private const int WrappedLineLength = 60;

    /// <inheritdoc/>
    public string Name => "sentence-splitter";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Sentences;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = new List<Sentence>(document.TokenSpan.Length / 20 + 1);
        // With zones, a sentence also ends at every zone's end: a caption or a navigation line never
        // runs into the paragraph after it.
        Split(document.Text, document.TokenSpan, document.ZoneSpan, sentences);
        document.SetSentences(sentences.ToArray());
    }

    /// <inheritdoc/>
    public int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences) => Split(text, tokens, [], sentences);

    /// <summary>As <see cref="Split(ReadOnlySpan{char}, ReadOnlySpan{Token}, List{Sentence})"/>, and no
    /// sentence crosses the end of one of <paramref name="zones"/> (in text order; none: no limit).</summary>
    internal int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Zone> zones, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int zone = 0;
        int before = sentences.Count;
        int first = 0;
        int lineStart = 0;
        bool previousGlued = false, afterTerminal = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            // A closing quote or bracket glued to the token before: whether its glued run of closers
            // follows terminal punctuation ('!"' ')') is carried from closer to closer, so that a long
            // run ("'"'"'... in scraped pages) is not walked back once per closer (that was quadratic).
            bool glued = i > 0 && IsCloser(text, tokens[i]) && tokens[i - 1].End == tokens[i].Start;
            if (glued && !previousGlued) afterTerminal = IsTerminal(text, tokens[i - 1]);
            previousGlued = glued;
            bool last = i == tokens.Length - 1;
            // The zone this token lies in or before; a sentence ends where the next token starts past it.
            while (zone < zones.Length && zones[zone].End <= tokens[i].Start) zone++;
            bool zoneEnds = !last && zone < zones.Length && tokens[i + 1].Start >= zones[zone].End;
            if (!last && !EndsAfter(text, tokens, i, ref lineStart, glued ? afterTerminal : null) && !zoneEnds) continue;
            sentences.Add(new Sentence(tokens[first].Start, tokens[i].End, first, i - first + 1));
            first = i + 1;
        }
        return sentences.Count - before;
    }

    /// <summary>
    /// Whether a sentence ends after token <paramref name="i"/> (not the last token).
    /// <paramref name="closerAfterTerminal"/>: for a closer glued to the token before it, whether its
    /// run of glued closers follows terminal punctuation; null for any other token.
    /// </summary>
    private static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ref int lineStart, bool? closerAfterTerminal)
    {
        Token t = tokens[i];
        Token next = tokens[i + 1];
        var gap = text[t.End..next.Start];
        int newlines = CountNewlines(gap);
        if (newlines >= 2) { lineStart = next.Start; return true; }
        if (newlines == 1)
        {
            bool ends = LineEnds(text, tokens, i, lineStart);
            lineStart = next.Start;
            if (ends) return true;
        }

        // Closing quotes and brackets glued to terminal punctuation belong to the sentence before.
        if (closerAfterTerminal is { } afterTerminal)
        {
            if (!afterTerminal) return false;
            if (next.Start == t.End && IsCloser(text, next)) return false;
            // After a closing quote a lower-case word continues the sentence: "He said "Go!" and left."
            return StartsSentence(text, next, strict: true);
        }
        if (IsTerminal(text, t))
        {
            // More closers follow: the sentence ends after them.
            if (next.Start == t.End && IsCloser(text, next)) return false;
            if (next.Start == t.End && next.Kind != TokenKind.Punctuation) return StartsSentence(text, next, strict: true);
            if (IsListNumber(text, tokens, i)) return false;
            var p = t.Slice(text);
            bool strict = p[0] != '.' || p.Length > 1; // "!", "?" and "..." inside sentences are common
            return StartsSentence(text, next, strict);
        }
        if (t.Kind == TokenKind.Word && t.Length > 1 && text[t.End - 1] == '.')
            return AbbreviationEnds(text, t, next);
        return false;
    }

    private static int CountNewlines(ReadOnlySpan<char> gap)
    {
        int n = 0;
        for (int k = 0; k < gap.Length; k++)
        {
            char c = gap[k];
            if (c == '\n') n++;
            else if (c == '\r' && (k + 1 == gap.Length || gap[k + 1] != '\n')) n++;
            else if (c is '\u2028' or '\u2029') n += 2;
        }
        return n;
    }

    /// <summary>A line break ends the sentence unless the line visibly runs on into the next.</summary>
    private static bool LineEnds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int lineStart)
    {
        Token t = tokens[i];
        Token next = tokens[i + 1];
        char lastChar = text[t.End - 1];
        if (lastChar is ',' or ';' or '-' or '\u2013' or '\u2014' or '(' or '&') return false;
        char nextChar = text[next.Start];
        if (char.IsLower(nextChar)) return false;
        if (IsTerminal(text, t) || IsCloser(text, t)) return true;
        // A long line without final punctuation is hard-wrapped prose, unless a list item follows.
        if (t.End - lineStart >= WrappedLineLength && !IsListMarker(text, tokens, i + 1)) return false;
        return true;
    }

    private static bool IsListMarker(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var s = tokens[i].Slice(text);
        if (s is "-" or "*" or "\u2022" or "\u2013" or "\u00B7") return true;
        return tokens[i].Kind == TokenKind.Number && i + 1 < tokens.Length && text[tokens[i + 1].Start] is '.' or ')';
    }

    /// <summary>The stop of "1." at the start of a line is a list marker, not a sentence end.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Number || tokens[i - 1].End != tokens[i].Start || tokens[i].Length != 1) return false;
        if (i == 1) return true;
        var gap = text[tokens[i - 2].End..tokens[i - 1].Start];
        return gap.Contains('\n') || gap.Contains('\r');
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        var s = t.Slice(text);
        foreach (char c in s)
            if (!CharClass.IsTerminal(c)) return false;
        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';
    }

    /// <summary>Whether <paramref name="next"/> can open a new sentence.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, Token next, bool strict)
    {
        // After a plain full stop, a lower-case word still starts a new sentence in web text
        // ("... on Friday. we ..."); after "!", "?" or "..." it usually continues ("Yahoo! said").
        if (!char.IsLower(text[next.Start])) return true;
        return !strict && next.Kind == TokenKind.Word;
    }

    private static bool AbbreviationEnds(ReadOnlySpan<char> text, Token t, Token next)
    {
        var word = t.Slice(text);
        var bare = word[..^1];
        // Initials ("J.") and titles ("Dr.", "Jan.", "No.") never end a sentence.
        if (bare.Length == 1 || Lexicon.TitleLookup.Contains(bare)) return false;
        if (next.Kind != TokenKind.Word && next.Kind != TokenKind.Punctuation) return false;
        var n = next.Slice(text);
        if (next.Kind == TokenKind.Punctuation) return n is "\"" or "\u201C";
        return Openers.Contains(n);
    }
}
