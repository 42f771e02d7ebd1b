using System.Globalization;
using static NewsNlp.Temporal.DateContext;
using static NewsNlp.Temporal.DateLexicon;

namespace NewsNlp.Temporal;

internal static partial class DateParser
{
    private static readonly Dictionary<string, (int Month, int Day)> Holidays = new(StringComparer.Ordinal)
    {
        ["christmas"] = (12, 25), ["christmas day"] = (12, 25), ["christmas eve"] = (12, 24), ["new year's day"] = (1, 1),
        ["new year's eve"] = (12, 31), ["new year"] = (1, 1), ["halloween"] = (10, 31), ["independence day"] = (7, 4),
        ["valentine's day"] = (2, 14), ["boxing day"] = (12, 26), ["memorial day"] = (5, 0), ["labor day"] = (9, 0),
        ["thanksgiving"] = (11, 0), ["thanksgiving day"] = (11, 0), ["veterans day"] = (11, 11), ["mother's day"] = (5, 0),
        ["easter"] = (0, 0), ["ramadan"] = (0, 0), ["passover"] = (0, 0), ["lunar new year"] = (0, 0), ["chinese new year"] = (0, 0),
    };

    private static readonly Dictionary<string, int> AgeDecades = new(StringComparer.Ordinal)
    {
        ["teens"] = 1, ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    };

    /// <summary>
    /// Readings for a whole DATE mention that the strict grammar does not cover (never used to find
    /// new mentions): spelled-out years ("nineteen forty-two"), "'78", compound durations
    /// ("five-year", "31-year-old", "the last half century"), bare units ("the year", "decades"),
    /// ordinals ("the twelfth"), holidays, ages by decade ("his twenties"), "annual".
    /// </summary>
    public static DateMatch? Loose(IReadOnlyList<string> w, DateContext c)
    {
        var words = w.Where(x => x is not ("-" or "–" or "," or "." or "the" or "a" or "an" or "that" or "this" or "his" or "her" or "their" or "its" or "uh" or "um" or "just" or "all" or "whole" or "entire" or "some" or "about" or "nearly" or "almost" or "over" or "more" or "than" or "less" or "only" or "about" or "around" or "roughly")).ToList();
        if (words.Count == 0) return null;
        string joined = string.Join(' ', words);
        int length = w.Count;

        if (Holidays.TryGetValue(joined, out var holiday))
        {
            string year = c.Published is { } p ? Year(p.Year) : "XXXX";
            string value = holiday.Month == 0 ? year : holiday.Day == 0 ? $"{year}-{holiday.Month:D2}" : $"{year}-{holiday.Month:D2}-{holiday.Day:D2}";
            var anchor = c.Published is null ? TemporalAnchor.Unresolved : TemporalAnchor.PublishDate;
            return new DateMatch(length, value, TemporalKind.Date, holiday.Month == 0 ? TemporalGranularity.Year : holiday.Day == 0 ? TemporalGranularity.Month : TemporalGranularity.Day, anchor);
        }
        // '78 → 1978
        if (words.Count == 1 && words[0].Length == 3 && words[0][0] is '\'' or '’' && int.TryParse(words[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            return new DateMatch(length, Year(yy <= 30 ? 2000 + yy : 1900 + yy), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute);
        if (SpelledYear(words) is > 0 and var spelled)
            return new DateMatch(length, Year(spelled), TemporalKind.Date, TemporalGranularity.Year, TemporalAnchor.Absolute);
        if (words.Count == 1 && words[0] is "annual" or "yearly" or "annually") return Set(length, "P1Y");
        if (words.Count >= 1 && AgeDecades.TryGetValue(words[^1], out int ageDecade))
            return new DateMatch(length, $"P{ageDecade}DE", TemporalKind.Duration, TemporalGranularity.None, TemporalAnchor.Absolute);
        if (words.Count == 1 && words[0] is "weeklong" or "yearlong" or "daylong" or "monthlong")
            return new DateMatch(length, words[0] switch { "weeklong" => "P1W", "yearlong" => "P1Y", "daylong" => "P1D", _ => "P1M" }, TemporalKind.Duration, TemporalGranularity.None, TemporalAnchor.Absolute);
        // "the twelfth", "the 30th": a day of an unnamed month.
        if (words.Count == 1 && DayOfMonth(words[0]) is > 0 and var dom && !char.IsDigit(words[0][^1]))
            return new DateMatch(length, $"XXXX-XX-{dom:D2}", TemporalKind.Date, TemporalGranularity.Day, TemporalAnchor.Unresolved);

        // Units: a duration with its amount, or the current unit ("the year", "that day").
        int u = words.FindIndex(x => Units.ContainsKey(x) || x is "yearlong" or "long");
        if (u < 0) return null;
        var unit = Units.GetValueOrDefault(words[u], Unit.Year);
        bool plural = words[u].EndsWith('s');
        double amount = Amount(words, u);
        string code = unit switch
        {
            Unit.Second => "S", Unit.Minute => "M", Unit.Hour => "H", Unit.Day => "D", Unit.Week or Unit.Weekend => "W",
            Unit.Month => "M", Unit.Quarter => "Q", Unit.Year => "Y", Unit.Decade => "DE", _ => "CE",
        };
        bool time = unit is Unit.Second or Unit.Minute or Unit.Hour;
        if (amount > 0 || plural || w.Contains("-") || words.Contains("old"))
        {
            string n = amount <= 0 ? (amount == 0 && !plural ? "1" : "X") : Scaled(amount, ref code);
            if (code == "Q") { code = "M"; n = n == "X" ? "X" : (int.Parse(n, CultureInfo.InvariantCulture) * 3).ToString(CultureInfo.InvariantCulture); }
            return new DateMatch(length, (time ? "PT" : "P") + n + code, TemporalKind.Duration, TemporalGranularity.None, TemporalAnchor.Absolute);
        }
        // A bare singular unit: the one the story is in.
        var offset = UnitOffset(length, unit, 0, c);
        return offset;
    }

    /// <summary>The amount before a unit: digits, number words ("twenty - five"), "half", "one and a half".</summary>
    private static double Amount(List<string> words, int unitIndex)
    {
        double total = 0;
        bool any = false;
        for (int k = 0; k < unitIndex; k++)
        {
            string x = words[k];
            if (x == "half") { total = total == 0 ? 0.5 : total + 0.5; any = true; continue; }
            int n = Number(x);
            if (n < 0 && double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out double f)) { total += f; any = true; continue; }
            if (n > 0 && x is not ("a" or "an")) { total = n == 100 && total > 0 ? total * 100 : total + n; any = true; }
        }
        return any ? total : words.Take(unitIndex).Any(x => x is "a" or "an" or "one") ? 1 : 0;
    }

    private static string Scaled(double amount, ref string code)
    {
        if (amount == Math.Floor(amount)) return ((int)amount).ToString(CultureInfo.InvariantCulture);
        // Halves: half a year = 6 months, half a century = 50 years, half an hour = 30 minutes.
        switch (code)
        {
            case "Y": code = "M"; return ((int)(amount * 12)).ToString(CultureInfo.InvariantCulture);
            case "CE": code = "Y"; return ((int)(amount * 100)).ToString(CultureInfo.InvariantCulture);
            case "DE": code = "Y"; return ((int)(amount * 10)).ToString(CultureInfo.InvariantCulture);
            case "H": code = "M"; return ((int)(amount * 60)).ToString(CultureInfo.InvariantCulture);
            case "D": code = "H"; return ((int)(amount * 24)).ToString(CultureInfo.InvariantCulture);
            default: return ((int)Math.Round(amount)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>"nineteen forty two" → 1942, "nineteen eighteen" → 1918, "two thousand three" → 2003; else -1.</summary>
    private static int SpelledYear(List<string> words)
    {
        if (words.Count < 2) return -1;
        if (words[0] == "two" && words[1] == "thousand")
        {
            int rest = 0;
            for (int k = 2; k < words.Count; k++) if (words[k] != "and") rest += Math.Max(0, Number(words[k]));
            return 2000 + rest;
        }
        int century = Number(words[0]);
        if (century is < 10 or > 20) return -1;
        int tail = 0;
        for (int k = 1; k < words.Count; k++)
        {
            int n = Number(words[k]);
            if (n < 0 || n >= 100) return words[k] == "hundred" && k == words.Count - 1 ? century * 100 : -1;
            tail += n;
        }
        return tail < 100 ? century * 100 + tail : -1;
    }
}
