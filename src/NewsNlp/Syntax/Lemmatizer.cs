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
    // Every lemma of the training data, lower case: a suffix rule's output that is not a known
    // word ("declined" → "declin") gives way to a variant that is ("decline").
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

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
        _known = exceptions.Values.Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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

        // Suffix rules "XPOS\u0001suffix", longest suffix first; an output that is not a known
        // lemma gives way to a spelling variant of it that is.
        for (int k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            lower[^k..].CopyTo(key[prefix..]);
            if (!_rules.TryGetValue(key[..(prefix + k)], out var rule)) continue;
            if (rule.Strip > form.Length) break;
            bool verbInflection = (xpos is "VBD" or "VBN" && lower.EndsWith("ed")) || (xpos is "VBG" && lower.EndsWith("ing"));
            return Apply(form, lower, lowerCase, verbInflection && Known(lower, rule, out var known) ? known : rule);
        }
        return lowerCase ? new string(lower) : form.ToString();
    }

    private static string Apply(ReadOnlySpan<char> form, ReadOnlySpan<char> lower, bool lowerCase, LemmaRule rule) =>
        string.Concat(lowerCase ? lower[..^rule.Strip] : form[..^rule.Strip], rule.Append);

    /// <summary>
    /// Whether the rule's output is a known lemma, or one of its spelling variants is: a restored
    /// final "e" ("declin" → "decline") or an undoubled consonant ("planned": "plann" → "plan").
    /// </summary>
    private bool Known(ReadOnlySpan<char> lower, LemmaRule rule, out LemmaRule known)
    {
        known = rule;
        int stem = lower.Length - rule.Strip;
        if (stem + rule.Append.Length is 0 or > 64) return false;
        Span<char> candidate = stackalloc char[stem + rule.Append.Length + 1];
        lower[..stem].CopyTo(candidate);
        rule.Append.AsSpan().CopyTo(candidate[stem..]);
        int length = stem + rule.Append.Length;
        if (_known.Contains(candidate[..length])) return true;
        if (rule.Append.Length > 0 || stem < 2) return false;
        candidate[length] = 'e';
        if (_known.Contains(candidate[..(length + 1)]))
        {
            known = new LemmaRule(rule.Strip, "e");
            return true;
        }
        if (candidate[length - 1] == candidate[length - 2] && !"aeiouslz".Contains(candidate[length - 1]) && _known.Contains(candidate[..(length - 1)]))
        {
            known = new LemmaRule(rule.Strip + 1, "");
            return true;
        }
        return false;
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
