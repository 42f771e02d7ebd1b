namespace NewsNlp.Events;

/// <summary>
/// The CAMEO verb dictionary of PETRARCH-2 (<c>CAMEO.2.0.txt</c>): verb families with a default
/// event code, member verbs (one word or phrasal, e.g. "meet with") with their own code and irregular
/// forms, and the phrase patterns under each family. Lookups take a lemma or an inflected form.
/// Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// Format (as read by PETRARCH's <c>read_verb_dictionary</c>): <c>&amp;NAME</c> synonym sets of
/// <c>+WORD</c> lines; <c>---  FAMILY   [code]  ---</c> starts a family; member lines
/// <c>[+]VERB[_PARTICLE] {IRREGULAR FORMS} [code]  # comment</c>; pattern lines
/// <c>- words * words   [code]   # verb</c>. Codes are <c>[042]</c>, <c>[042:043]</c> (the code, then
/// the code of the reverse direction) or <c>[---]</c> (no event). A family header that comes again
/// (an additions file appended to the dictionary) reopens that family: the members and patterns under it
/// join the family's own, and the family keeps its first code.
/// </remarks>
public sealed class CameoVerbDictionary
{
    private readonly Dictionary<string, CameoVerb> _byForm;

    private CameoVerbDictionary(List<CameoVerb> verbs, Dictionary<string, CameoVerb> byForm, Dictionary<string, string[]> synonymSets)
    {
        Verbs = verbs;
        _byForm = byForm;
        SynonymSets = synonymSets;
    }

    /// <summary>Every member verb, in file order.</summary>
    public IReadOnlyList<CameoVerb> Verbs { get; }

    /// <summary>Synonym sets (<c>&amp;MILITARY</c> → its words, lower case), used by patterns.</summary>
    public IReadOnlyDictionary<string, string[]> SynonymSets { get; }

    /// <summary>Finds a verb by lemma or form ("visit", "visited", "met", "meet with"); case-insensitive.</summary>
    public bool TryGet(string lemmaOrForm, out CameoVerb verb)
    {
        ArgumentNullException.ThrowIfNull(lemmaOrForm);
        return _byForm.TryGetValue(lemmaOrForm.Trim().ToLowerInvariant(), out verb!);
    }

    /// <summary>Reads a dictionary file.</summary>
    /// <exception cref="FormatException">A malformed line (the message gives the source and line number), or no verbs at all.</exception>
    public static CameoVerbDictionary Load(TextReader reader, string source = "CAMEO dictionary")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var verbs = new List<CameoVerb>();
        var byForm = new Dictionary<string, CameoVerb>(StringComparer.Ordinal);
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? family = null, familyCode = null, familyReverse = null;
        List<CameoVerb> members = [];
        var patterns = new List<CameoPattern>();
        string? setName = null;
        var setWords = new List<string>();
        int lineNumber = 0;
        string? line;

        // Each family's members and patterns; a family header seen again reopens its family (an additions
        // file appended after the dictionary adds members and patterns to families it already has).
        var families = new Dictionary<string, (List<CameoVerb> Members, List<CameoPattern> Patterns, string? Code, string? Reverse)>(StringComparer.Ordinal);

        void FinishFamily()
        {
            if (family is not null)
            {
                var f = families[family];
                f.Members.AddRange(members);
                f.Patterns.AddRange(patterns);
            }
            members = [];
            patterns = [];
        }

        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string text = StripComment(line).TrimEnd();
            string comment = line.Length > text.Length ? line[text.Length..].TrimStart().TrimStart('#').Trim() : "";
            if (text.Length == 0)
            {
                if (setName is not null) { sets[setName] = setWords.ToArray(); setName = null; setWords.Clear(); }
                continue;
            }
            if (text[0] == '&')
            {
                setName = text.Trim();
                setWords.Clear();
                continue;
            }
            if (setName is not null && text[0] == '+')
            {
                setWords.Add(Words(text[1..]));
                continue;
            }
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                FinishFamily();
                var parts = text.Trim('-').Trim();
                int bracket = parts.IndexOf('[');
                if (bracket < 0) throw new FormatException($"{source}:{lineNumber}: verb family header without a [code]");
                family = Words(parts[..bracket]);
                familyCode = Code(parts[bracket..], source, lineNumber, out familyReverse, out _);
                if (families.TryGetValue(family, out var known)) (familyCode, familyReverse) = (known.Code, known.Reverse);
                else families[family] = ([], [], familyCode, familyReverse);
                continue;
            }
            if (family is null) continue; // synonym sets and text before the first family
            if (text.StartsWith('-'))
            {
                int bracket = text.LastIndexOf('[');
                if (bracket < 0) throw new FormatException($"{source}:{lineNumber}: pattern without a [code]");
                string? code = Code(text[bracket..], source, lineNumber, out string? reverse, out bool special);
                // Test markers of the validation dictionaries ("[+++]", "[###]") code nothing and block nothing.
                if (!special) patterns.Add(new CameoPattern(text[1..bracket].Trim(), code, reverse, comment));
                continue;
            }
            // A member verb: [+]VERB[_PARTICLE] {FORMS} [code]
            string rest = text.Trim();
            string? own = null, ownReverse = null;
            int codeAt = rest.IndexOf('[');
            if (codeAt >= 0)
            {
                own = Code(rest[codeAt..], source, lineNumber, out ownReverse, out _);
                rest = rest[..codeAt].Trim();
            }
            string[] forms = [];
            int brace = rest.IndexOf('{');
            if (brace >= 0)
            {
                int close = rest.IndexOf('}', brace);
                if (close < 0) throw new FormatException($"{source}:{lineNumber}: '{{' without '}}'");
                forms = rest[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => Words(f.TrimStart('+'))).ToArray();
                rest = rest[..brace].Trim();
            }
            string lemma = Words(rest.TrimStart('+'));
            if (lemma.Length == 0) continue;
            var verb = new CameoVerb(lemma, family, codeAt >= 0 ? own : familyCode, codeAt >= 0 ? ownReverse : familyReverse, forms);
            verbs.Add(verb);
            members.Add(verb);
            byForm.TryAdd(lemma, verb);
            foreach (var f in forms) byForm.TryAdd(f, verb);
        }
        FinishFamily();
        foreach (var f in families.Values)
        {
            var all = f.Patterns.ToArray();
            foreach (var m in f.Members) m.Patterns = all;
        }
        // A verb listed without its forms takes the regular ones, as PETRARCH inflects it ("bomb" → "bombs",
        // "bombed", "bombing"): found by form, a verb does not depend on the lemmatizer, which reads some
        // rarer verbs wrong ("bombed" → "bom"). Listed lemmas and forms come first.
        foreach (var verb in verbs)
            if (verb.IrregularForms.Count == 0)
                foreach (string form in RegularForms(verb.Lemma)) byForm.TryAdd(form, verb);
        // Any file reads as a dictionary with no verbs (a binary, the actors file by mistake): refuse it
        // rather than code no events at all without a word.
        if (verbs.Count == 0) throw new FormatException($"{source}: no verbs: not a CAMEO verb dictionary (expected '---  FAMILY  [code]  ---' headers with verb lines under them)");
        if (setName is not null) sets[setName] = setWords.ToArray();
        foreach (var pattern in verbs.SelectMany(v => v.Patterns).Distinct()) pattern.Compile(sets);
        return new CameoVerbDictionary(verbs, byForm, sets);
    }

    /// <summary>
    /// The regular inflections of a lower-case verb or phrasal verb ("call for" → "calls for", "called
    /// for", "calling for"): -s/-es/-ies, -ed/-d/-ied, -ing, and a doubled final consonant after a single
    /// vowel as a second spelling ("stop" → "stopped"; "visit" → "visitted" is harmless and never met).
    /// </summary>
    internal static IEnumerable<string> RegularForms(string lemma)
    {
        int space = lemma.IndexOf(' ');
        string head = space < 0 ? lemma : lemma[..space], tail = space < 0 ? "" : lemma[space..];
        if (head.Length < 2 || !head.All(char.IsAsciiLetterLower)) yield break;
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        char last = head[^1], before = head[^2];
        if (head.EndsWith('s') || head.EndsWith('x') || head.EndsWith('z') || head.EndsWith("ch", StringComparison.Ordinal) || head.EndsWith("sh", StringComparison.Ordinal)) yield return head + "es" + tail;
        else if (last == 'y' && !Vowel(before)) yield return head[..^1] + "ies" + tail;
        else yield return head + "s" + tail;
        if (last == 'e') yield return head + "d" + tail;
        else if (last == 'y' && !Vowel(before)) yield return head[..^1] + "ied" + tail;
        else yield return head + "ed" + tail;
        if (head.EndsWith("ie", StringComparison.Ordinal)) yield return head[..^2] + "ying" + tail;
        else if (last == 'e' && before is not ('e' or 'o' or 'y')) yield return head[..^1] + "ing" + tail;
        else yield return head + "ing" + tail;
        if (!Vowel(last) && last is not ('w' or 'x' or 'y') && Vowel(before) && (head.Length < 3 || !Vowel(head[^3])))
        {
            yield return head + last + "ed" + tail;
            yield return head + last + "ing" + tail;
        }
    }

    /// <summary>Reads a dictionary file from disk.</summary>
    /// <exception cref="FormatException">A malformed line (the message gives the path and line number), or no verbs at all.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CameoVerbDictionary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    /// <summary>The line before its <c>#</c> comment; a '#' inside a code ("[###]") is not one.</summary>
    internal static string StripComment(string line)
    {
        int depth = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '[') depth++;
            else if (line[i] == ']' && depth > 0) depth--;
            else if (line[i] == '#' && depth == 0) return line[..i];
        }
        return line;
    }

    /// <summary>"MEET_WITH" → "meet with".</summary>
    private static string Words(string s) => s.Trim().Replace('_', ' ').Trim().ToLowerInvariant();

    /// <summary>
    /// "[042:043]" → "042" (reverse "043"); "[---]" → null. Coder annotations are dropped ("[080!]",
    /// "[023?]", "[102b]" → the digits); codes without digits ("[+++]", "[###]", "[xxy]": markers of
    /// PETRARCH's test dictionaries) are <paramref name="special"/>.
    /// </summary>
    private static string? Code(string bracketed, string source, int line, out string? reverse, out bool special)
    {
        int close = bracketed.IndexOf(']');
        if (!bracketed.StartsWith('[') || close < 0) throw new FormatException($"{source}:{line}: malformed code '{bracketed.Trim()}'");
        var inner = bracketed[1..close].Trim();
        var parts = inner.Split(':');
        reverse = parts.Length > 1 && parts[1].All(char.IsAsciiDigit) && parts[1].Length > 0 ? parts[1] : null;
        string code = parts[0].Trim().TrimEnd('!', '?');
        special = false;
        if (code == "---" || code.Length == 0) return null;
        if (!code.Any(char.IsAsciiDigit))
        {
            special = true;
            return null;
        }
        int digits = 0;
        while (digits < code.Length && (char.IsAsciiDigit(code[digits]) || code[digits] is 'A' or 'B' or 'C')) digits++;
        // A lower- or upper-case letter after three or four digits is a coder's variant mark ("102b", "174K").
        if (digits < 3 || (digits < code.Length && !(digits == code.Length - 1 && char.IsAsciiLetter(code[^1]))))
            throw new FormatException($"{source}:{line}: malformed code '{inner}'");
        return code[..digits];
    }
}
