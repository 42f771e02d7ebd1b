namespace NewsNlp.Text;

/// <summary>The scanner's specials: web addresses, e-mail addresses, handles, hashtags, emoticons and emoji.</summary>
internal ref partial struct TokenScanner
{
    /// <summary>
    /// URLs, e-mail addresses, handles, hashtags and emoticons starting at <paramref name="p"/>;
    /// returns their length or 0.
    /// </summary>
    private readonly int Special(int p, int q, out TokenKind kind)
    {
        ReadOnlySpan<char> s = _text;
        kind = TokenKind.Word;
        char c = s[p];
        var rest = s[p..q];
        if (c is 'h' or 'H' or 'f' or 'F' or 'w' or 'W')
        {
            if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
                rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ||
                (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5))
            {
                kind = TokenKind.Url;
                return TrimUrl(rest);
            }
        }
        if (c == '@' && rest.Length > 1 && (char.IsAsciiLetterOrDigit(rest[1]) || rest[1] == '_'))
        {
            int j = 1;
            while (j < rest.Length && (char.IsAsciiLetterOrDigit(rest[j]) || rest[j] == '_')) j++;
            kind = TokenKind.Handle;
            return j;
        }
        if (c == '#' && rest.Length > 1 && CharClass.IsLetter(rest[1]))
        {
            int j = 1;
            while (j < rest.Length && CharClass.IsWordChar(rest[j])) j++;
            kind = TokenKind.Hashtag;
            return j;
        }
        if (c is ':' or ';' or '=' or '<' or '^' or 'x' or 'X')
        {
            int emo = Emoticon(rest);
            if (emo > 0) { kind = TokenKind.Emoji; return emo; }
        }
        // An address's local part is at most 64 characters (RFC 5321), so the '@' is looked for no
        // further: searching the whole chunk from every position made "++++…+@" quadratic (found by fuzzing).
        int at = rest[..Math.Min(rest.Length, MaxLocalPart + 1)].IndexOf('@');
        if (at > 0)
        {
            int email = Email(rest, at);
            if (email > 0) { kind = TokenKind.Email; return email; }
        }
        int emoji = CharClass.EmojiLength(rest, 0);
        if (emoji > 0) { kind = TokenKind.Emoji; return emoji; }
        return 0;
    }

    private const int MaxLocalPart = 64;

    private static int TrimUrl(ReadOnlySpan<char> url)
    {
        int e = url.Length;
        while (e > 0)
        {
            char c = url[e - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '\u201D' or '\u2019' or '>' or ']') { e--; continue; }
            if (c == ')' && url[..e].Count('(') < url[..e].Count(')')) { e--; continue; }
            break;
        }
        return e;
    }

    private static int Email(ReadOnlySpan<char> rest, int at)
    {
        for (int i = 0; i < at; i++)
        {
            char c = rest[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-')) return 0;
        }
        if (!char.IsAsciiLetterOrDigit(rest[0])) return 0;
        int j = at + 1;
        int lastDot = -1;
        while (j < rest.Length && (char.IsAsciiLetterOrDigit(rest[j]) || rest[j] is '.' or '-' or '_'))
        {
            if (rest[j] == '.') lastDot = j;
            j++;
        }
        while (j > at + 1 && rest[j - 1] is '.' or '-') j--;
        if (lastDot < 0 || lastDot >= j - 1) return 0;
        return j;
    }

    private static int Emoticon(ReadOnlySpan<char> r)
    {
        // A small set of ASCII emoticons, accepted only when they end the chunk or precede punctuation.
        ReadOnlySpan<string> faces = [":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ":p", ";)", ":/", ":|", ":o", ":O", "=)", "<3", "^_^", "xD", "XD"];
        foreach (var f in faces)
        {
            if (r.StartsWith(f, StringComparison.Ordinal) && (r.Length == f.Length || !CharClass.IsWordChar(r[f.Length])))
                return f.Length;
        }
        return 0;
    }
}
