using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Places and countries for the event stage: GeoNames cities (<c>cities1000.tsv</c> rows) by name and
/// alternate name, and ISO 3166 countries (<c>countries.csv</c>) by name. A name several places share
/// ("Washington", "Paris") goes to a capital before a bigger town and to a place in a country the
/// article names before one abroad (<see cref="TryFindPlace(string, IReadOnlyCollection{string}?, out GeoPlace)"/>).
/// Lookups are case-insensitive and ignore invisible format characters. Immutable and thread-safe once built.
/// </summary>
public sealed class PlaceGazetteer
{
    /// <summary>
    /// How much a capital, and a place in a country the article names, counts over its population.
    /// Ten: "Washington" is Washington, D.C. (600 k, a capital) over Washington, Tyne and Wear (54 k),
    /// and over it even in an article about Britain; but Hamilton, Ontario (570 k) still beats
    /// Hamilton, Bermuda (a capital of 1 k), and a much bigger city abroad beats a village at home.
    /// </summary>
    private const long CapitalWeight = 10, ContextWeight = 10;

    // Every place a name may stand for: one name has a handful at most, so a linear choice is cheap.
    private readonly Dictionary<string, List<GeoPlace>> _places = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _countryPopulation = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty gazetteer.</summary>
    public static PlaceGazetteer Empty { get; } = new();

    /// <summary>Number of place names.</summary>
    public int PlaceNameCount => _places.Count;

    /// <summary>Number of countries.</summary>
    public int CountryCount => _countryNames.Count;

    /// <summary>
    /// Reads GeoNames rows (tab-separated: geonameid, name, alternate name, country, feature code,
    /// admin code, population, latitude, longitude; a header line is skipped) and ISO countries
    /// (CSV: "Code","Name","Native",...).
    /// </summary>
    /// <exception cref="FormatException">A malformed row; the message names the source and line.</exception>
    public static PlaceGazetteer Read(TextReader places, TextReader countries, string source = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(countries);
        var g = new PlaceGazetteer();
        int line = 0;
        string? text;
        while ((text = places.ReadLine()) is not null)
        {
            line++;
            if (text.Length == 0 || text.StartsWith("geonameid", StringComparison.Ordinal)) continue;
            var f = text.Split('\t');
            if (f.Length < 9 || !long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                || !double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon))
                throw new FormatException($"{source}:{line}: malformed place row");
            long.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out long population);
            var place = new GeoPlace(id, f[1], f[3], lat, lon, f[4], population);
            g.Add(f[1], place);
            if (f[2].Length > 0) g.Add(f[2], place);
            // GeoNames qualifies a few names ("Washington, D.C."): news writes the name alone.
            if (f[1].IndexOf(", ", StringComparison.Ordinal) is > 0 and int comma) g.Add(f[1][..comma], place);
            g._countryPopulation[f[3]] = g._countryPopulation.GetValueOrDefault(f[3]) + population;
        }
        line = 0;
        while ((text = countries.ReadLine()) is not null)
        {
            line++;
            if (line == 1 || text.Length == 0) continue;
            var f = text.Split(',').Select(x => x.Trim().Trim('"')).ToArray();
            if (f.Length < 3 || f[0].Length != 2) throw new FormatException($"{source} (countries):{line}: malformed country row");
            g._countryNames[f[0]] = f[1];
            g._countries.TryAdd(f[1], f[0]);
            if (f[2].Length > 0) g._countries.TryAdd(f[2], f[0]);
        }
        return g;
    }

    private void Add(string name, GeoPlace place)
    {
        if (!_places.TryGetValue(name, out var list)) _places[name] = list = [];
        if (!list.Exists(p => p.GeoNamesId == place.GeoNamesId)) list.Add(place);
    }

    /// <summary>
    /// The place a name most likely stands for when nothing else is known: a capital counts ten times
    /// its population ("Washington" is Washington, D.C.; "Pyongyang", "Seoul").
    /// </summary>
    public bool TryFindPlace(string name, out GeoPlace place) => TryFindPlace(name, null, out place);

    /// <summary>
    /// The place a name stands for in an article that names the countries <paramref name="countries"/>
    /// (ISO alpha-2 codes): a capital, and a place in one of those countries, each count ten times
    /// their population, and the heaviest wins ("Birmingham" in an article about the United States is
    /// Birmingham, Alabama; "Washington" in one about Britain is still Washington, D.C.).
    /// </summary>
    public bool TryFindPlace(string name, IReadOnlyCollection<string>? countries, out GeoPlace place)
    {
        ArgumentNullException.ThrowIfNull(name);
        place = null!;
        if (!_places.TryGetValue(CharClass.WithoutFormat(name.Trim()), out var list)) return false;
        long best = -1;
        foreach (var p in list)
        {
            // At least 1, so that a capital or a local place of unknown population still outweighs nothing.
            long weight = Math.Max(p.Population, 1);
            if (p.FeatureCode == "PPLC") weight *= CapitalWeight;
            if (countries is not null && countries.Contains(p.CountryCode)) weight *= ContextWeight;
            if (weight > best) { best = weight; place = p; }
        }
        return true;
    }

    /// <summary>The ISO alpha-2 code of a country by its English or native name ("North Korea" → KP).</summary>
    public bool TryFindCountry(string name, out string isoCode)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _countries.TryGetValue(CharClass.WithoutFormat(name.Trim()), out isoCode!);
    }

    /// <summary>The total population of a country's places in the gazetteer (0 when it has none): tells a state from its territories.</summary>
    internal long CountryPopulation(string isoCode) => _countryPopulation.GetValueOrDefault(isoCode);

    /// <summary>A country's English name by its ISO alpha-2 code.</summary>
    public string? CountryName(string isoCode) => _countryNames.GetValueOrDefault(isoCode);

    /// <summary>The countries, as (ISO alpha-2 code, English name).</summary>
    public IEnumerable<(string Code, string Name)> Countries => _countryNames.Select(p => (p.Key, p.Value));
}
