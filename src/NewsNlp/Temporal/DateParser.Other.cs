using System.Globalization;
using static NewsNlp.Temporal.DateLexicon;

namespace NewsNlp.Temporal;

internal static partial class DateParser
{
    /// <summary>"mid-2024", "early next year", "late last year", "the end of the month": the period they modify.</summary>
    private static DateMatch? Modified(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        if (t.StartsWith("mid-", StringComparison.Ordinal) && t.Length > 4)
        {
            var rest = new List<string>(w.Count - i) { t[4..] };
            for (int k = i + 1; k < w.Count; k++) rest.Add(w[k]);
            return Single(rest, 0, c) is { } m && m.Kind == TemporalKind.Date ? m : null;
        }
        if (t is "early" or "late" or "mid" or "mid-" or "middle" or "end" or "beginning" or "start" or "turn")
        {
            int j = i + 1;
            if (j < w.Count && w[j] == "-") j++;
            if (t is "end" or "beginning" or "start" or "turn" or "middle")
            {
                if (j >= w.Count || w[j] != "of") return null;
                j++;
            }
            // "the end of the month", "early in the year": the current one.
            if (j + 1 < w.Count && w[j] == "the" && Units.TryGetValue(w[j + 1], out var unit) && !w[j + 1].EndsWith('s'))
                return UnitOffset(j + 2 - i, unit, 0, c);
            if (j < w.Count && Single(w, j, c) is { Kind: TemporalKind.Date } m)
                return m with { Length = m.Length + j - i };
        }
        return null;
    }

    /// <summary>"24 years", "three hours", "the past two weeks", "a decade": TIMEX3 durations.</summary>
    private static DateMatch? Durations(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        int j = i;
        if (t is "past" or "last" or "next" or "coming" or "previous" && i + 1 < w.Count && (Number(w[i + 1]) > 1 || w[i + 1] is "few" or "several")) j++;
        string amount = w[j];
        int n = Number(amount);
        string count = n > 0 ? n.ToString(CultureInfo.InvariantCulture) : amount is "several" or "few" or "many" or "some" ? "X" : "";
        if (count.Length == 0 && amount == "a" && j + 1 < w.Count && w[j + 1] == "few") { count = "X"; j++; }
        if (count.Length == 0 || j + 1 >= w.Count || !Units.TryGetValue(w[j + 1], out var unit)) return null;
        // "24 years old" is an age: still a duration, but the finder must not add it on its own.
        bool age = j + 2 < w.Count && w[j + 2] == "old";
        string value = unit switch
        {
            Unit.Second => $"PT{count}S", Unit.Minute => $"PT{count}M", Unit.Hour => $"PT{count}H",
            Unit.Day => $"P{count}D", Unit.Week or Unit.Weekend => $"P{count}W", Unit.Month => $"P{count}M",
            Unit.Quarter => $"P{(n > 0 ? (3 * n).ToString(CultureInfo.InvariantCulture) : "X")}M",
            Unit.Year => $"P{count}Y", Unit.Decade => $"P{count}DE", _ => $"P{count}CE",
        };
        return new DateMatch(j + 2 - i + (age ? 1 : 0), value, TemporalKind.Duration, TemporalGranularity.None, TemporalAnchor.Absolute, Strong: false);
    }

    /// <summary>"every Tuesday", "each year", "annually", "on Tuesdays": TIMEX3 sets.</summary>
    private static DateMatch? Sets(IReadOnlyList<string> w, int i, DateContext c)
    {
        string t = w[i];
        switch (t)
        {
            case "daily": return Set(1, "P1D");
            case "weekly": return Set(1, "P1W");
            case "monthly": return Set(1, "P1M");
            case "annually" or "yearly": return Set(1, "P1Y");
            case "quarterly": return Set(1, "P3M");
        }
        if (t.EndsWith('s') && Weekdays.TryGetValue(t[..^1], out int plural)) return Set(1, $"XXXX-WXX-{plural}");
        if (t is "every" or "each" && i + 1 < w.Count)
        {
            string u = w[i + 1];
            if (Weekdays.TryGetValue(u, out int wd)) return Set(2, $"XXXX-WXX-{wd}");
            if (Units.TryGetValue(u, out var unit)) return Set(2, SetValue(unit, "1"));
            if (Number(u) is > 1 and var n && i + 2 < w.Count && Units.TryGetValue(w[i + 2], out var unit2))
                return Set(3, SetValue(unit2, n.ToString(CultureInfo.InvariantCulture)));
            if (Months.TryGetValue(u, out int m) && u != "may") return Set(2, $"XXXX-{m:D2}");
        }
        return null;
    }

    private static string SetValue(Unit unit, string n) => unit switch
    {
        Unit.Hour => $"PT{n}H", Unit.Minute => $"PT{n}M", Unit.Second => $"PT{n}S", Unit.Day => $"P{n}D",
        Unit.Week => $"P{n}W", Unit.Weekend => "XXXX-WXX-WE", Unit.Month => $"P{n}M", Unit.Year => $"P{n}Y", _ => $"P{n}Y",
    };

    private static DateMatch Set(int length, string value) =>
        new(length, value, TemporalKind.Set, TemporalGranularity.None, TemporalAnchor.Absolute);

    /// <summary>"recently", "now", "soon", "in the coming weeks", "in recent years".</summary>
    private static DateMatch? FuzzyRef(IReadOnlyList<string> w, int i)
    {
        string t = w[i];
        string? next = i + 1 < w.Count ? w[i + 1] : null;
        if (Fuzzy.TryGetValue(t, out string? v) && v.Length > 0) return Fuzz(1, v);
        if (t is "in" && next is "recent" && i + 2 < w.Count && Units.ContainsKey(w[i + 2])) return Fuzz(3, "PAST_REF");
        if (t is "recent" && next is not null && Units.ContainsKey(next) && next.EndsWith('s')) return Fuzz(2, "PAST_REF");
        if (t is "in" && next is "the" && i + 3 < w.Count && w[i + 2] is "coming" or "next" or "following" && Units.ContainsKey(w[i + 3])) return Fuzz(4, "FUTURE_REF");
        if (t is "coming" or "next" or "following" && next is not null && Units.ContainsKey(next) && next.EndsWith('s')) return Fuzz(2, "FUTURE_REF");
        if (t is "in" && next is "the" && i + 2 < w.Count && w[i + 2] is "future") return Fuzz(3, "FUTURE_REF");
        if (t is "in" && next is "the" && i + 2 < w.Count && w[i + 2] is "past") return Fuzz(3, "PAST_REF");
        if (t is "these" or "those" && next is "days") return Fuzz(2, t == "these" ? "PRESENT_REF" : "PAST_REF");
        if (t is "at" && next is "present") return Fuzz(2, "PRESENT_REF");
        if (t is "at" && next is "the" && i + 2 < w.Count && w[i + 2] is "moment") return Fuzz(3, "PRESENT_REF");
        if (t is "for" && next is "now") return Fuzz(2, "PRESENT_REF");
        if (t is "right" && next is "now") return Fuzz(2, "PRESENT_REF");
        if (t is "future") return Fuzz(1, "FUTURE_REF");
        if (t is "past" && (next is null or "," or ".")) return Fuzz(1, "PAST_REF");
        return null;
    }

    private static DateMatch Fuzz(int length, string value) =>
        new(length, value, TemporalKind.Fuzzy, TemporalGranularity.None, TemporalAnchor.Absolute, Strong: false);

    /// <summary>A clock time alone ("3 p.m.", "15:00", "noon"): value "T15:00", given a day by <see cref="WithTime"/>.</summary>
    private static DateMatch? TimeOnly(IReadOnlyList<string> w, int i) =>
        ClockTime(w, i, out string? time, out int length)
            ? new DateMatch(length, "T" + time, TemporalKind.Time, TemporalGranularity.TimeOfDay, TemporalAnchor.Absolute)
            : null;

    private static bool ClockTime(IReadOnlyList<string> w, int i, out string? time, out int length)
    {
        time = null;
        length = 0;
        if (i >= w.Count) return false;
        string t = w[i];
        if (t is "noon" or "midday") { time = "12:00"; length = 1; return true; }
        if (t is "midnight") { time = "24:00"; length = 1; return true; }
        var m = Clock().Match(t);
        if (!m.Success) return false;
        int h = Int(m.Groups[1].Value), min = m.Groups[2].Success ? Int(m.Groups[2].Value) : 0;
        string? ampm = m.Groups[3].Success ? m.Groups[3].Value : null;
        length = 1;
        if (ampm is null && i + 1 < w.Count && w[i + 1] is "a.m." or "p.m." or "am" or "pm" or "a.m" or "p.m") { ampm = w[i + 1]; length = 2; }
        if (ampm is null && i + 1 < w.Count && w[i + 1] is "o'clock") length = 2;
        else if (ampm is null && !m.Groups[2].Success) return false; // a bare number is not a time
        if (h > 24 || min > 59) return false;
        if (ampm is not null)
        {
            if (h is 0 or > 12) return false;
            if (ampm[0] == 'p' && h < 12) h += 12;
            if (ampm[0] == 'a' && h == 12) h = 0;
        }
        if (i + length < w.Count && w[i + length] is "gmt" or "utc" or "bst" or "est" or "edt" or "pst" or "cet") length++;
        time = $"{h:D2}:{min:D2}";
        return true;
    }
}
