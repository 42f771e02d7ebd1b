namespace NewsNlp.Temporal;

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

    /// <summary>
    /// Adds DATE/TIME mentions for the expressions the grammar reads where the model found none. An
    /// explicit date (<see cref="IsExplicit"/>: "Q1 2024", "March 2024", "13/09/2023", "the 1990s")
    /// also wins over the model's mentions that lie inside it, whatever their label ("Q1" PERSON +
    /// "2024" CARDINAL, "Q1 2024" PRODUCT); numbers it overlaps are replaced as well. A mention that
    /// reaches beyond the expression keeps it out, so no name is cut.
    /// </summary>
    public static void AddMissed(Document document, List<EntityMention> mentions, string dateLabel, string timeLabel)
    {
        var words = document.WordSpan;
        if (words.Length == 0) return;
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        // Per word, the mention over it (an index into mentions), or -1.
        var owner = new int[words.Length];
        Array.Fill(owner, -1);
        int w = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            while (w < words.Length && words[w].End <= m.Start) w++;
            for (int k = w; k < words.Length && words[k].Start < m.End; k++) owner[k] = i;
        }
        var replaced = new bool[mentions.Count];
        var replacing = new List<int>();
        var context = new DateContext(document.PublishedDay, ClauseTense.Present, NumericDateOrder.MonthFirst);
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
                if (!MayStart(span, g + 1 < end ? text.AsSpan(words[g + 1].Start, words[g + 1].Length) : default)) continue;
                window.Clear();
                for (int k = g; k < end && k < g + Window; k++) window.Add(text.AsSpan(words[k].Start, words[k].Length).ToString().ToLowerInvariant());
                if (DateParser.Parse(window, 0, context) is not { } m || m.Kind is TemporalKind.Duration or TemporalKind.Fuzzy) continue;
                if (!m.Strong && !(g > first && YearPrepositions.Contains(text.Substring(words[g - 1].Start, words[g - 1].Length).ToLowerInvariant()))) continue;
                bool isExplicit = IsExplicit(m, window);
                int spanStart = words[g].Start, spanEnd = words[g + m.Length - 1].End;
                bool free = true;
                replacing.Clear();
                for (int k = g; k < g + m.Length && free; k++)
                {
                    if (owner[k] < 0 || replacing.Contains(owner[k])) continue;
                    var x = mentions[owner[k]];
                    bool inside = x.Start >= spanStart && x.End <= spanEnd;
                    // Only an explicit calendar date replaces a number mention; only an explicit
                    // date a mention lies inside replaces a name, or a shorter date, the model gave.
                    free = IsNumber(x) ? isExplicit || (m.Anchor == TemporalAnchor.Absolute && m.Granularity is TemporalGranularity.Day or TemporalGranularity.Month)
                        : isExplicit && inside && !(IsDate(x) && x.Start == spanStart && x.End == spanEnd);
                    if (free) replacing.Add(owner[k]);
                }
                if (!free) continue;
                foreach (int x in replacing) replaced[x] = true;
                // Leave a trailing comma or a leading article out of the mention.
                int a = 0, b = m.Length - 1;
                if (window[a] == "the" && b > a) a++;
                while (b > a && window[b] is "," or ".") b--;
                int start = words[g + a].Start, stop = words[g + b].End;
                added.Add(new EntityMention(start, stop, text[start..stop], m.Kind == TemporalKind.Time ? timeLabel : dateLabel, EntityType.Date, 0.9));
                g += m.Length - 1;
            }
        }
        if (added.Count == 0) return;
        int kept = 0;
        for (int i = 0; i < mentions.Count; i++)
            if (!replaced[i]) mentions[kept++] = mentions[i];
        mentions.RemoveRange(kept, mentions.Count - kept);
        mentions.AddRange(added);
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    /// <summary>
    /// A reading no name or number can be: a calendar date, month, quarter, fiscal year or decade
    /// written with digits ("Q1 2024", "Q3", "March 2024", "13/09/2023", "FY2024", "the 1990s").
    /// Weekdays and month names alone are not: "May" may be Theresa May.
    /// </summary>
    private static bool IsExplicit(DateMatch m, List<string> window)
    {
        if (!m.Strong || m.Kind != TemporalKind.Date || !(m.Anchor == TemporalAnchor.Absolute || m.Granularity == TemporalGranularity.Quarter)) return false;
        for (int k = 0; k < m.Length; k++)
            if (window[k].AsSpan().IndexOfAnyInRange('0', '9') >= 0) return true;
        return false;
    }

    private static bool IsDate(EntityMention m) => m.Type == EntityType.Date;

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
