using NewsNlp.Events;
using NewsNlp.Models;

namespace NewsNlp.Training.Events;

/// <summary>
/// Builds the event model (<c>newsnlp train events</c>) from the PETRARCH-2 dictionary files and the
/// GeoNames and ISO country tables. Nothing is learned: the model packs the files' texts so that the
/// shipped file is reproducible; the runtime only loads it (<see cref="EventModel.Load(string)"/>).
/// </summary>
public static class EventModelBuilder
{
    /// <summary>Builds a model from dictionary files (PETRARCH-2 formats).</summary>
    /// <param name="manifest">Metadata to store.</param>
    /// <param name="verbFile">The CAMEO verb dictionary (e.g. <c>CAMEO.2.0.txt</c>).</param>
    /// <param name="actorFiles">Actor dictionaries (e.g. the Phoenix country, international and non-state files).</param>
    /// <param name="agentFile">The agent dictionary, or null.</param>
    /// <param name="placesFile">GeoNames rows (<c>cities1000.tsv</c>), or null; rows under <paramref name="minPopulation"/> are left out unless capitals or regional seats.</param>
    /// <param name="countriesFile">ISO countries (<c>countries.csv</c>), or null.</param>
    /// <param name="minPopulation">Smallest population of a place kept.</param>
    /// <param name="verbAdditionsFile">Verb families and patterns in the same format, appended to <paramref name="verbFile"/> (a family named again gains members and patterns), or null.</param>
    /// <exception cref="FormatException">A dictionary line is malformed; the message names file and line.</exception>
    public static EventModel FromFiles(ModelManifest manifest, string verbFile, IEnumerable<string> actorFiles, string? agentFile,
        string? placesFile = null, string? countriesFile = null, long minPopulation = 15000, string? verbAdditionsFile = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(verbFile);
        ArgumentNullException.ThrowIfNull(actorFiles);
        string verbs = File.ReadAllText(verbFile), verbSource = Path.GetFileName(verbFile);
        if (verbAdditionsFile is not null)
            (verbs, verbSource) = (verbs + "\n\n" + File.ReadAllText(verbAdditionsFile), verbSource + "+" + Path.GetFileName(verbAdditionsFile));
        var sources = new List<(string, string, string)> { ("verbs", verbSource, verbs) };
        foreach (var f in actorFiles) sources.Add(("actors", Path.GetFileName(f), File.ReadAllText(f)));
        if (agentFile is not null) sources.Add(("agents", Path.GetFileName(agentFile), File.ReadAllText(agentFile)));
        if (placesFile is not null && countriesFile is not null)
        {
            var kept = File.ReadLines(placesFile).Where(l =>
            {
                var f = l.Split('\t');
                return f.Length >= 9 && (f[4] is "PPLC" or "PPLA" || (long.TryParse(f[6], out long p) && p >= minPopulation));
            });
            sources.Add(("places", Path.GetFileName(placesFile), string.Join('\n', kept)));
            sources.Add(("countries", Path.GetFileName(countriesFile), File.ReadAllText(countriesFile)));
        }
        return EventModel.FromSources(manifest, sources);
    }
}
