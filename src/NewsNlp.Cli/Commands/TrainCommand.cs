using System.CommandLine;
using NewsNlp.Entities;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Ner;
using NewsNlp.Training.Resources;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train ner</c> and <c>newsnlp train events</c>.</summary>
internal static class TrainCommand
{
    /// <summary><c>newsnlp train ner --train F[,F] --dev F --out DIR</c>.</summary>
    public static Command CreateNer(CliContext io)
    {
        var o = new NerOptions();
        var command = new Command("ner", "Train an entity recognizer.")
        {
            o.Train, o.Dev, o.Out, o.Name, o.Epochs, o.Patience, o.Ensemble, o.Seed, o.MinCount, o.Temperature, o.Test, o.Resources, o.Shared,
            o.NoGazetteers, o.NoClusters, o.Labels, o.Note,
        };
        command.SetAction(r => TrainNer(r, o, io));
        return command;
    }

    private sealed class NerOptions
    {
        public readonly Option<string> Train = CliOptions.Value("--train", "F[,F]", "Training file(s): CoNLL-2003 (IOB1), OntoNotes .ner (BIO; documents from the sibling .docs.tsv) "
            + "or any word ... tag column file (BIO/BILOU); several separated by commas (e.g. train and dev for a final model).", required: true);
        public readonly Option<string> Dev = CliOptions.Value("--dev", "F", "Development file: early stopping and confidence calibration.", required: true);
        public readonly Option<string> Out = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json.", required: true);
        public readonly Option<string> Name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        public readonly Option<int?> Epochs = CliOptions.Whole("--epochs", "Most epochs (30).");
        public readonly Option<int?> Patience = CliOptions.Whole("--patience", "Stop after N epochs without a better dev F1 (3; 0 trains exactly --epochs epochs).");
        public readonly Option<int?> Ensemble = CliOptions.Whole("--ensemble", "Train N perceptrons with seeds S..S+N-1 and average them (1).");
        public readonly Option<int?> Seed = CliOptions.Whole("--seed", "Shuffling seed (13): same seed and data, same model.", helpName: "S");
        public readonly Option<int?> MinCount = CliOptions.Whole("--min-count", "Drop features seen fewer than N times (2).");
        public readonly Option<double?> Temperature = CliOptions.Number("--temperature", "Fix the confidence temperature instead of fitting it on dev.", exclusive: true,
            error: "--temperature must be a positive number.", helpName: "T");
        public readonly Option<string> Test = CliOptions.Value("--test", "F", "Also score F and record it in the manifest.");
        public readonly Option<string> Resources = CliOptions.Value("--resources", "DIR", "Folder with gazetteers/, cameo/ and unlabeled/ (needed unless both --no-gazetteers and --no-clusters are given).");
        // The option's earlier name, kept so that recorded training commands still run.
        public readonly Option<string> Shared = CliOptions.Value("--shared", "DIR", "The earlier name of --resources.");
        public readonly Option<bool> NoGazetteers = CliOptions.Flag("--no-gazetteers", "Leave the gazetteer features out.");
        public readonly Option<bool> NoClusters = CliOptions.Flag("--no-clusters", "Leave the word-cluster features out.");
        public readonly Option<string> Labels = CliOptions.Value("--labels", "A,B", "Fine labels to keep, comma separated (default: every label in the training data).");
        public readonly Option<string> Note = CliOptions.Value("--note", "TEXT", "Appended to the manifest's training-data description.");
    }

    private static int TrainNer(ParseResult a, NerOptions o, CliContext io)
    {
        TextWriter stdout = io.Out, stderr = io.Error;
        string trainPath = a.GetRequiredValue(o.Train), devPath = a.GetRequiredValue(o.Dev), outDir = a.GetRequiredValue(o.Out);
        // --train takes one file or several separated by commas (e.g. train and dev for a final model).
        var trainPaths = trainPath.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var p in trainPaths.Append(devPath))
            if (!File.Exists(p)) throw new InputException($"{p}: no such file");
        int epochs = a.GetValue(o.Epochs) ?? 30, patience = a.GetValue(o.Patience) ?? 3, seed = a.GetValue(o.Seed) ?? 13, minCount = a.GetValue(o.MinCount) ?? 2;

        var train = trainPaths.SelectMany(p => TaggedCorpus.Read(p)).ToList();
        var dev = TaggedCorpus.Read(devPath);
        bool gazetteers = !a.GetValue(o.NoGazetteers), clusters = !a.GetValue(o.NoClusters);
        string? resources = gazetteers || clusters ? ModelLocator.ResourcesFolder(a.GetValue(o.Resources) ?? a.GetValue(o.Shared)) : null;
        var options = new NerTrainingOptions
        {
            Name = a.GetValue(o.Name) ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            MaxEpochs = epochs,
            Patience = patience,
            Seed = seed,
            Ensemble = a.GetValue(o.Ensemble) ?? 1,
            Temperature = (float?)a.GetValue(o.Temperature),
            MinFeatureCount = minCount,
            Labels = a.GetValue(o.Labels)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            TrainingData = $"train: {string.Join(" + ", trainPaths.Select(Path.GetFileName))} ({train.Sum(d => d.Sentences.Count):N0} sentences); "
                + (patience == 0 ? $"fixed {epochs} epochs, no early stopping" : $"early stopping on {Path.GetFileName(devPath)}")
                + (a.GetValue(o.Temperature) is null ? $"; confidence calibration on {Path.GetFileName(devPath)}" : $"; confidence temperature fixed at {a.GetResult(o.Temperature)!.Tokens[0].Value}")
                + (gazetteers ? "; gazetteers from the resources folder's gazetteers/ and cameo/" : "")
                + (clusters ? "; word clusters induced from the resources folder's unlabeled/" : ""),
            TrainingCommand = io.CommandLine,
            Log = stderr,
        };
        var model = NerTrainer.Train(train, dev, resources, gazetteers, clusters, options);
        if (trainPaths.Any(p => Path.GetFullPath(p) == Path.GetFullPath(devPath)))
        {
            // The dev split was trained on: its score says nothing about accuracy, so it is not recorded.
            model = model.WithManifest(model.Manifest.WithoutScore("dev.f1"));
            stderr.WriteLine("note: the dev file is part of the training data; no dev score is recorded");
        }
        if (a.GetValue(o.Note) is { } note) model = model.WithManifest(model.Manifest with { TrainingData = model.Manifest.TrainingData + "; " + note });
        if (a.GetValue(o.Test) is { } testPath)
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

    /// <summary>
    /// <c>newsnlp train events --cameo DIR --out DIR</c>: packs the CAMEO verb dictionary and the
    /// Phoenix actor and agent dictionaries of the <c>--cameo</c> folder into an event model (nothing
    /// is learned; the command exists so the shipped file is reproducible).
    /// </summary>
    public static Command CreateEvents(CliContext io)
    {
        var cameo = CliOptions.Value("--cameo", "DIR", "The PETRARCH-2 dictionaries: CAMEO.2.0.txt, Phoenix.agents.txt and the Phoenix Countries, International and MilNonState actor files.", required: true);
        var gazetteers = CliOptions.Value("--gazetteers", "DIR", "GeoNames cities1000.tsv and countries.csv.", required: true);
        var output = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json.", required: true);
        var name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        var conflibertOption = CliOptions.Value("--conflibert", "FILE", "ConfliBERT CAMEO train sentences (JSON Lines): with --gold, learn the candidate scorer.");
        var goldOption = CliOptions.Value("--gold", "FILE", "Gold events, dev half (the annotation guide's JSON Lines): with --conflibert, learn the candidate scorer and pick its threshold.");
        var additionsOption = CliOptions.Value("--verbs-extra", "FILE", "Verb families and patterns in CAMEO.2.0.txt's format added to it (a family named again gains members and patterns); the shipped model uses models/en-events/cameo-additions.txt.");
        var command = new Command("events", "Pack the event model (CAMEO verbs, Phoenix actors, places); with --conflibert and --gold, learn its candidate scorer.")
            { cameo, gazetteers, output, name, conflibertOption, goldOption, additionsOption };
        command.SetAction(r => TrainEvents(r.GetRequiredValue(cameo), r.GetRequiredValue(gazetteers), r.GetRequiredValue(output), r.GetValue(name),
            r.GetValue(conflibertOption), r.GetValue(goldOption), r.GetValue(additionsOption), io.CommandLine, io.Out));
        return command;
    }

    private static int TrainEvents(string dir, string gazetteers, string outDir, string? name, string? conflibert, string? gold, string? additions, string commandLine, TextWriter stdout)
    {
        string places = Path.Combine(gazetteers, "cities1000.tsv"), countries = Path.Combine(gazetteers, "countries.csv");
        string verbs = Path.Combine(dir, "CAMEO.2.0.txt"), agents = Path.Combine(dir, "Phoenix.agents.txt");
        string[] actors = [Path.Combine(dir, "Phoenix.Countries.actors.txt"), Path.Combine(dir, "Phoenix.International.actors.txt"), Path.Combine(dir, "Phoenix.MilNonState.actors.txt")];
        foreach (var f in actors.Append(verbs).Append(agents).Append(places).Append(countries).Concat(additions is null ? [] : [additions]))
            if (!File.Exists(f)) throw new InputException($"{f}: no such file");
        var manifest = new NewsNlp.Models.ModelManifest
        {
            Name = name ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = "PETRARCH-2 dictionaries (MIT): CAMEO.2.0.txt (verbs and patterns"
                + (additions is null ? "" : ", with NewsNlp's additions in " + Path.GetFileName(additions)) + "), Phoenix.Countries/International/MilNonState.actors.txt (actors with dated codes), Phoenix.agents.txt (agents); GeoNames cities1000.tsv rows with population >= 15,000 or capitals/regional seats (CC BY 4.0, GeoNames); countries.csv (ISO 3166, MIT)",
            TrainingCommand = commandLine,
            FeatureSet = "dictionary model: no learned weights",
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        NewsNlp.Events.EventModel model;
        try { model = NewsNlp.Training.Events.EventModelBuilder.FromFiles(manifest, verbs, actors, agents, places, countries, verbAdditionsFile: additions); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        model = model.WithManifest(model.Manifest
            .WithTraining("verbs", model.Verbs.Verbs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("actors", model.Actors.Actors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("agent_phrases", model.Actors.AgentPhraseCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("place_names", model.Places.PlaceNameCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithTraining("countries", model.Places.CountryCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The learned candidate scorer, when its training data is given (both or neither).
        if (conflibert is not null || gold is not null)
        {
            if (conflibert is null || gold is null) throw new UsageException("train events needs both --conflibert FILE and --gold FILE to train the event scorer (or neither).");
            model = EventScorerTraining.Train(model, conflibert, gold, stdout, out var scores);
            var m = model.Manifest with
            {
                FeatureSet = "dictionaries + candidate scorer: logistic regression over CAMEO root/code, verb, actor and target kinds, zone, modality, polarity, date source, position, repeats, the words and word pairs from actor to target"
                    + " + event class: five-way logistic regression over CAMEO code, root and class, verb, modality, polarity, the words and word pairs from actor to target and the rest of the sentence's words and word pairs",
                TrainingData = model.Manifest.TrainingData + "; scorer: ConfliBERT CAMEO train split (source/target spans; UT Dallas, GPL-3.0 repository; the sentences are used for training only and not shipped) and the dev half of the NewsNlp gold event set"
                    + "; event class: the ConfliBERT CAMEO train split's PentaClass labels",
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
}
