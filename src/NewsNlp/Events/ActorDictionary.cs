using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Actor and agent dictionaries in PETRARCH-2's formats (the Phoenix dictionaries in
/// the data folder's <c>cameo/</c>, or PETRARCH's validation dictionaries): named actors with aliases and
/// dated codes ("VLADIMIR_PUTIN_ … [RUSGOV 991231-080507]"), and generic agents that add a role to an
/// actor's code ("MINISTER [~GOV]": "Russia's minister" is RUSGOV; "MSF [NGO~]" prefixes). Phrases
/// are matched on upper-cased words; a dictionary phrase whose last word has no trailing underscore
/// matches words that start with it (TABARI stems: "ARGENTIN" matches "Argentina", "Argentine").
/// Immutable and thread-safe: built once by <see cref="Load"/> or a <see cref="Builder"/>, never
/// changed after, so one dictionary can serve every pipeline of a process and two pipelines can use
/// different dictionaries side by side.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, List<Phrase>> _actorsByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _actorStemsByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _agentsByFirst = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> _actors = [];
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;
    private int _minStem = int.MaxValue, _maxStem;

    private sealed record Phrase(string[] Words, bool StemLast, ActorEntry Entry);

    private ActorDictionary()
    {
        _stemLookup = _actorStemsByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        Actors = _actors.AsReadOnly();
    }

    /// <summary>
    /// Reads actor and agent dictionaries into one <see cref="ActorDictionary"/>. A builder makes one
    /// dictionary: after <see cref="Build"/> it refuses more input, so nothing can change a dictionary
    /// that a pipeline already uses. Not thread-safe (the dictionary it builds is).
    /// </summary>
    public sealed class Builder
    {
        private ActorDictionary? _dictionary = new();

        /// <summary>Adds an actor dictionary (PETRARCH/Phoenix actor format).</summary>
        /// <exception cref="FormatException">A malformed line (the message names <paramref name="source"/> and the line).</exception>
        /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
        public Builder AddActors(TextReader reader, string source = "actor dictionary")
        {
            Open().AddActors(reader, source);
            return this;
        }

        /// <summary>Adds an agent dictionary (PETRARCH/Phoenix agent format).</summary>
        /// <exception cref="FormatException">A malformed line (the message names <paramref name="source"/> and the line).</exception>
        /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
        public Builder AddAgents(TextReader reader, string source = "agent dictionary")
        {
            Open().AddAgents(reader, source);
            return this;
        }

        /// <summary>The dictionary read so far; the builder takes no more input after this.</summary>
        /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
        public ActorDictionary Build()
        {
            var d = Open();
            _dictionary = null;
            return d;
        }

        private ActorDictionary Open() =>
            _dictionary ?? throw new InvalidOperationException("This builder already built its dictionary; start a new Builder for another.");
    }

    /// <summary>
    /// A phrase's dictionary words: upper case, split at spaces, underscores and hyphens ("Dol_Amroth"
    /// → DOL AMROTH, "state-owned" → STATE OWNED). Text and dictionary entries go through the same split;
    /// invisible format characters are dropped ("Ber\uFEFFlin" → BERLIN).
    /// </summary>
    internal static string[] Words(string phrase) =>
        CharClass.WithoutFormat(phrase).ToUpperInvariant().Split([' ', '\n', '\t', '_', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Named actors, in file order.</summary>
    /// <remarks>A read-only view (the list itself is filled only by the <see cref="Builder"/>).</remarks>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Number of agent phrases (with their plurals).</summary>
    public int AgentPhraseCount { get; private set; }

    /// <summary>Reads actors and agents from files (either may be null).</summary>
    public static ActorDictionary Load(IEnumerable<string> actorFiles, string? agentFile)
    {
        ArgumentNullException.ThrowIfNull(actorFiles);
        var builder = new Builder();
        foreach (var f in actorFiles)
        {
            using var r = new StreamReader(f);
            builder.AddActors(r, f);
        }
        if (agentFile is not null)
        {
            using var r = new StreamReader(agentFile);
            builder.AddAgents(r, agentFile);
        }
        return builder.Build();
    }

    /// <summary>
    /// Adds an actor file: <c>NAME [CODE]</c> or <c>NAME</c> followed by <c>+ALIAS</c> lines and
    /// indented <c>[CODE yymmdd-yymmdd]</c>, <c>[CODE &gt;yymmdd]</c>, <c>[CODE &lt;yymmdd]</c> lines.
    /// </summary>
    /// <exception cref="FormatException">A malformed code; the message names the source and line.</exception>
    private void AddActors(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ActorEntry? current = null;
        foreach (var (lineNumber, line) in Lines(reader))
        {
            string text = line;
            if (text[0] == '[')
            {
                if (current is null) throw new FormatException($"{source}:{lineNumber}: a code line before any actor");
                ParseCodes(text, current, source, lineNumber);
                continue;
            }
            bool alias = text[0] == '+';
            if (alias) text = text[1..].Trim();
            int bracket = text.IndexOf('[');
            string name = (bracket >= 0 ? text[..bracket] : text).Trim();
            if (name.Length == 0) continue;
            if (!alias || current is null)
            {
                current = new ActorEntry(Display(name));
                _actors.Add(current);
            }
            if (bracket >= 0) ParseCodes(text[bracket..], current, source, lineNumber);
            AddPhrase(name, current, actor: true);
        }
    }

    /// <summary>
    /// Adds an agent file: <c>!SET! = A, B</c> substitution sets, then <c>PHRASE {PLURALS} [~CODE]</c>
    /// (suffix) or <c>[CODE~]</c> (prefix) lines; <c>{}</c> means no plural, otherwise the regular
    /// plural is added.
    /// </summary>
    private void AddAgents(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (lineNumber, text) in Lines(reader))
        {
            if (text[0] == '!' && text.Contains('='))
            {
                int eq = text.IndexOf('=');
                sets[text[..eq].Trim()] = text[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            int bracket = text.IndexOf('[');
            if (bracket < 0) continue;
            // Phoenix.agents.txt has one "[~ENV}": a code may end at '}' or at the end of the line.
            int close = text.IndexOfAny([']', '}'], bracket);
            if (close < 0) close = text.Length;
            string code = text[(bracket + 1)..close].Trim().ToUpperInvariant();
            if (code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '~'))) throw new FormatException($"{source}:{lineNumber}: malformed agent code '{code}'");
            bool prefix = code.EndsWith('~');
            code = code.Trim('~').Trim();
            if (code.Length == 0) continue;
            string head = text[..bracket];
            string[]? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0) throw new FormatException($"{source}:{lineNumber}: '{{' without '}}'");
                plurals = head[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                head = head[..brace];
            }
            var entry = new ActorEntry(Display(head.Trim()), isAgent: true, agentPrefix: prefix);
            entry.AddCode(new ActorCode(code, null, null));
            foreach (var form in Expand(head.Trim(), sets))
            {
                AddPhrase(form, entry, actor: false);
                if (plurals is null) AddPhrase(Plural(form), entry, actor: false);
            }
            if (plurals is not null) foreach (var p in plurals) foreach (var form in Expand(p, sets)) AddPhrase(form, entry, actor: false);
        }
    }

    /// <summary>
    /// The longest actor phrase that starts at <paramref name="words"/>[<paramref name="at"/>]
    /// (upper-case words); returns its length, 0 when none (also when <paramref name="at"/> is at or
    /// past the end: a word of only hyphens or underscores, "--", has no words at all).
    /// </summary>
    internal int MatchActor(IReadOnlyList<string> words, int at, out ActorEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        entry = null;
        if (at >= words.Count) return 0;
        int best = 0;
        if (_actorsByFirst.TryGetValue(words[at], out var list)) best = Longest(list, words, at, ref entry, 0);
        // Stems: a one-word stem ("ARGENTIN") that the word extends; looked up by span, so no substrings.
        string w = words[at];
        for (int k = Math.Min(_maxStem, w.Length - 1); k >= _minStem; k--)
            if (_stemLookup.TryGetValue(w.AsSpan(0, k), out var stems)) best = Longest(stems, words, at, ref entry, best);
        return best;
    }

    /// <summary>The longest agent phrase that starts at <paramref name="at"/>; 0 when none (or when <paramref name="at"/> is past the end).</summary>
    internal int MatchAgent(IReadOnlyList<string> words, int at, out ActorEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        entry = null;
        if (at >= words.Count) return 0;
        return _agentsByFirst.TryGetValue(words[at], out var list) ? Longest(list, words, at, ref entry, 0) : 0;
    }

    private static int Longest(List<Phrase> list, IReadOnlyList<string> words, int at, ref ActorEntry? entry, int best)
    {
        foreach (var p in list)
        {
            if (p.Words.Length <= best || at + p.Words.Length > words.Count) continue;
            bool ok = true;
            for (int i = 0; i < p.Words.Length && ok; i++)
            {
                string w = words[at + i];
                bool last = i == p.Words.Length - 1;
                ok = w == p.Words[i] || (last && p.StemLast && w.StartsWith(p.Words[i], StringComparison.Ordinal));
            }
            if (ok) { best = p.Words.Length; entry = p.Entry; }
        }
        return best;
    }

    /// <summary>
    /// Codes a phrase of upper-case words: prefix agents, the first named actor's code at
    /// <paramref name="date"/>, suffix agents ("ARNOR SECURITY OFFICIALS" → ARNGOV); "---" stands for
    /// a missing actor when an agent is present ("OFFICIALS" → ---GOV). Null when nothing matches.
    /// </summary>
    /// <param name="words">Upper-case words.</param>
    /// <param name="date">The publish date, for dated codes; null takes undated codes.</param>
    /// <param name="actor">The named actor found, or null.</param>
    /// <param name="names">Per word, whether it was capitalised in the text; when given, named actors must start on a capitalised word (agents need not).</param>
    internal string? CodePhrase(IReadOnlyList<string> words, DateOnly? date, out ActorEntry? actor, IReadOnlyList<bool>? names = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        actor = null;
        string? actorCode = null;
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        for (int i = 0; i < words.Count;)
        {
            ActorEntry? e = null;
            int n = names is not null && i < names.Count && !names[i] ? 0 : MatchActor(words, i, out e);
            int m = MatchAgent(words, i, out var g);
            if (n > 0 && n >= m)
            {
                if (actor is null) { actor = e; actorCode = e!.CodeAt(date); }
                i += n;
            }
            else if (m > 0)
            {
                string c = g!.CodeAt(date) ?? "";
                var into = g.AgentPrefix ? prefixes : suffixes;
                if (c.Length > 0 && !into.Contains(c)) into.Add(c);
                i += m;
            }
            else i++;
        }
        if (actor is null && prefixes.Count == 0 && suffixes.Count == 0) return null;
        string core = actorCode ?? "---";
        if (core == "---" && actor is not null && prefixes.Count == 0 && suffixes.Count == 0) return "---";
        var sb = new System.Text.StringBuilder();
        foreach (var p in prefixes) sb.Append(p);
        sb.Append(core);
        // "White House security officials": USAGOV already says GOV.
        foreach (var s in suffixes) if (!core.EndsWith(s, StringComparison.Ordinal)) sb.Append(s);
        return sb.ToString();
    }

    private void AddPhrase(string name, ActorEntry entry, bool actor)
    {
        string trimmed = name.Trim();
        bool stem = actor && !trimmed.EndsWith('_');
        var words = Words(trimmed);
        if (words.Length == 0) return;
        if (stem && words.Length == 1 && words[0].Length < 3) stem = false;
        var phrase = new Phrase(words, stem, entry);
        if (!actor)
        {
            AgentPhraseCount++;
            Add(_agentsByFirst, words[0], phrase);
            return;
        }
        Add(_actorsByFirst, words[0], phrase);
        if (stem && words.Length == 1)
        {
            Add(_actorStemsByFirst, words[0], phrase);
            _minStem = Math.Min(_minStem, words[0].Length);
            _maxStem = Math.Max(_maxStem, words[0].Length);
        }
    }

    private static void Add(Dictionary<string, List<Phrase>> map, string key, Phrase p)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(p);
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        int a = phrase.IndexOf('!');
        int b = a >= 0 ? phrase.IndexOf('!', a + 1) : -1;
        if (b < 0 || !sets.TryGetValue(phrase[a..(b + 1)], out var words))
        {
            yield return phrase;
            yield break;
        }
        foreach (var w in words)
            foreach (var rest in Expand(phrase[..a] + w + phrase[(b + 1)..], sets)) yield return rest;
    }

    /// <summary>Regular English plural of a phrase's last word.</summary>
    private static string Plural(string phrase)
    {
        string p = phrase.TrimEnd('_');
        if (p.EndsWith("MAN", StringComparison.OrdinalIgnoreCase)) return p[..^3] + "MEN";
        if (p.EndsWith('Y') && p.Length > 1 && "AEIOU".IndexOf(p[^2]) < 0) return p[..^1] + "IES";
        if (p.EndsWith('S') || p.EndsWith('X') || p.EndsWith("CH", StringComparison.Ordinal) || p.EndsWith("SH", StringComparison.Ordinal)) return p + "ES";
        return p + "S";
    }

    private static void ParseCodes(string text, ActorEntry entry, string source, int line)
    {
        for (int i = text.IndexOf('['); i >= 0; i = text.IndexOf('[', i + 1))
        {
            int close = text.IndexOf(']', i);
            if (close < 0) throw new FormatException($"{source}:{line}: '[' without ']'");
            var parts = text[(i + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            string code = parts[0].ToUpperInvariant();
            DateOnly? from = null, until = null;
            // "991231-080507", ">080508", "< 950601", "19950601 - 19990815": six- or eight-digit dates.
            string range = string.Concat(parts.Skip(1));
            if (range.Length > 0)
            {
                if (range[0] == '>') from = Date(range[1..]);
                else if (range[0] == '<') until = Date(range[1..]);
                else if (range.IndexOf('-') is int dash and > 0)
                {
                    from = Date(range[..dash]);
                    until = Date(range[(dash + 1)..]);
                }
            }
            entry.AddCode(new ActorCode(code, from, until));
        }
    }

    /// <summary>
    /// "991231" → 1999-12-31 (two-digit years from 1940), "19950601" → 1995-06-01; null for a
    /// malformed date (the Phoenix files hold a few, e.g. ten digits), which leaves that end open.
    /// </summary>
    private static DateOnly? Date(string text)
    {
        if (text.Length is not (6 or 8) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v)) return null;
        int year = text.Length == 8 ? v / 10000 : v / 10000 >= 40 ? 1900 + v / 10000 : 2000 + v / 10000;
        int mm = Math.Clamp(v / 100 % 100, 1, 12);
        int dd = Math.Clamp(v % 100, 1, DateTime.DaysInMonth(Math.Max(year, 1), mm));
        return year is >= 1 and <= 9999 ? new DateOnly(year, mm, dd) : null;
    }

    /// <summary>The non-empty lines of a dictionary file (1-based numbers), without comments: <c># ...</c> and <c>&lt;!-- ... --&gt;</c> blocks.</summary>
    private static IEnumerable<(int Number, string Text)> Lines(TextReader reader)
    {
        bool inComment = false;
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (SkipXmlComment(line, ref inComment)) continue;
            string text = StripComment(line).Trim();
            if (text.Length > 0) yield return (number, text);
        }
    }

    private static bool SkipXmlComment(string line, ref bool inComment)
    {
        var t = line.TrimStart();
        if (inComment)
        {
            if (line.Contains("-->", StringComparison.Ordinal)) inComment = false;
            return true;
        }
        if (t.StartsWith("<!--", StringComparison.Ordinal))
        {
            inComment = !line.Contains("-->", StringComparison.Ordinal);
            return true;
        }
        return false;
    }

    private static string StripComment(string line) => CameoVerbDictionary.StripComment(line);

    private static string Display(string name)
    {
        var words = name.Trim().Trim('_').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length <= 3 && w.All(char.IsLetter) && words.Length == 1 ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant())));
    }
}
