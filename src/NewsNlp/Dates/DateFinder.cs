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
        int w = 0;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            while (w < words.Length && words[w].End <= m.Start) w++;
            for (int k = w; k < words.Length && words[k].Start < m.End; k++) covered[k] = true;
        }
        var context = new DateContext(DateResolver.Published(document), ClauseTense.Present, NumericDateOrder.MonthFirst);
        var tokens = document.TokenSpan;
        var added = new List<EntityMention>();
        foreach (var s in document.SentenceSpan)
        {
            if (s.TokenCount == 0) continue;
            int first = tokens[s.FirstToken].FirstWord;
            var lastToken = tokens[s.EndToken - 1];
            int end = lastToken.FirstWord + lastToken.WordCount;
            var lower = DateResolver.Lower(document, first, end);
            for (int i = 0; i < lower.Count; i++)
            {
                if (covered[first + i] || !MayStart(document, first + i, lower[i])) continue;
                if (DateParser.Parse(lower, i, context) is not { } m || m.Kind is TemporalKind.Duration or TemporalKind.Fuzzy) continue;
                if (!m.Strong && !(i > 0 && YearPrepositions.Contains(lower[i - 1]))) continue;
                bool free = true;
                for (int k = i; k < i + m.Length; k++) free &= !covered[first + k];
                if (!free) continue;
                // Leave a trailing comma or a leading article out of the mention.
                int a = i, b = i + m.Length - 1;
                if (lower[a] == "the" && b > a) a++;
                while (b > a && lower[b] is "," or ".") b--;
                int start = words[first + a].Start, stop = words[first + b].End;
                added.Add(new EntityMention(start, stop, document.Text[start..stop], m.Kind == TemporalKind.Time ? timeLabel : dateLabel, EntityType.Date, 0.9));
                for (int k = i; k < i + m.Length; k++) covered[first + k] = true;
                i += m.Length - 1;
            }
        }
        if (added.Count == 0) return;
        mentions.AddRange(added);
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    /// <summary>Month and weekday names count only when capitalised ("march" is a verb, "may" a modal).</summary>
    private static bool MayStart(Document d, int word, string lower)
    {
        if (DateLexicon.Months.ContainsKey(lower) || DateLexicon.Weekdays.ContainsKey(lower))
            return char.IsUpper(d.Text[d.WordSpan[word].Start]);
        return true;
    }
}
