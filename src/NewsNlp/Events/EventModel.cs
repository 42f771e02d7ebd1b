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
        Manifest = manifest;
        _sources = sources;
        CameoVerbDictionary? verbs = null;
        var actors = new ActorDictionary();
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
                default: throw new InvalidDataException($"unknown dictionary kind '{kind}'");
            }
        }
        Verbs = verbs ?? throw new InvalidDataException("no verb dictionary");
        Actors = actors;
    }

    /// <summary>Metadata: name, sources, scores, the command that builds it.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>CAMEO verbs and patterns.</summary>
    public CameoVerbDictionary Verbs { get; }

    /// <summary>Actors and agents with their codes.</summary>
    public ActorDictionary Actors { get; }

    /// <summary>Builds a model from dictionary files (PETRARCH-2 formats).</summary>
    /// <param name="manifest">Metadata to store.</param>
    /// <param name="verbFile">The CAMEO verb dictionary (e.g. <c>CAMEO.2.0.txt</c>).</param>
    /// <param name="actorFiles">Actor dictionaries (e.g. the Phoenix country, international and non-state files).</param>
    /// <param name="agentFile">The agent dictionary, or null.</param>
    /// <exception cref="FormatException">A dictionary line is malformed; the message names file and line.</exception>
    public static EventModel FromFiles(ModelManifest manifest, string verbFile, IEnumerable<string> actorFiles, string? agentFile)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(verbFile);
        ArgumentNullException.ThrowIfNull(actorFiles);
        var sources = new List<(string, string, string)> { ("verbs", Path.GetFileName(verbFile), File.ReadAllText(verbFile)) };
        foreach (var f in actorFiles) sources.Add(("actors", Path.GetFileName(f), File.ReadAllText(f)));
        if (agentFile is not null) sources.Add(("agents", Path.GetFileName(agentFile), File.ReadAllText(agentFile)));
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
        Manifest.FormatVersion = FormatVersion;
        Manifest.Kind = "events";
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
