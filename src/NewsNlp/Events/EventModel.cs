using NewsNlp.Models;

namespace NewsNlp.Events;

/// <summary>
/// The event model: the CAMEO verb dictionary with its patterns and the actor and agent
/// dictionaries, stored as one NewsNlp model file (kind <c>EVT1</c>) so the event stage ships and
/// loads like the other models. Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// The payload keeps the dictionaries' source texts (PETRARCH-2 formats; Brotli-compressed by the
/// container), each tagged "verbs", "actors" or "agents" with its file name, and parses them on load.
/// </remarks>
public sealed class EventModel
{
    internal const string Kind = "EVT1";
    internal const int FormatVersion = 1;

    private readonly List<(string Kind, string Name, string Text)> _sources;

    private EventModel(ModelManifest manifest, List<(string, string, string)> sources)
    {
        // A copy that names the file's kind and version: the caller's manifest is never written to,
        // and a model shared by many pipelines never changes its metadata (Save writes it as it is).
        Manifest = manifest with { Kind = "events", FormatVersion = FormatVersion };
        _sources = sources;
        CameoVerbDictionary? verbs = null;
        var actors = new ActorDictionary.Builder();
        string? places = null, countries = null;
        foreach (var (kind, name, text) in sources)
        {
            switch (kind)
            {
                case "verbs":
                    if (verbs is not null) throw new InvalidDataException("two verb dictionaries");
                    verbs = CameoVerbDictionary.Load(new StringReader(text), name);
                    break;
                case "actors": actors.AddActors(new StringReader(text), name); break;
                case "agents": actors.AddAgents(new StringReader(text), name); break;
                case "places": places = text; break;
                case "countries": countries = text; break;
                case "scorer":
                    if (Scorer is not null) throw new InvalidDataException("two event scorers");
                    Scorer = EventScorer.Parse(new StringReader(text), name);
                    break;
                case "classifier":
                    if (Classifier is not null) throw new InvalidDataException("two event classifiers");
                    Classifier = EventClassifier.Parse(new StringReader(text), name);
                    break;
                default: throw new InvalidDataException($"unknown dictionary kind '{kind}'");
            }
        }
        Verbs = verbs ?? throw new InvalidDataException("no verb dictionary");
        Actors = actors.Build();
        Places = places is not null && countries is not null ? PlaceGazetteer.Read(new StringReader(places), new StringReader(countries), "places") : PlaceGazetteer.Empty;
        // CAMEO country codes are ISO alpha-3 codes (with a few of their own): learn the alpha-2
        // code of each by coding the ISO country names with the actor dictionary.
        // First the countries whose dictionary entry has their very name, then aliases ("Jersey"
        // is an alias of no country of its own in Phoenix and must not take the USA code).
        // Phoenix codes territories as their state (Saint Barthelemy and Mayotte are FRA): when
        // several countries claim a code, the state is the one with the most people in the gazetteer.
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int pass = 0; pass < 2; pass++)
        {
            claims.Clear();
            foreach (var (iso, country) in Places.Countries)
            {
                var words = ActorDictionary.Words(country);
                if (words.Length == 0 || Actors.MatchActor(words, 0, out var entry) != words.Length || entry!.CodeAt(null) is not { Length: 3 } code || !code.All(char.IsAsciiLetterUpper)) continue;
                // Pass 1: an alias, when the entry's own name shares the country's first word ("United States Of America").
                if (pass == 0 ? string.Equals(entry.Name, country, StringComparison.OrdinalIgnoreCase)
                    : !_isoByCameo.ContainsKey(code) && !_isoByCameo.ContainsValue(iso) && SamePrefix(entry.Name.Split(' ')[0], country.Split(' ')[0]))
                    if (!claims.TryGetValue(code, out var other) || Places.CountryPopulation(iso) > Places.CountryPopulation(other)) claims[code] = iso;
            }
            foreach (var (code, iso) in claims) _isoByCameo.TryAdd(code, iso);
        }
        foreach (var (code, iso) in _isoByCameo) _cameoByIso.TryAdd(iso, code);
    }

    private EventModel(EventModel model, ModelManifest manifest)
    {
        Manifest = manifest with { Kind = "events", FormatVersion = FormatVersion };
        _sources = model._sources;
        Verbs = model.Verbs;
        Actors = model.Actors;
        Places = model.Places;
        Scorer = model.Scorer;
        Classifier = model.Classifier;
        _isoByCameo = model._isoByCameo;
        _cameoByIso = model._cameoByIso;
    }

    /// <summary>This model with <paramref name="scorerText"/> (<see cref="EventScorer"/>'s text form) as its scorer, replacing any it had; null text gives the model without a scorer.</summary>
    /// <exception cref="FormatException">The scorer text is malformed.</exception>
    internal EventModel WithScorer(string? scorerText, string name = "scorer.tsv") => WithSource("scorer", name, scorerText);

    /// <summary>This model with <paramref name="classifierText"/> (<see cref="EventClassifier"/>'s text form) as its classifier, replacing any it had; null text gives the model without one.</summary>
    /// <exception cref="FormatException">The classifier text is malformed.</exception>
    internal EventModel WithClassifier(string? classifierText, string name = "classifier.tsv") => WithSource("classifier", name, classifierText);

    /// <summary>This model with <paramref name="text"/> as its one source of <paramref name="kind"/>, replacing any it had; null text removes it.</summary>
    private EventModel WithSource(string kind, string name, string? text) =>
        FromSources(Manifest, [.. _sources.Where(s => s.Kind != kind), .. text is null ? [] : new[] { (kind, name, text) }]);

    /// <summary>This model under other metadata (the dictionaries are shared, not copied): how a builder records what it packed.</summary>
    public EventModel WithManifest(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(this, manifest);
    }

    private static bool SamePrefix(string a, string b) =>
        a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _isoByCameo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cameoByIso = new(StringComparer.Ordinal);

    /// <summary>The CAMEO country code of an ISO alpha-2 country ("FR" → FRA), or null.</summary>
    internal string? CameoCountry(string isoCode) => _cameoByIso.GetValueOrDefault(isoCode);

    /// <summary>The learned keep-or-drop decision over candidate events, or null when the model has none (every candidate is kept).</summary>
    internal EventScorer? Scorer { get; }

    /// <summary>The learned event class (<see cref="EventAction.Class"/>), or null when the model has none (the class of the CAMEO code stands).</summary>
    internal EventClassifier? Classifier { get; }

    /// <summary>GeoNames places and ISO countries.</summary>
    public PlaceGazetteer Places { get; }

    /// <summary>The ISO alpha-2 country of a CAMEO actor code ("RUSGOV" → RU), or null.</summary>
    public string? IsoCountry(string cameoCode)
    {
        ArgumentNullException.ThrowIfNull(cameoCode);
        return cameoCode.Length >= 3 && _isoByCameo.TryGetValue(cameoCode[..3], out var iso) ? iso : null;
    }

    /// <summary>Metadata: name, sources, scores, the command that builds it.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>CAMEO verbs and patterns.</summary>
    public CameoVerbDictionary Verbs { get; }

    /// <summary>Actors and agents with their codes.</summary>
    public ActorDictionary Actors { get; }

    /// <summary>
    /// A model over dictionary texts, each tagged "verbs", "actors", "agents", "places", "countries", "scorer" or "classifier"
    /// with its file name: for <c>EventModelBuilder</c> in NewsNlp.Training, which reads the files.
    /// </summary>
    /// <exception cref="FormatException">A dictionary line is malformed; the message names file and line.</exception>
    internal static EventModel FromSources(ModelManifest manifest, List<(string Kind, string Name, string Text)> sources)
    {
        try { return new EventModel(manifest, sources); }
        catch (InvalidDataException e) { throw new FormatException(e.Message, e); }
    }

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid event model; the message names it.</exception>
    public static EventModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid event model.</exception>
    public static EventModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "event", (manifest, r) =>
        {
            int n = r.ReadInt32();
            if (n is < 1 or > 64) throw new InvalidDataException("dictionary count");
            var sources = new List<(string, string, string)>(n);
            for (int i = 0; i < n; i++) sources.Add((r.ReadString(), r.ReadString(), r.ReadString()));
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            try { return new EventModel(manifest, sources); }
            catch (FormatException e) { throw new InvalidDataException(e.Message, e); }
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            w.Write(_sources.Count);
            foreach (var (kind, name, text) in _sources) { w.Write(kind); w.Write(name); w.Write(text); }
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
