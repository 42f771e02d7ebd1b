using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NewsNlp.Text;

/// <summary>
/// The forward-only scanner under the tokenizer stage and the entity ruler's phrases. Text is cut
/// into chunks at white space; each chunk is then split the way spaCy's tokenizer does it: specials (URLs, e-mail,
/// handles, emoji) first, prefixes off the front, suffixes off the back, infix rules inside.
/// Offsets are written into caller-owned lists so that a reused list allocates nothing.
/// </summary>
internal ref partial struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly List<Token> _tokens;
    private readonly List<Word> _words;
    private readonly int _offset;

    public TokenScanner(ReadOnlySpan<char> text, int offset, List<Token> tokens, List<Word> words)
    {
        _text = text;
        _offset = offset;
        _tokens = tokens;
        _words = words;
    }

    public void Run()
    {
        ReadOnlySpan<char> s = _text;
        int i = 0;
        while (i < s.Length)
        {
            // Vectorised skip over separators, then over the chunk itself.
            int start = s[i..].IndexOfAnyExcept(CharClass.Separators);
            if (start < 0) break;
            start += i;
            int len = s[start..].IndexOfAny(CharClass.Separators);
            int end = len < 0 ? s.Length : start + len;
            // Format characters inside a word do not end the chunk (rare: one test per chunk end).
            while (end < s.Length && CharClass.IsFormat(s[end]) && CharClass.FormatRunJoins(s, end, out int after))
            {
                len = s[after..].IndexOfAny(CharClass.Separators);
                end = len < 0 ? s.Length : after + len;
            }
            Chunk(start, end);
            i = end;
        }
    }

    private void Chunk(int p, int q)
    {
        ReadOnlySpan<char> s = _text;
        // Fast path: a chunk of ASCII letters is one word (the common case by far).
        if (s[p..q].IndexOfAnyExcept(CharClass.AsciiLetters) < 0)
        {
            EmitWord(p, q);
            return;
        }

        while (p < q)
        {
            int special = Special(p, q, out var kind);
            if (special > 0)
            {
                Emit(p, p + special, kind);
                p += special;
                continue;
            }
            char c = s[p];
            if (CharClass.IsOpening(c) && OpensHere(p, q))
            {
                int run = RunLength(p, q);
                Emit(p, p + run, CharClass.KindOf(c));
                p += run;
                continue;
            }
            break;
        }
        if (p >= q) return;

        int coreEnd = PeelSuffixes(p, q);
        if (coreEnd > p) Core(p, coreEnd);
        // The suffix region [coreEnd, q) is all punctuation: emit it in runs.
        int k = coreEnd;
        while (k < q)
        {
            int emoji = CharClass.EmojiLength(s[..q], k);
            if (emoji > 0) { Emit(k, k + emoji, TokenKind.Emoji); k += emoji; continue; }
            int run = RunLength(k, q);
            Emit(k, k + run, CharClass.KindOf(s[k]));
            k += run;
        }
    }

    /// <summary>Whether an opening character at <paramref name="p"/> should be split off.</summary>
    private readonly bool OpensHere(int p, int q)
    {
        ReadOnlySpan<char> s = _text;
        char c = s[p];
        if (p + 1 >= q) return true;
        char n = s[p + 1];
        // "'s", "'re", "n't" written alone, "'90s" and "'em" stay words.
        if (c is '\'' or '`' && (char.IsAsciiDigit(n) || IsClitic(s[p..q]))) return false;
        return true;
    }

    private static bool IsClitic(ReadOnlySpan<char> w)
    {
        // w starts with an apostrophe.
        var rest = w[1..];
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase) ||
               rest.Equals("em", StringComparison.OrdinalIgnoreCase) || rest.Equals("cause", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Length of a punctuation run that forms one token ("...", "!!!", "?!", "--", "''", "``", "&lt;&lt;").</summary>
    private readonly int RunLength(int k, int q)
    {
        ReadOnlySpan<char> s = _text;
        char c = s[k];
        int j = k + 1;
        if (c is '.' or '!' or '?')
        {
            while (j < q && s[j] is '.' or '!' or '?') j++;
        }
        else if (c is '-' or '\'' or '`' or '<' or '>' or '*' or '=' or '_' or '~' or '$' or '#' or '\u2026')
        {
            while (j < q && s[j] == c) j++;
        }
        else if (char.IsHighSurrogate(c) && j < q && char.IsLowSurrogate(s[j]))
        {
            j++;
        }
        return j - k;
    }

    /// <summary>Finds where the core of the chunk ends and trailing punctuation begins.</summary>
    private readonly int PeelSuffixes(int p, int q)
    {
        ReadOnlySpan<char> s = _text;
        int e = q;
        while (e > p)
        {
            char c = s[e - 1];
            if (c == '.')
            {
                if (e - 2 >= p && s[e - 2] == '.')
                {
                    int dots = e;
                    while (dots > p && s[dots - 1] == '.') dots--;
                    // "Inc.." is the abbreviation "Inc." and a full stop; longer runs are ellipses.
                    e = e - dots == 2 && KeepsFullStop(p, dots, q) ? dots + 1 : dots;
                    continue;
                }
                if (KeepsFullStop(p, e - 1, q)) break;
                e--;
                continue;
            }
            if (CharClass.IsApostrophe(c) && e - 2 >= p && (s[e - 2] is 's' or 'S') && e - 2 > p && CharClass.IsLetter(s[e - 3]))
                break; // plural possessive: "Edwards'" stays a word (split into words later)
            if (CharClass.IsClosing(c) || c == '-' || c == '\u2026')
            {
                if (c == ')' && HasOpenParenthesis(p, e - 1)) break; // "account(s)" handled inside the core
                e--;
                continue;
            }
            if (IsEmojiPart(c))
            {
                // Trailing emoji: peel the whole run; the suffix loop regroups it into sequences.
                while (e > p && IsEmojiPart(s[e - 1])) e--;
                continue;
            }
            break;
        }
        return e;
    }

    private static bool IsEmojiPart(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\uFE0E' or '\u200D' or '\u20E3' or >= '\u2600' and <= '\u27BF';

    private readonly bool HasOpenParenthesis(int p, int e)
    {
        // An unmatched "(" inside the core keeps its ")" with it, so "account(s)" splits symmetrically.
        return _text[p..e].Contains('(') && p < e && _text[p] != '(';
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> belongs to an abbreviation or initial.</summary>
    private readonly bool KeepsFullStop(int p, int dot, int q)
    {
        ReadOnlySpan<char> s = _text;
        // The candidate abbreviation: letters and inner full stops just before the stop.
        int a = dot;
        while (a > p && (CharClass.IsLetter(s[a - 1]) || s[a - 1] == '.')) a--;
        if (a == dot) return false;
        if (a > p && !IsBoundaryBefore(s[a - 1])) return false;
        var seg = s[a..dot];
        if (seg.Contains('.'))
        {
            // "U.S", "J.R.R", "a.m", "Ph.D", "e.g": pieces of one or two letters between stops.
            int piece = 0;
            foreach (char c in seg)
            {
                if (c == '.') { if (piece == 0 || piece > 2) return false; piece = 0; }
                else piece++;
            }
            return piece is >= 1 and <= 2;
        }
        if (seg.Length == 1) return char.IsUpper(seg[0]); // initials: "J. Smith"
        if (Lexicon.AbbreviationLookup.Contains(seg))
        {
            // "No." is an abbreviation only before a number ("No. 5").
            if (seg.Equals("no", StringComparison.OrdinalIgnoreCase)) return NextChunkStartsWithDigit(q);
            return true;
        }
        return false;
    }

    private static bool IsBoundaryBefore(char c) => !CharClass.IsWordChar(c) && !CharClass.IsApostrophe(c);

    private readonly bool NextChunkStartsWithDigit(int q)
    {
        ReadOnlySpan<char> s = _text;
        int k = q;
        while (k < s.Length && CharClass.IsSeparator(s[k])) k++;
        return k < s.Length && char.IsAsciiDigit(s[k]);
    }

    /// <summary>Splits the core of a chunk (no leading or trailing punctuation) by infix rules.</summary>
    private void Core(int p, int e)
    {
        ReadOnlySpan<char> s = _text;
        int a = p;   // start of the pending piece
        int k = p;
        int segment = p; // start of the current hyphen segment, for prefix checks
        while (k < e)
        {
            char c = s[k];
            if (CharClass.IsWordChar(c)) { k++; continue; }
            bool prevWord = k > a && CharClass.IsWordChar(s[k - 1]);
            if (prevWord && CharClass.IsFormat(c) && CharClass.FormatRunJoins(s[..e], k, out int formatEnd))
            {
                k = formatEnd; // invisible characters inside a word stay in it: "Ber\uFEFFlin", "Ber\u200Dlin"
                continue;
            }
            bool nextWord = k + 1 < e && CharClass.IsWordChar(s[k + 1]);
            switch (c)
            {
                case '\'' or '\u2019' or '`' when prevWord && nextWord:
                    k++; // inner apostrophe: "O'Brien", "don't" (words split later)
                    continue;
                case '.' when prevWord && nextWord:
                    if (MissingSpace(a, k, e)) break;
                    k++;
                    continue;
                case '.' when prevWord && k + 1 == e:
                    k++; // the abbreviation's own stop, kept by PeelSuffixes
                    continue;
                case '.' when prevWord && KeepsFullStop(a, k, e):
                    k++; // "U.S.-led": the abbreviation keeps its stop before other punctuation
                    continue;
                case '\'' or '\u2019' or '`' when prevWord && k + 1 == e && s[k - 1] is 's' or 'S':
                    k++; // plural possessive kept by PeelSuffixes: "Smiths'"
                    continue;
                case '\'' or '\u2019' or '`' when k == a && nextWord:
                    k++; // a clitic or elided year written alone: "'s", "'90s"
                    continue;
                case '-' when prevWord && nextWord:
                    if (KeepsHyphen(segment, k, e)) { k++; segment = k; continue; }
                    break;
                case ',' when prevWord && char.IsAsciiDigit(s[k - 1]) && ThreeDigitsFollow(k + 1, e):
                    k++; // "1,000"
                    continue;
                case ':' when prevWord && char.IsAsciiDigit(s[k - 1]) && k + 1 < e && char.IsAsciiDigit(s[k + 1]):
                    k++; // "10:30"
                    continue;
                case '/' when prevWord && nextWord && KeepsSlash(a, k, e):
                    k++;
                    continue;
                case '&' when prevWord && nextWord && char.IsUpper(s[k - 1]):
                    k++; // "AT&T", "P&L"
                    continue;
                case '@' when prevWord && nextWord:
                    k++; // "Rice@ENRON" (addresses with a dotted domain are specials)
                    continue;
                case '+' when prevWord && !nextWord && k + 1 == e:
                    k++; // "C++", "A+"
                    continue;
            }
            // Split: flush the pending piece, then emit this character (or its run / emoji).
            if (k > a) Piece(a, k);
            int special = Special(k, e, out var kind);
            int len;
            if (special > 0) { len = special; }
            else
            {
                int emoji = CharClass.EmojiLength(s[..e], k);
                if (emoji > 0) { len = emoji; kind = TokenKind.Emoji; }
                else { len = RunLength(k, e); kind = CharClass.KindOf(c); }
            }
            Emit(k, k + len, kind);
            k += len;
            a = k;
            segment = k;
        }
        if (e > a) Piece(a, e);
    }

    /// <summary>"arrived.The": a full stop with no space after it, between a word and a capitalised word.</summary>
    private readonly bool MissingSpace(int a, int dot, int e)
    {
        ReadOnlySpan<char> s = _text;
        if (dot - a < 2 || !char.IsLower(s[dot - 1]) || !char.IsLower(s[dot - 2])) return false;
        if (!char.IsUpper(s[dot + 1])) return false;
        if (dot + 2 < e && !char.IsLower(s[dot + 2])) return false;
        // "file.Txt" in a URL-ish piece keeps the stop; so does anything with another stop or slash.
        var piece = s[a..e];
        return piece.IndexOfAny('/', '@') < 0;
    }

    private readonly bool KeepsHyphen(int segment, int k, int e)
    {
        ReadOnlySpan<char> s = _text;
        // UD English splits hyphenated compounds but keeps fixed prefixes ("e-mail", "non-stop").
        var left = s[segment..k];
        if (char.IsAsciiLetter(s[k - 1]) && CharClass.IsLetter(s[k + 1]))
            return Lexicon.HyphenPrefixLookup.Contains(left);
        if (char.IsAsciiDigit(s[k - 1]) && char.IsAsciiDigit(s[k + 1]))
            return IsPhoneNumber(segment, e);
        return false;
    }

    /// <summary>"713-654-0365", "654-0365": kept as one token; "1969-1970" and "400-500" are split.</summary>
    private readonly bool IsPhoneNumber(int a, int e)
    {
        ReadOnlySpan<char> s = _text;
        Span<int> groups = stackalloc int[4];
        int n = 0, run = 0;
        for (int i = a; i < e; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c)) { run++; continue; }
            if (c != '-' || run == 0 || n == 3) break;
            groups[n++] = run;
            run = 0;
        }
        if (run == 0 || n == 4) return false;
        groups[n++] = run;
        return n switch
        {
            2 => groups[0] is 1 or 3 && groups[1] == 4,
            3 => groups[0] == 3 && groups[1] == 3 && groups[2] == 4,
            4 => groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && groups[3] == 4,
            _ => false,
        };
    }

    private readonly bool ThreeDigitsFollow(int k, int e)
    {
        ReadOnlySpan<char> s = _text;
        if (k + 3 > e) return false;
        if (!(char.IsAsciiDigit(s[k]) && char.IsAsciiDigit(s[k + 1]) && char.IsAsciiDigit(s[k + 2]))) return false;
        return k + 3 == e || !char.IsAsciiDigit(s[k + 3]);
    }

    private readonly bool KeepsSlash(int a, int k, int e)
    {
        ReadOnlySpan<char> s = _text;
        // Dates and fractions keep their slashes ("16/11/2004", "9/11"); so do short forms ("w/o", "L/C").
        if (char.IsAsciiDigit(s[k - 1]) && char.IsAsciiDigit(s[k + 1])) return true;
        int left = 0;
        for (int i = k - 1; i >= a && CharClass.IsLetter(s[i]); i--) left++;
        int right = 0;
        for (int i = k + 1; i < e && CharClass.IsLetter(s[i]); i++) right++;
        return left is >= 1 and <= 2 && right is >= 1 and <= 2;
    }

    /// <summary>A piece of word characters (with kept inner punctuation): numbers split from units.</summary>
    private void Piece(int a, int e)
    {
        ReadOnlySpan<char> s = _text;
        if (char.IsAsciiDigit(s[a]))
        {
            int k = a;
            while (k < e && (char.IsAsciiDigit(s[k]) || ((s[k] is '.' or ',' or ':' or '/' or '-') && k + 1 < e && char.IsAsciiDigit(s[k + 1])))) k++;
            if (k == e) { Emit(a, e, TokenKind.Number); return; }
            int letters = k;
            while (letters < e && CharClass.IsLetter(s[letters])) letters++;
            var suffix = s[k..letters];
            bool ordinal = suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
                           suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase) ||
                           suffix.Equals("s", StringComparison.OrdinalIgnoreCase);
            if (letters == e && ordinal) { Emit(a, e, TokenKind.Number); return; }
            if (letters == e && letters > k)
            {
                // "5kg", "2.7m", "11:30am": number and unit are two tokens.
                Emit(a, k, TokenKind.Number);
                EmitWord(k, e);
                return;
            }
            // Mixed alphanumerics ("4x4", "3D", "B2B"-like) stay one word.
            EmitWord(a, e);
            return;
        }
        EmitWord(a, e);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(int start, int end, TokenKind kind)
    {
        Debug.Assert(end > start);
        _words.Add(new Word(_offset + start, _offset + end, _tokens.Count));
        _tokens.Add(new Token(_offset + start, _offset + end, kind, _words.Count - 1, 1));
    }

    /// <summary>Emits a word token, splitting contractions and possessives into words.</summary>
    private void EmitWord(int start, int end)
    {
        int split = ContractionSplit(_text[start..end]);
        if (split <= 0)
        {
            Emit(start, end, TokenKind.Word);
            return;
        }
        int tokenIndex = _tokens.Count;
        int first = _words.Count;
        _words.Add(new Word(_offset + start, _offset + start + split, tokenIndex));
        _words.Add(new Word(_offset + start + split, _offset + end, tokenIndex));
        _tokens.Add(new Token(_offset + start, _offset + end, TokenKind.Word, first, 2));
    }

    /// <summary>
    /// Where a word splits into two (Penn Treebank / UD): "do|n't", "ca|n't", "Putin|'s", "we|'re",
    /// "can|not", "gon|na", "Edwards|'". Returns 0 when the word stays whole.
    /// </summary>
    internal static int ContractionSplit(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n < 3) return 0;
        char last = w[n - 1];
        if (CharClass.IsApostrophe(last))
            return (w[n - 2] is 's' or 'S') && CharClass.IsLetter(w[n - 3]) ? n - 1 : 0;
        if (n >= 4 && (last is 't' or 'T') && CharClass.IsApostrophe(w[n - 2]) && (w[n - 3] is 'n' or 'N') && CharClass.IsLetter(w[n - 4]))
            return n - 3;
        // 's 'd 'm
        if (CharClass.IsApostrophe(w[n - 2]) && (last is 's' or 'S' or 'd' or 'D' or 'm' or 'M') && CharClass.IsLetter(w[n - 3]))
            return n - 2;
        // 're 've 'll
        if (n >= 4 && CharClass.IsApostrophe(w[n - 3]) && CharClass.IsLetter(w[n - 4]))
        {
            var tail = w[(n - 2)..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase) ||
                tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
                return n - 3;
        }
        if (n is >= 4 and <= 8 && (last is 't' or 'T' or 'a' or 'A') && Lexicon.FusedLookup.TryGetValue(w, out int first))
            return first;
        return 0;
    }
}
