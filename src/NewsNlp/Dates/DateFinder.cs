namespace NewsNlp.Dates;

/// <summary>
/// Finds date and time expressions that the statistical recognizer missed, with the date grammar's
/// high-precision readings only: explicit dates, weekdays, months, "yesterday", "last week", "two
/// weeks ago", quarters, decades; a bare year only after a preposition ("in 2019"). Durations,
/// ages and plain numbers ("24 years old", "2,000 migrants") are never added.
/// </summary>
internal static class DateFinder
{
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.Ordinal)
    {
        "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "early", "late", "mid", "throughout",
    };

    /// <summary>Adds DATE/TIME mentions for expressions no existing mention overlaps.</summary>
    public static void AddMissed(Document document, List<EntityMention> mentions, string dateLabel, string timeLabel)
    {
        var words = document.WordSpan;
        if (words.Length == 0) return;
        var covered = new bool[words.Length];
        var number = new bool[words.Length]; // words inside CARDINAL/QUANTITY/ORDINAL mentions
        int w = 0;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            while (w < words.Length && words[w].End <= m.Start) w++;
            // A number the model called CARDINAL may be a date it could not read ("13/09/2023").
            var marks = IsNumber(m) ? number : covered;
            for (int k = w; k < words.Length && words[k].Start < m.End; k++) marks[k] = true;
        }
        bool removeNumbers = false;
        var context = new DateContext(DateResolver.Published(document), ClauseTense.Present, NumericDateOrder.MonthFirst);
        var added = new List<EntityMention>();
        var window = new List<string>(Window);
        string text = document.Text;
        foreach (var s in document.SentenceSpan)
        {
            var (first, end) = document.WordRange(s);
            for (int g = first; g < end; g++)
            {
                // Most words cannot start a date: test the span before making any string.
                var span = text.AsSpan(words[g].Start, words[g].Length);
                if (covered[g] || !MayStart(span, g + 1 < end ? text.AsSpan(words[g + 1].Start, words[g + 1].Length) : default)) continue;
                window.Clear();
                for (int k = g; k < end && k < g + Window; k++) window.Add(text.AsSpan(words[k].Start, words[k].Length).ToString().ToLowerInvariant());
                if (DateParser.Parse(window, 0, context) is not { } m || m.Kind is TemporalKind.Duration or TemporalKind.Fuzzy) continue;
                if (!m.Strong && !(g > first && YearPrepositions.Contains(text.Substring(words[g - 1].Start, words[g - 1].Length).ToLowerInvariant()))) continue;
                bool free = true;
                for (int k = g; k < g + m.Length; k++) free &= !covered[k];
                if (!free) continue;
                bool overNumber = false;
                for (int k = g; k < g + m.Length; k++) overNumber |= number[k];
                if (overNumber)
                {
                    // Only an explicit calendar date replaces a number mention (removed below).
                    if (m.Anchor != TemporalAnchor.Absolute || m.Granularity is not (TemporalGranularity.Day or TemporalGranularity.Month)) continue;
                    removeNumbers = true;
                }
                // Leave a trailing comma or a leading article out of the mention.
                int a = 0, b = m.Length - 1;
                if (window[a] == "the" && b > a) a++;
                while (b > a && window[b] is "," or ".") b--;
                int start = words[g + a].Start, stop = words[g + b].End;
                added.Add(new EntityMention(start, stop, text[start..stop], m.Kind == TemporalKind.Time ? timeLabel : dateLabel, EntityType.Date, 0.9));
                for (int k = g; k < g + m.Length; k++) covered[k] = true;
                g += m.Length - 1;
            }
        }
        if (added.Count == 0) return;
        if (removeNumbers)
        {
            // One pass: drop number mentions that an added date overlaps (both lists are in text order).
            var byStart = added.OrderBy(a => a.Start).ToArray();
            mentions.RemoveAll(x => IsNumber(x) && Overlaps(byStart, x));
        }
        mentions.AddRange(added);
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static bool Overlaps(EntityMention[] sorted, EntityMention x)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid].End <= x.Start) lo = mid + 1;
            else if (sorted[mid].Start >= x.End) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private static bool IsNumber(EntityMention m) => m.Label is "CARDINAL" or "QUANTITY" or "ORDINAL";

    /// <summary>Longest expression the grammar reads, in words.</summary>
    private const int Window = 12;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = new HashSet<string>(
        ["today", "yesterday", "tomorrow", "tonight", "overnight", "last", "next", "this", "coming", "past", "previous", "earlier", "later",
         "day", "following", "preceding", "same", "since", "from", "between", "early", "late", "mid", "middle", "end", "beginning", "start",
         "turn", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "quarterly", "fy", "fiscal", "noon", "midday",
         "midnight", "weekend", "a", "an"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = new HashSet<string>(
        DateLexicon.Months.Keys.Concat(DateLexicon.Weekdays.Keys), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lexical = new HashSet<string>(
        DateLexicon.Months.Keys.Concat(DateLexicon.Weekdays.Keys).Concat(DateLexicon.Numbers.Keys).Concat(DateLexicon.Ordinals.Keys).Concat(DateLexicon.Seasons.Keys),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a date can start at this word: digits, a calendar or number word, or a relative word.
    /// Month and weekday names count only when capitalised ("march" is a verb, "may" a modal).
    /// </summary>
    private static bool MayStart(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        if (word.IsEmpty) return false;
        if (word.IndexOfAnyInRange('0', '9') >= 0) return true;
        if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)) return true;
        if (Calendar.Contains(word)) return char.IsUpper(word[0]);
        if (Lexical.Contains(word)) return true;
        if (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && word.Length > 1 && char.IsUpper(word[0]) && Lexical.Contains(word[..^1])) return true;
        if (Starters.Contains(word)) return true;
        // "the 1990s", "the third quarter", "in three days": a starter behind an article or "in".
        return (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase))
            && !next.IsEmpty && (next.IndexOfAnyInRange('0', '9') >= 0 || Lexical.Contains(next) || Starters.Contains(next) || next.StartsWith("'", StringComparison.Ordinal));
    }
}
