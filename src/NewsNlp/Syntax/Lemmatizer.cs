namespace NewsNlp.Syntax;

/// <summary>
/// Lemmatizer learned from a treebank: an exception list of (XPOS, form) → lemma for every word
/// seen in training, and for unseen words suffix rules by XPOS ("-ies"/NNS → "-y", "-ed"/VBD → "")
/// chosen by the longest suffix seen, plus per-tag case rules (common nouns lower-cased, proper
/// nouns kept). Immutable and thread-safe.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 5;
    private const char Separator = '\u0001';
    private const int MaxKey = 128;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptions;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> _rules;

    /// <param name="exceptions">"XPOS\u0001form" (exact, or lower-cased for the fallback) → lemma.</param>
    /// <param name="rules">"XPOS\u0001suffix" (lower case, 0–5 chars) → rule.</param>
    /// <param name="lowerCase">XPOS tags whose lemmas are lower case.</param>
    public Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, LemmaRule> rules, HashSet<string> lowerCase)
    {
        Exceptions = exceptions;
        Rules = rules;
        LowerCase = lowerCase;
        _exceptions = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        _rules = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Dictionary<string, string> Exceptions { get; }

    public Dictionary<string, LemmaRule> Rules { get; }

    public HashSet<string> LowerCase { get; }

    public static Lemmatizer Empty { get; } = new([], [], []);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos)
    {
        if (form.IsEmpty) return "";
        if (xpos.Length + 1 + form.Length > MaxKey) return form.ToString();
        Span<char> key = stackalloc char[MaxKey];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = Separator;
        int prefix = xpos.Length + 1;
        form.CopyTo(key[prefix..]);
        if (_exceptions.TryGetValue(key[..(prefix + form.Length)], out var lemma)) return lemma;
        Span<char> lower = stackalloc char[form.Length];
        form.ToLowerInvariant(lower);
        bool lowerCase = LowerCase.Contains(xpos);
        if (!lower.SequenceEqual(form))
        {
            lower.CopyTo(key[prefix..]);
            if (_exceptions.TryGetValue(key[..(prefix + form.Length)], out lemma))
                return lowerCase ? lemma : RestoreCase(form, lemma);
        }

        // Suffix rules "XPOS\u0001suffix", longest suffix first.
        for (int k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            lower[^k..].CopyTo(key[prefix..]);
            if (!_rules.TryGetValue(key[..(prefix + k)], out var rule)) continue;
            if (rule.Strip > form.Length) break;
            return string.Concat(lowerCase ? lower[..^rule.Strip] : form[..^rule.Strip], rule.Append);
        }
        return lowerCase ? new string(lower) : form.ToString();
    }

    private static string RestoreCase(ReadOnlySpan<char> form, string lemma)
    {
        // A lemma learned in lower case for a capitalised form ("Meetings" → "Meeting" for NNPS).
        if (lemma.Length == 0 || !char.IsUpper(form[0]) || char.IsUpper(lemma[0])) return lemma;
        return string.Create(lemma.Length, lemma, (span, l) =>
        {
            l.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });
    }
}

/// <summary>Strip <see cref="Strip"/> characters from the end of the form, then append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(int Strip, string Append);
