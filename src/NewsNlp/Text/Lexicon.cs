using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>
/// The word lists behind the tokenizer's decisions: abbreviations that keep their full stop,
/// prefixes that keep their hyphen (UD English splits other hyphenated compounds), and
/// contractions written without an apostrophe; the sentence splitter reads its titles. Immutable and shared.
/// </summary>
internal static class Lexicon
{
    /// <summary>Wire agencies whose name credits a story ("Reuters - …", "… (AP)"); a credit is no participant.</summary>
    public static bool IsWireAgency(ReadOnlySpan<char> word) =>
        word is "Reuters" or "AP" or "AFP" or "Xinhua" or "Bloomberg" or "UPI" or "Interfax" or "Yonhap" or "Kyodo" or "Tass" or "Anadolu";

    // Abbreviations that end with a full stop and keep it ("Dr.", "Jan.", "Inc."). Matched case-insensitively
    // against the letters before the stop. Single capital letters (initials) are handled by rule.
    private static readonly string[] AbbreviationList =
    [
        // titles and honorifics
        "mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
        "pvt", "adm", "cmdr", "gov", "sen", "rep", "reps", "sens", "pres", "supt", "insp", "det", "hon", "amb", "messrs", "mmes", "esq",
        "brig", "cdr", "lieut", "mgr", "atty", "dist", "ret", "bros", "mt", "ft", "pt",
        // months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // organisations and addresses
        "inc", "corp", "co", "ltd", "llc", "plc", "bhd", "assn", "assoc", "dept", "univ", "ave", "blvd", "rd", "hwy", "apt", "ste",
        "no", "nos", "vol", "vols", "pp", "fig", "figs", "ch", "sec", "art", "para", "ed", "eds", "est", "approx", "cf", "viz",
        // Latin and general
        "etc", "vs", "al", "ibid", "misc", "ca", "circa", "incl", "excl", "min", "max", "avg", "tel", "ext", "dept", "govt",
        // US states as newswires write them
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
        "wis", "wyo",
        // units
        "lb", "lbs", "oz", "kg", "km", "mi", "sq", "yr", "yrs", "hr", "hrs", "mins", "sec", "secs",
    ];

    // Prefixes after which UD English keeps the hyphen inside one token ("e-mail", "non-stop").
    private static readonly string[] HyphenPrefixList =
    [
        "e", "non", "pre", "post", "anti", "pro", "co", "re", "ex", "multi", "mid", "semi", "neo", "sub", "over",
        "counter", "cross", "intra", "psycho", "socio", "arch", "micro", "macro", "ultra", "un", "bi", "tri", "quasi",
        "pseudo", "trans", "infra", "mega", "mini", "auto",
    ];

    // Contractions written as one word without an apostrophe, split like their apostrophe forms.
    // Value: length of the first word.
    private static readonly KeyValuePair<string, int>[] FusedList =
    [
        new("cannot", 3), new("gonna", 3), new("wanna", 3), new("gotta", 3), new("dont", 2), new("didnt", 3),
        new("doesnt", 4), new("isnt", 2), new("wasnt", 3), new("couldnt", 5), new("wouldnt", 5), new("shouldnt", 6),
        new("havent", 4), new("hasnt", 3), new("arent", 3), new("werent", 4),
    ];

    public static readonly FrozenSet<string> Abbreviations = AbbreviationList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> HyphenPrefixes = HyphenPrefixList.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, int> Fused = FusedList.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FusedLookup =
        Fused.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles after which a full stop never ends a sentence ("Dr. Smith").</summary>
    public static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "fr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
        "gov", "sen", "rep", "pres", "supt", "insp", "det", "hon", "amb", "messrs", "brig", "cdr", "lieut", "atty", "mt",
        "no", "nos", "vol", "pp", "fig", "ch", "art", "approx", "cf", "vs", "ca", "incl", "tel", "ext", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Imperatives that open page furniture ("Share this article", "Sign up for our newsletter", "Skip to main content").</summary>
    public static readonly FrozenSet<string> WebCommands = new[]
    {
        "share", "sign", "click", "follow", "subscribe", "read", "log", "skip", "accept", "download", "watch", "listen", "tap",
        "scroll", "comment", "email", "print", "like", "join", "get", "register", "continue", "see", "view", "advertisement",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WebCommandLookup =
        WebCommands.GetAlternateLookup<ReadOnlySpan<char>>();
}
