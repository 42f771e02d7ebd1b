using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Training.Resources;

/// <summary>
/// Builds the recognizer's gazetteer from the data folder's <c>gazetteers/</c> (GeoNames cities and
/// regions, ISO countries and capitals, first names, name parts) and the data folder's <c>cameo/</c>
/// (Phoenix actor dictionaries: countries and their aliases, people, organisations).
/// Phrases are split into words with NewsNlp's own tokenizer, so they match what it produces.
/// </summary>
internal static partial class GazetteerBuilder
{
    /// <summary>Cities below this population are left out: small towns named "Of" or "Reading" only add noise.</summary>
    public const int MinCityPopulation = 15000;

    public const int MaxWords = 6;

    public static Gazetteer Build(string shared, TextWriter log)
    {
        var phrases = new Dictionary<ulong, byte>();
        var tokenizer = new Tokenizer();
        var counts = new int[Gazetteer.KindCount];

        void Add(string phrase, GazetteerKind kind)
        {
            phrase = phrase.Trim();
            if (phrase.Length < 2) return;
            var tokens = new List<Token>();
            var words = new List<Word>();
            tokenizer.Tokenize(phrase, tokens, words);
            if (words.Count == 0 || words.Count > MaxWords) return;
            ulong key = Gazetteer.PhraseKey(words.Select(w => phrase[w.Start..w.End]));
            byte before = phrases.GetValueOrDefault(key);
            byte after = (byte)(before | (1 << (int)kind));
            if (after != before) counts[(int)kind]++;
            phrases[key] = after;
        }

        string gaz = Path.Combine(shared, "gazetteers");
        foreach (var line in File.ReadLines(Path.Combine(gaz, "cities1000.tsv")).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 7) continue;
            bool capital = c[4] == "PPLC";
            if (!capital && (!long.TryParse(c[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out long pop) || pop < MinCityPopulation)) continue;
            Add(c[1], GazetteerKind.City);
        }
        foreach (var region in JArray.Parse(File.ReadAllText(Path.Combine(gaz, "admin1.json"))))
            if ((string?)region["name"] is { } name) Add(name, GazetteerKind.Region);
        foreach (var line in File.ReadLines(Path.Combine(gaz, "countries.csv")).Skip(1))
        {
            var c = CsvFields(line);
            if (c.Count < 6) continue;
            Add(c[1], GazetteerKind.Country);
            if (c[5].Length > 0) Add(c[5], GazetteerKind.City);
        }
        foreach (var name in File.ReadLines(Path.Combine(gaz, "first_names_female_en.txt")).Concat(File.ReadLines(Path.Combine(gaz, "first_names_male_en.txt"))))
            Add(name, GazetteerKind.FirstName);
        foreach (var name in File.ReadLines(Path.Combine(gaz, "person_name_parts.txt")))
            Add(name, GazetteerKind.NamePart);

        string cameo = Path.Combine(shared, "cameo");
        ReadActors(Path.Combine(cameo, "Phoenix.Countries.actors.txt"), countriesFile: true, Add);
        ReadActors(Path.Combine(cameo, "Phoenix.International.actors.txt"), countriesFile: false, Add);
        ReadActors(Path.Combine(cameo, "Phoenix.MilNonState.actors.txt"), countriesFile: false, Add);

        log.WriteLine($"gazetteer: {phrases.Count:N0} phrases (" + string.Join(", ", Enum.GetValues<GazetteerKind>().Select(k => $"{k} {counts[(int)k]:N0}")) + ")");
        return new Gazetteer(phrases, MaxWords);
    }

    /// <summary>
    /// Reads a Phoenix actor dictionary. An entry is a line "NAME_ [CODES]" (codes may follow on
    /// indented lines), with "+ALIAS_" lines after it. Entries with dated role codes are people;
    /// in the countries file a bare three-letter code marks a country, whose aliases ending like
    /// demonyms ("AFGHAN", "IRAQI") are nationalities; the rest are organisations.
    /// </summary>
    private static void ReadActors(string path, bool countriesFile, Action<string, GazetteerKind> add)
    {
        string? name = null;
        var aliases = new List<string>();
        var codes = new List<string>();

        void Flush()
        {
            if (name is null) return;
            string all = string.Join(' ', codes);
            bool person = DatedCode().IsMatch(all) || all.Contains("CountryInfo", StringComparison.Ordinal);
            bool country = countriesFile && !person && CountryCode().IsMatch(all);
            var kind = person ? GazetteerKind.PersonActor : country ? GazetteerKind.Country : GazetteerKind.OrganizationActor;
            add(Clean(name), kind);
            foreach (var alias in aliases)
            {
                string a = Clean(alias);
                bool demonym = country && (a.EndsWith("AN", StringComparison.Ordinal) || a.EndsWith("ESE", StringComparison.Ordinal) ||
                                           a.EndsWith("ISH", StringComparison.Ordinal) || a.EndsWith('I'));
                add(a, demonym ? GazetteerKind.Nationality : kind);
            }
            name = null;
            aliases.Clear();
            codes.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            if (raw[0] == '+') { if (name is not null) aliases.Add(StripComment(raw[1..]).Split('[')[0]); continue; }
            if (char.IsWhiteSpace(raw[0])) { codes.Add(raw.Trim()); continue; }
            Flush();
            int bracket = raw.IndexOf('[');
            name = bracket >= 0 ? raw[..bracket] : StripComment(raw);
            codes.Add(bracket >= 0 ? raw[bracket..] : raw);
        }
        Flush();
    }

    private static string StripComment(string s)
    {
        int hash = s.IndexOf('#');
        return hash >= 0 ? s[..hash] : s;
    }

    private static string Clean(string name) => name.Trim().TrimEnd('_').Replace('_', ' ').Trim();

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char ch in line)
        {
            if (ch == '"') { quoted = !quoted; continue; }
            if (ch == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); continue; }
            sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    [GeneratedRegex(@"\d{6}\s*-|[<>]\d{6}")]
    private static partial Regex DatedCode();

    [GeneratedRegex(@"\[[A-Z]{3}\]")]
    private static partial Regex CountryCode();
}
