using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Text;

namespace NewsNlp.Entities;

/// <summary>How rule matches combine with the model's entities.</summary>
public enum RuleMode
{
    /// <summary>Rule matches win: model entities that overlap a match are dropped.</summary>
    Override,

    /// <summary>Rule matches only fill gaps: a match that overlaps a model entity is dropped.</summary>
    Complement,
}

/// <summary>One word of a token pattern: an exact text, or a case-insensitive text.</summary>
/// <param name="Text">Exact word text, or null.</param>
/// <param name="Lower">Case-insensitive word text, or null.</param>
public sealed record TokenMatcher(string? Text = null, string? Lower = null)
{
    internal bool Matches(ReadOnlySpan<char> word) =>
        Text is not null ? word.SequenceEqual(Text) : Lower is not null && word.Equals(Lower, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// User rules that add or correct entities, like spaCy's EntityRuler or Catalyst's Spotter:
/// phrases ("Kookmin University" → ORG) and token patterns ([{lower: "north"}, {lower: "korea"}] → GPE).
/// Build it once, then share it: matching is thread-safe.
/// </summary>
/// <remarks>
/// JSONL rule files hold one rule per line: <c>{"label":"ORG","pattern":"Kookmin University"}</c> or
/// <c>{"label":"GPE","pattern":[{"lower":"north"},{"lower":"korea"}]}</c>; an optional <c>"type"</c>
/// (PERSON, LOCATION, ORGANIZATION, DATE, OTHER) overrides the type derived from the label.
/// Longer matches win over shorter ones; rule entities have confidence 1.
/// </remarks>
public sealed class EntityRuler
{
    private readonly List<(TokenMatcher[] Pattern, string Label, EntityType Type)> _rules = [];

    /// <summary>Creates an empty ruler.</summary>
    public EntityRuler(RuleMode mode = RuleMode.Override) => Mode = mode;

    /// <summary>How matches combine with model entities.</summary>
    public RuleMode Mode { get; }

    /// <summary>Number of rules.</summary>
    public int Count => _rules.Count;

    /// <summary>Adds a phrase, matched word by word exactly as written (after tokenization).</summary>
    public EntityRuler AddPhrase(string phrase, string label, EntityType? type = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var tokens = new List<Token>();
        var words = new List<Word>();
        // The tokenizer's own scanner, so that a phrase splits into words exactly as article text does.
        new TokenScanner(phrase, 0, tokens, words).Run();
        var pattern = words.Select(w => new TokenMatcher(Text: phrase[w.Start..w.End])).ToArray();
        return AddPattern(pattern, label, type);
    }

    /// <summary>Adds a token pattern: one matcher per word.</summary>
    public EntityRuler AddPattern(IReadOnlyList<TokenMatcher> pattern, string label, EntityType? type = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (pattern.Count == 0) throw new ArgumentException("A pattern needs at least one word.", nameof(pattern));
        foreach (var m in pattern)
            if (m is null || (m.Text is null && m.Lower is null))
                throw new ArgumentException("Each pattern word needs 'text' or 'lower'.", nameof(pattern));
        _rules.Add((pattern.ToArray(), label, type ?? EntityTypes.FromLabel(label)));
        return this;
    }

    /// <summary>Reads rules from a JSONL file (see the class remarks).</summary>
    /// <exception cref="FormatException">A line is not a valid rule; the message gives the line number.</exception>
    public static EntityRuler FromJsonLines(TextReader reader, RuleMode mode = RuleMode.Override, string sourceName = "rules")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ruler = new EntityRuler(mode);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var o = JObject.Parse(line);
                string label = (string?)o["label"] ?? throw new FormatException("missing \"label\"");
                EntityType? type = o["type"] is JValue tv ? ParseType((string)tv!) : null;
                switch (o["pattern"])
                {
                    case JValue { Type: JTokenType.String } v:
                        ruler.AddPhrase((string)v!, label, type);
                        break;
                    case JArray a:
                        ruler.AddPattern(a.Select(x => new TokenMatcher((string?)x["text"], (string?)x["lower"])).ToList(), label, type);
                        break;
                    default:
                        throw new FormatException("\"pattern\" must be a string or an array of {\"text\"|\"lower\"} objects");
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidCastException)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: {e.Message}", e);
            }
        }
        return ruler;
    }

    private static EntityType ParseType(string s) => Enum.TryParse<EntityType>(s, ignoreCase: true, out var t)
        ? t
        : throw new FormatException($"unknown type '{s}'");

    /// <summary>Matches the rules over a tokenized document and merges them with <paramref name="modelMentions"/>.</summary>
    public List<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> modelMentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(modelMentions);
        var matches = Match(document);
        var result = new List<EntityMention>(modelMentions.Count + matches.Count);
        foreach (var m in modelMentions)
        {
            bool overlaps = matches.Any(r => r.Start < m.End && m.Start < r.End);
            if (!(overlaps && Mode == RuleMode.Override)) result.Add(m);
        }
        foreach (var r in matches)
        {
            bool overlaps = result.Any(m => m.Start < r.End && r.Start < m.End);
            if (!overlaps) result.Add(r);
        }
        result.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }

    /// <summary>Rule matches alone, longest first, without overlaps between them.</summary>
    public List<EntityMention> Match(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var words = document.WordSpan;
        var found = new List<(int First, int Count, int Rule)>();
        for (int i = 0; i < words.Length; i++)
        {
            for (int r = 0; r < _rules.Count; r++)
            {
                var p = _rules[r].Pattern;
                if (i + p.Length > words.Length) continue;
                bool ok = true;
                for (int k = 0; k < p.Length && ok; k++)
                    ok = p[k].Matches(text.AsSpan(words[i + k].Start, words[i + k].Length));
                if (ok) found.Add((i, p.Length, r));
            }
        }
        found.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.First.CompareTo(b.First));
        var taken = new bool[words.Length];
        var result = new List<EntityMention>();
        foreach (var (first, count, r) in found)
        {
            bool free = true;
            for (int k = first; k < first + count && free; k++) free = !taken[k];
            if (!free) continue;
            for (int k = first; k < first + count; k++) taken[k] = true;
            int start = words[first].Start, end = words[first + count - 1].End;
            result.Add(new EntityMention(start, end, text[start..end], _rules[r].Label, _rules[r].Type, 1.0));
        }
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }
}
