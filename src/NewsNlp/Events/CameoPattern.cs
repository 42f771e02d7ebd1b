namespace NewsNlp.Events;

/// <summary>A pattern line: words around the verb (<c>*</c>) and the code it gives.</summary>
/// <param name="Text">The pattern as written ("* (FOR TALKS)").</param>
/// <param name="Code">Its code, or null when a match means "no event".</param>
/// <param name="ReverseCode">The code of the reverse direction, when given.</param>
/// <param name="Verb">The coder's comment (usually the verb it was written for).</param>
public sealed record CameoPattern(string Text, string? Code, string? ReverseCode, string Verb)
{
    /// <summary>Words before the verb, nearest last; each a set of alternatives (a synonym set's words).</summary>
    internal string[][] Before { get; private set; } = [];

    /// <summary>Words after the verb, in order.</summary>
    internal string[][] After { get; private set; } = [];

    /// <summary>
    /// A <c>%</c> before the verb: the pattern asks for a compound subject ("% * [030:030]":
    /// "The Philippines and France agree that ..."), the members of which act on one another.
    /// </summary>
    internal bool CompoundBefore { get; private set; }

    /// <summary>A <c>%</c> after the verb: the pattern asks for a compound phrase after it ("* BETWEEN %").</summary>
    internal bool CompoundAfter { get; private set; }

    /// <summary>The number of words (and compounds) the pattern asks for; more specific patterns win.</summary>
    internal int Specificity { get; private set; }

    internal void Compile(IReadOnlyDictionary<string, string[]> sets)
    {
        int star = Text.IndexOf('*');
        string before = star >= 0 ? Text[..star] : "", after = star >= 0 ? Text[(star + 1)..] : Text;
        Before = Tokens(before, sets);
        After = Tokens(after, sets);
        CompoundBefore = before.Contains('%');
        CompoundAfter = after.Contains('%');
        Specificity = Before.Length + After.Length + (CompoundBefore ? 1 : 0) + (CompoundAfter ? 1 : 0);
    }

    private static string[][] Tokens(string part, IReadOnlyDictionary<string, string[]> sets)
    {
        var result = new List<string[]>();
        foreach (var raw in part.Split([' ', '_', '(', ')', '{', '}'], StringSplitOptions.RemoveEmptyEntries))
        {
            string t = raw.Trim('+', '$', '%', '^', '|');
            if (t.Length == 0) continue;
            if (t[0] == '&')
            {
                var words = new List<string>();
                Expand(t.ToUpperInvariant(), sets, words, 0);
                if (words.Count > 0) result.Add(words.ToArray());
                continue;
            }
            result.Add([t.ToLowerInvariant()]);
        }
        return result.ToArray();
    }

    private static void Expand(string set, IReadOnlyDictionary<string, string[]> sets, List<string> into, int depth)
    {
        if (depth > 4 || !(sets.TryGetValue(set, out var members) || sets.TryGetValue(set + "_", out members))) return;
        foreach (var m in members)
        {
            if (m.StartsWith('&')) Expand(m.ToUpperInvariant(), sets, into, depth + 1);
            // A multi-word member ("armed forces") is matched by its last word.
            else into.Add(m.Contains(' ') ? m[(m.LastIndexOf(' ') + 1)..] : m);
        }
    }
}
