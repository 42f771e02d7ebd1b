namespace NewsNlp.Learning;

/// <summary>
/// The hashed shape of a word, a feature of the tagger, the parser and the role labeler. Like
/// <see cref="FeatureHash"/> it is part of the model format: changing it invalidates models.
/// </summary>
internal static class WordShape
{
    /// <summary>Word shape with runs collapsed: "McCain" → "XxXx", "2024" → "d", "U.S." → "X.X.".</summary>
    public static ulong Of(ReadOnlySpan<char> w)
    {
        ulong h = 0x51;
        char last = '\0';
        int n = 0;
        foreach (char c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last) continue;
            last = s;
            h = FeatureHash.Add(h, s);
            if (++n == 8) break;
        }
        return h;
    }
}
