using NewsNlp.Entities;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Ner;
using NewsNlp.Training.Resources;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train ner ...</c>.</summary>
internal static class TrainCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "events") return TrainEvents(args[1..], "newsnlp train " + string.Join(' ', args.Select(Quote)), stdout);
        if (args.Length > 0 && args[0] == "zones") return ZoneCommands.Train(args[1..], "newsnlp train " + string.Join(' ', args.Select(Quote)), stdout, stderr);
        if (args.Length > 0 && args[0] == "roles") return RoleCommands.Train(args[1..], "newsnlp train " + string.Join(' ', args.Select(Quote)), stdout, stderr);
        if (args.Length > 0 && args[0] is "pos" or "parse")
            return SyntaxCommands.Train(args[0], args[1..], "newsnlp train " + string.Join(' ', args.Select(Quote)), stdout, stderr);
        if (args.Length == 0 || args[0] != "ner") throw new UsageException("train needs a task: 'newsnlp train ner|pos|parse|zones|roles --train F --dev F --out DIR'.");
        var a = CliArgs.Parse(args[1..],
            new HashSet<string> { "train", "dev", "out", "name", "epochs", "patience", "seed", "min-count", "shared", "labels", "test", "ensemble", "temperature", "note", "resources" },
            new HashSet<string> { "no-gazetteers", "no-clusters" });
        string trainPath = a.Require("train"), devPath = a.Require("dev"), outDir = a.Require("out");
        // --train takes one file or several separated by commas (e.g. train and dev for a final model).
        var trainPaths = trainPath.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var p in trainPaths.Append(devPath))
            if (!File.Exists(p)) throw new InputException($"{p}: no such file");
        int epochs = Int(a, "epochs", 30), patience = Int(a, "patience", 3), seed = Int(a, "seed", 13), minCount = Int(a, "min-count", 2);

        var train = trainPaths.SelectMany(p => TaggedCorpus.Read(p)).ToList();
        var dev = TaggedCorpus.Read(devPath);
        bool gazetteers = !a.Has("no-gazetteers"), clusters = !a.Has("no-clusters");
        // --shared is the option's earlier name, kept so that recorded training commands still run.
        string? resources = gazetteers || clusters ? ModelLocator.ResourcesFolder(a.Get("resources") ?? a.Get("shared")) : null;
        var options = new NerTrainingOptions
        {
            Name = a.Get("name") ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            MaxEpochs = epochs,
            Patience = patience,
            Seed = seed,
            Ensemble = Int(a, "ensemble", 1),
            Temperature = a.Get("temperature") is { } temp
                ? (float.TryParse(temp, System.Globalization.CultureInfo.InvariantCulture, out float tv) && tv > 0 ? tv : throw new UsageException("--temperature must be a positive number."))
                : null,
            MinFeatureCount = minCount,
            Labels = a.Get("labels")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            TrainingData = $"train: {string.Join(" + ", trainPaths.Select(Path.GetFileName))} ({train.Sum(d => d.Sentences.Count):N0} sentences); "
                + (patience == 0 ? $"fixed {epochs} epochs, no early stopping" : $"early stopping on {Path.GetFileName(devPath)}")
                + (a.Get("temperature") is null ? $"; confidence calibration on {Path.GetFileName(devPath)}" : $"; confidence temperature fixed at {a.Get("temperature")}")
                + (gazetteers ? "; gazetteers from the resources folder's gazetteers/ and cameo/" : "")
                + (clusters ? "; word clusters induced from the resources folder's unlabeled/" : ""),
            TrainingCommand = "newsnlp train ner " + string.Join(' ', args.Skip(1).Select(Quote)),
            Log = stderr,
        };
        var model = NerTrainer.Train(train, dev, resources, gazetteers, clusters, options);
        if (trainPaths.Any(p => Path.GetFullPath(p) == Path.GetFullPath(devPath)))
        {
            // The dev split was trained on: its score says nothing about accuracy, so it is not recorded.
            model = model.WithManifest(model.Manifest.WithoutScore("dev.f1"));
            stderr.WriteLine("note: the dev file is part of the training data; no dev score is recorded");
        }
        if (a.Get("note") is { } note) model = model.WithManifest(model.Manifest with { TrainingData = model.Manifest.TrainingData + "; " + note });
        if (a.Get("test") is { } testPath)
        {
            var test = NerTrainer.Score(model, TaggedCorpus.Read(testPath));
            model = model.WithManifest(model.Manifest.WithScore("test.f1", Math.Round(100 * test.Micro.F1, 2)));
            stderr.WriteLine($"test F1 {100 * test.Micro.F1:F2} ({Path.GetFileName(testPath)})");
        }
        Directory.CreateDirectory(outDir);
        model.Save(Path.Combine(outDir, ModelLocator.FileName));
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine($"saved {Path.Combine(outDir, ModelLocator.FileName)} ({new FileInfo(Path.Combine(outDir, ModelLocator.FileName)).Length / 1048576.0:F1} MB)"
            + (model.Manifest.Scores.TryGetValue("dev.f1", out double devF1) ? $"; dev F1 {devF1:F2}" : ""));
        return CliMain.ExitOk;
    }

    private static string Quote(string s) => s.Contains(' ') || s.Contains('\'') ? $"'{s.Replace("'", "'\\''")}'" : s;

    /// <summary>
    /// <c>newsnlp train events --cameo DIR --out DIR</c>: packs the CAMEO verb dictionary and the
    /// Phoenix actor and agent dictionaries of <c>shared/data/cameo</c> into an event model (nothing
    /// is learned; the command exists so the shipped file is reproducible).
    /// </summary>
    private static int TrainEvents(string[] args, string commandLine, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "cameo", "gazetteers", "out", "name", "conflibert", "gold" }, new HashSet<string>());
        string dir = a.Require("cameo"), outDir = a.Require("out"), gazetteers = a.Require("gazetteers");
        string places = Path.Combine(gazetteers, "cities1000.tsv"), countries = Path.Combine(gazetteers, "countries.csv");
        string verbs = Path.Combine(dir, "CAMEO.2.0.txt"), agents = Path.Combine(dir, "Phoenix.agents.txt");
        string[] actors = [Path.Combine(dir, "Phoenix.Countries.actors.txt"), Path.Combine(dir, "Phoenix.International.actors.txt"), Path.Combine(dir, "Phoenix.MilNonState.actors.txt")];
        foreach (var f in actors.Append(verbs).Append(agents).Append(places).Append(countries))
            if (!File.Exists(f)) throw new InputException($"{f}: no such file");
        var manifest = new NewsNlp.Models.ModelManifest
        {
            Name = a.Get("name") ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = "PETRARCH-2 dictionaries (MIT): CAMEO.2.0.txt (verbs and patterns), Phoenix.Countries/International/MilNonState.actors.txt (actors with dated codes), Phoenix.agents.txt (agents); GeoNames cities1000.tsv rows with population >= 15,000 or capitals/regional seats (CC BY 4.0, GeoNames); countries.csv (ISO 3166, MIT)",
            TrainingCommand = commandLine,
            FeatureSet = "dictionary model: no learned weights",
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        NewsNlp.Events.EventModel model;
        try { model = NewsNlp.Training.Events.EventModelBuilder.FromFiles(manifest, verbs, actors, agents, places, countries); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        model = model.WithManifest(model.Manifest
            .WithTraining("verbs", model.Verbs.Verbs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("actors", model.Actors.Actors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("agent_phrases", model.Actors.AgentPhraseCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("place_names", model.Places.PlaceNameCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("countries", model.Places.CountryCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The learned candidate scorer, when its training data is given (both or neither).
        string? conflibert = a.Get("conflibert"), gold = a.Get("gold");
        if (conflibert is not null || gold is not null)
        {
            if (conflibert is null || gold is null) throw new UsageException("train events needs both --conflibert FILE and --gold FILE to train the event scorer (or neither).");
            model = EventScorerTraining.Train(model, conflibert, gold, stdout, out var scores);
            var m = model.Manifest with
            {
                FeatureSet = "dictionaries + candidate scorer: logistic regression over CAMEO root/code, verb, actor and target kinds, zone, modality, polarity, date source, position, repeats",
                TrainingData = model.Manifest.TrainingData + "; scorer: ConfliBERT CAMEO train split (source/target spans; UT Dallas, GPL-3.0 repository; the sentences are used for training only and not shipped) and the dev half of the NewsNlp gold event set",
            };
            foreach (var (k, v) in scores) m = m.WithTraining(k, v);
            model = model.WithManifest(m);
        }
        Directory.CreateDirectory(outDir);
        string path = Path.Combine(outDir, "model.nnlp");
        model.Save(path);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine($"{path}: {model.Verbs.Verbs.Count} verbs, {model.Actors.Actors.Count} actors, {model.Actors.AgentPhraseCount} agent phrases, {new FileInfo(path).Length / 1024} KiB");
        return CliMain.ExitOk;
    }

    private static int Int(CliArgs a, string name, int fallback)
    {
        string? v = a.Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out int x) && x >= 0 ? x : throw new UsageException($"--{name} must be a whole number.");
    }
}
