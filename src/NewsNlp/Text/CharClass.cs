using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>
/// Character classes the tokenizer decides on, shared with every stage that reads raw text (zoning,
/// sentences, word features, dictionary look-ups). Immutable lookup tables only.
/// </summary>
internal static class CharClass
{
    /// <summary>
    /// Characters that separate chunks: Unicode white space, C0/C1 controls (NUL included), and
    /// invisible format characters (category Cf: zero-width space, BOM, soft hyphen, bidi marks)
    /// except the zero-width joiner, which emoji sequences are built with. A run of format characters
    /// between two word characters does not separate ("Ber\uFEFFlin" is one word; see
    /// <see cref="FormatRunJoins"/>). Built once over the whole BMP so that chunk ends are found with
    /// one vectorised <c>IndexOfAny</c> instead of a per-char call.
    /// </summary>
    public static readonly SearchValues<char> Separators = BuildSeparators();

    /// <summary>Invisible format characters (Unicode category Cf) of the BMP, for one vectorised test of a whole text.</summary>
    public static readonly SearchValues<char> FormatChars = BuildFormatChars();

    private static SearchValues<char> BuildFormatChars()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (!char.IsSurrogate((char)c) && CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.Format)
                chars.Add((char)c);
        return SearchValues.Create(chars.ToArray());
    }

    /// <summary>Whether <paramref name="c"/> is an invisible format character (category Cf).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFormat(char c) => c >= 0xAD && FormatChars.Contains(c);

    /// <summary>
    /// Whether the format characters from <paramref name="k"/> sit inside a word: word characters on
    /// both sides (a BOM, zero-width space or soft hyphen pasted into "Ber\uFEFFlin"). Returns the end
    /// of the run in <paramref name="end"/>.
    /// </summary>
    public static bool FormatRunJoins(ReadOnlySpan<char> s, int k, out int end)
    {
        end = k;
        while (end < s.Length && IsFormat(s[end])) end++;
        if (k == 0 || end == k || end >= s.Length) return false;
        char before = s[k - 1], after = s[end];
        return IsWordChar(before) && IsWordChar(after);
    }

    /// <summary>
    /// <paramref name="text"/> without its format characters; the same string (no copy) when it has
    /// none. For dictionary look-ups of entity text ("Ber\uFEFFlin" is Berlin).
    /// </summary>
    public static string WithoutFormat(string text)
    {
        if (text.AsSpan().IndexOfAny(FormatChars) < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text) if (!IsFormat(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// A tokenized document's words as spans of the text models compute word features on
    /// (<see cref="WordFeatureText"/>): what every model stage reads its words from.
    /// </summary>
    internal static (string Text, (int Start, int End)[] Spans) WordFeatures(Document document)
    {
        var words = document.WordSpan;
        var spans = new (int Start, int End)[words.Length];
        for (int i = 0; i < spans.Length; i++) spans[i] = (words[i].Start, words[i].End);
        return (WordFeatureText(document.Text, spans), spans);
    }

    /// <summary>
    /// The text that models compute word features on: <paramref name="text"/> with the format
    /// characters inside words removed, and <paramref name="spans"/> rewritten in place to index it.
    /// Returns <paramref name="text"/> itself, spans untouched, when it has no format character (one
    /// vectorised scan; the usual case), so only documents that have one pay for a copy. A word made
    /// of nothing else keeps them, so no word becomes empty.
    /// </summary>
    public static string WordFeatureText(string text, Span<(int Start, int End)> spans)
    {
        if (text.AsSpan().IndexOfAny(FormatChars) < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int cursor = 0;
        for (int i = 0; i < spans.Length; i++)
        {
            var (start, end) = spans[i];
            sb.Append(text, cursor, start - cursor);
            int newStart = sb.Length;
            var word = text.AsSpan(start, end - start);
            if (word.IndexOfAny(FormatChars) < 0 || !word.ContainsAnyExcept(FormatChars)) sb.Append(word);
            else foreach (char c in word) if (!IsFormat(c)) sb.Append(c);
            spans[i] = (newStart, sb.Length);
            cursor = end;
        }
        sb.Append(text, cursor, text.Length - cursor);
        return sb.ToString();
    }

    /// <summary>ASCII letters: the overwhelmingly common chunk, recognised with one vectorised scan.</summary>
    public static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static SearchValues<char> BuildSeparators()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (IsSeparatorSlow((char)c))
                chars.Add((char)c);
        return SearchValues.Create(chars.ToArray());
    }

    private static bool IsSeparatorSlow(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) ||
        (!char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200D');

    /// <summary>True for white space, control characters and invisible separators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c <= ' ' ? true : c < 0x7F ? false : Separators.Contains(c);

    /// <summary>Letters, digits and combining marks: the characters words are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c) || c == '_';
        if (char.IsSurrogate(c)) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat <= UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.LetterNumber ||
               cat == UnicodeCategory.OtherNumber;
    }

    /// <summary>Letters only (any script).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>ASCII digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>Apostrophes that may sit inside a word ("O'Brien", "didn’t").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>Characters split off the front of a chunk as their own tokens.</summary>
    public static bool IsOpening(char c) => c switch
    {
        '(' or '[' or '{' or '"' or '<' or '`' or '\'' or '*' or '-' or '¿' or '¡' or '~' => true,
        '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u2026' => true,
        '\u2013' or '\u2014' or '\u2015' or '\u2022' or '\u00B7' => true,
        '$' or '£' or '€' or '¥' or '₹' or '₽' or '₩' or '¢' => true,
        _ => false,
    };

    /// <summary>Characters split off the end of a chunk as their own tokens.</summary>
    public static bool IsClosing(char c) => c switch
    {
        ')' or ']' or '}' or '"' or '>' or ',' or ';' or ':' or '!' or '?' or '%' or '*' => true,
        '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u2026' or '\u2013' or '\u2014' or '\u2015' => true,
        '\'' or '`' => true,
        _ => false,
    };

    /// <summary>Sentence-final punctuation.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Kind of a single non-word character token.</summary>
    public static TokenKind KindOf(char c)
    {
        if (c is '%' or '#' or '&' or '@' or '+' or '=' or '^' or '|' or '~' or '°' or '§' or '©' or '®' or '™') return TokenKind.Symbol;
        if (char.IsSurrogate(c)) return TokenKind.Symbol;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
            ? TokenKind.Symbol
            : TokenKind.Punctuation;
    }

    /// <summary>
    /// Length of an emoji sequence starting at <paramref name="i"/> (surrogate-pair pictographs,
    /// BMP dingbats, with variation selectors, skin-tone modifiers, keycaps, flags and ZWJ joins),
    /// or 0 when there is none.
    /// </summary>
    public static int EmojiLength(ReadOnlySpan<char> s, int i)
    {
        int k = i;
        bool any = false;
        while (k < s.Length)
        {
            int len = PictographLength(s, k);
            if (len == 0) break;
            any = true;
            k += len;
            // Variation selector-16, skin tones (surrogate pair U+1F3FB..1F3FF), keycap.
            while (k < s.Length)
            {
                if (s[k] is '\uFE0F' or '\uFE0E' or '\u20E3') { k++; continue; }
                if (k + 1 < s.Length && s[k] == '\uD83C' && s[k + 1] >= '\uDFFB' && s[k + 1] <= '\uDFFF') { k += 2; continue; }
                break;
            }
            if (k + 1 < s.Length && s[k] == '\u200D' && PictographLength(s, k + 1) > 0) { k++; continue; }
            break;
        }
        return any ? k - i : 0;
    }

    private static int PictographLength(ReadOnlySpan<char> s, int k)
    {
        char c = s[k];
        if (char.IsHighSurrogate(c) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
        {
            int cp = char.ConvertToUtf32(c, s[k + 1]);
            // Regional indicators come in pairs (flags); everything in the supplementary symbol
            // planes counts as a pictograph.
            if (cp is >= 0x1F1E6 and <= 0x1F1FF)
            {
                if (k + 3 < s.Length && char.IsHighSurrogate(s[k + 2]) && char.IsLowSurrogate(s[k + 3]))
                {
                    int cp2 = char.ConvertToUtf32(s[k + 2], s[k + 3]);
                    if (cp2 is >= 0x1F1E6 and <= 0x1F1FF) return 4;
                }
                return 2;
            }
            return cp is >= 0x1F000 and <= 0x1FAFF ? 2 : 0;
        }
        return c is >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF' ? 1 : 0;
    }
}
