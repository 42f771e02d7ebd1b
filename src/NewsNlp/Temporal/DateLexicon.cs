namespace NewsNlp.Temporal;

/// <summary>Words of the date grammar: months, weekdays, number words, units, seasons, parts of day.</summary>
internal static class DateLexicon
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2,
        ["march"] = 3, ["mar"] = 3, ["mar."] = 3, ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["jun."] = 6, ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11, ["nov."] = 11,
        ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    };

    /// <summary>ISO weekday numbers (Monday = 1).</summary>
    public static readonly Dictionary<string, int> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["mon"] = 1, ["mon."] = 1, ["tuesday"] = 2, ["tue"] = 2, ["tues"] = 2, ["tues."] = 2, ["tue."] = 2,
        ["wednesday"] = 3, ["wed"] = 3, ["wed."] = 3, ["thursday"] = 4, ["thu"] = 4, ["thurs"] = 4, ["thurs."] = 4, ["thu."] = 4,
        ["friday"] = 5, ["fri"] = 5, ["fri."] = 5, ["saturday"] = 6, ["sat"] = 6, ["sat."] = 6, ["sunday"] = 7, ["sun"] = 7, ["sun."] = 7,
    };

    public static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a couple of"] = 2, ["couple"] = 2, ["dozen"] = 12,
    };

    public static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["last"] = -1,
    };

    public enum Unit { Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century }

    public static readonly Dictionary<string, Unit> Units = new(StringComparer.Ordinal)
    {
        ["second"] = Unit.Second, ["seconds"] = Unit.Second, ["minute"] = Unit.Minute, ["minutes"] = Unit.Minute,
        ["hour"] = Unit.Hour, ["hours"] = Unit.Hour, ["day"] = Unit.Day, ["days"] = Unit.Day,
        ["week"] = Unit.Week, ["weeks"] = Unit.Week, ["weekend"] = Unit.Weekend, ["weekends"] = Unit.Weekend,
        ["month"] = Unit.Month, ["months"] = Unit.Month, ["quarter"] = Unit.Quarter, ["quarters"] = Unit.Quarter,
        ["year"] = Unit.Year, ["years"] = Unit.Year, ["decade"] = Unit.Decade, ["decades"] = Unit.Decade,
        ["century"] = Unit.Century, ["centuries"] = Unit.Century,
    };

    public static readonly Dictionary<string, string> Seasons = new(StringComparer.Ordinal)
    {
        ["spring"] = "SP", ["summer"] = "SU", ["autumn"] = "FA", ["fall"] = "FA", ["winter"] = "WI",
    };

    /// <summary>Parts of the day with their TIMEX3 codes.</summary>
    public static readonly Dictionary<string, string> DayParts = new(StringComparer.Ordinal)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    };

    public static readonly Dictionary<string, string> Fuzzy = new(StringComparer.Ordinal)
    {
        ["recently"] = "PAST_REF", ["lately"] = "PAST_REF", ["previously"] = "PAST_REF", ["formerly"] = "PAST_REF",
        ["earlier"] = "PAST_REF", ["once"] = "PAST_REF", ["now"] = "PRESENT_REF", ["currently"] = "PRESENT_REF",
        ["nowadays"] = "PRESENT_REF", ["presently"] = "PRESENT_REF", ["today"] = "", ["soon"] = "FUTURE_REF",
        ["shortly"] = "FUTURE_REF", ["later"] = "FUTURE_REF", ["eventually"] = "FUTURE_REF",
    };

    /// <summary>Value of a number word or digits ("three", "24", "1,000"), or -1.</summary>
    public static int Number(string token)
    {
        if (Numbers.TryGetValue(token, out int n)) return n;
        if (token.Length is > 0 and <= 7 && int.TryParse(token.Replace(",", ""), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n)) return n;
        return -1;
    }

    /// <summary>A day of the month: "13", "13th", "1st", "thirteenth"; -1 otherwise.</summary>
    public static int DayOfMonth(string token)
    {
        string t = token.EndsWith("st", StringComparison.Ordinal) || token.EndsWith("nd", StringComparison.Ordinal)
            || token.EndsWith("rd", StringComparison.Ordinal) || token.EndsWith("th", StringComparison.Ordinal) ? token[..^2] : token;
        if (t.Length is 1 or 2 && int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31) return d;
        return Ordinals.TryGetValue(token, out d) && d > 0 ? d : -1;
    }

    /// <summary>A four-digit year 1000–2999 ("2023"), or -1.</summary>
    public static int Year(string token)
    {
        if (token.Length == 4 && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) && y is >= 1000 and <= 2999) return y;
        return -1;
    }
}
