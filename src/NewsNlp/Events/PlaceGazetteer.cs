using System.Globalization;

namespace NewsNlp.Events;

/// <summary>
/// Places and countries for the event stage: GeoNames cities (<c>cities1000.tsv</c> rows) by name and
/// alternate name, the most populous first, and ISO 3166 countries (<c>countries.csv</c>) by name.
/// Lookups are case-insensitive. Immutable and thread-safe once built.
/// </summary>
public sealed class PlaceGazetteer
{
    private readonly Dictionary<string, GeoPlace> _places = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.OrdinalIgnoreCase);

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
        if (!_places.TryGetValue(name, out var old) || old.Population < place.Population) _places[name] = place;
    }

    /// <summary>The most populous place with this name ("Pyongyang", "Seoul").</summary>
    public bool TryFindPlace(string name, out GeoPlace place)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _places.TryGetValue(name.Trim(), out place!);
    }

    /// <summary>The ISO alpha-2 code of a country by its English or native name ("North Korea" → KP).</summary>
    public bool TryFindCountry(string name, out string isoCode)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _countries.TryGetValue(name.Trim(), out isoCode!);
    }

    /// <summary>A country's English name by its ISO alpha-2 code.</summary>
    public string? CountryName(string isoCode) => _countryNames.GetValueOrDefault(isoCode);

    /// <summary>The countries, as (ISO alpha-2 code, English name).</summary>
    public IEnumerable<(string Code, string Name)> Countries => _countryNames.Select(p => (p.Key, p.Value));
}
