using System.Text;
using NewsNlp.Models;
using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train pos|parse</c>, <c>eval pos|parse</c> and <c>parse</c>.</summary>
internal static class SyntaxCommands
{
    public static int Train(string task, string[] args, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArgs.Parse(args,
            new HashSet<string> { "train", "dev", "out", "name", "epochs", "patience", "seed", "min-count", "clusters", "tagger", "jackknife", "explore-from", "test", "prune", "ensemble", "unlabeled", "unlabeled-max" },
            new HashSet<string>());
        string trainPath = a.Require("train"), devPath = a.Require("dev"), outDir = a.Require("out");
        foreach (var p in new[] { trainPath, devPath }) if (!File.Exists(p)) throw new InputException($"{p}: no such file");
        var train = ReadConllu(trainPath);
        var dev = ReadConllu(devPath);
        var options = new SyntaxTrainingOptions
        {
            MaxEpochs = Int(a, "epochs", task == "pos" ? 12 : 15),
            Patience = Int(a, "patience", 3),
            Seed = Int(a, "seed", 13),
            MinFeatureCount = Int(a, "min-count", task == "pos" ? 1 : 2),
            JackknifeFolds = Int(a, "jackknife", 4),
            ExploreFromEpoch = Int(a, "explore-from", 2),
            Ensemble = Math.Max(1, Int(a, "ensemble", 1)),
            UnlabeledMax = Int(a, "unlabeled-max", 40_000),
            Log = stderr,
        };
        if (a.Get("unlabeled") is { } unlabeled)
        {
            if (task != "parse") throw new UsageException("--unlabeled is for train parse.");
            // A folder (every *.txt.gz in it, in name order) or comma-separated files.
            options.Unlabeled = Directory.Exists(unlabeled)
                ? Directory.GetFiles(unlabeled, "*.txt.gz").Order(StringComparer.Ordinal).ToArray()
                : unlabeled.Split(',', StringSplitOptions.RemoveEmptyEntries);
            foreach (var f in options.Unlabeled) if (!File.Exists(f)) throw new InputException($"{f}: no such file");
            if (options.Unlabeled.Count == 0) throw new InputException($"{unlabeled}: no *.txt.gz files");
        }
        var manifest = new ModelManifest
        {
            Name = a.Get("name") ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingCommand = commandLine,
            Created = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd"),
        };
        SyntaxModel model;
        // The tagger (and lemmatizer) step, shared by "train pos" and by "train parse" without --tagger.
        string clustersFrom = a.Get("clusters") ?? "en-news";
        SyntaxModel TrainTagger(ModelManifest taggerManifest, SyntaxTrainingOptions taggerOptions)
        {
            taggerManifest = taggerManifest with
            {
                TrainingData = $"train: {Path.GetFileName(trainPath)} ({train.Count:N0} sentences); early stopping on {Path.GetFileName(devPath)}; word clusters from the {clustersFrom} recognizer model",
                FeatureSet = TaggerFeatureSet,
            };
            return SyntaxTrainer.TrainTagger(train, dev, ModelLocator.LoadNer(clustersFrom), taggerManifest, taggerOptions);
        }
        if (task == "pos")
        {
            model = TrainTagger(manifest, options);
        }
        else
        {
            // Without --tagger, the tagger and lemmatizer are trained first (train pos defaults), so
            // one command rebuilds the whole model.
            var tagging = a.Get("tagger") is { } taggerModel
                ? ModelLocator.LoadSyntax(taggerModel)
                : TrainTagger(new ModelManifest { Name = manifest.Name },
                    new SyntaxTrainingOptions { MaxEpochs = 12, Patience = 3, Seed = options.Seed, MinFeatureCount = 1, Log = stderr });
            manifest = manifest with { TrainingData = tagging.Manifest.TrainingData + $"; parser: {Path.GetFileName(trainPath)} ({train.Count:N0} sentences), {options.JackknifeFolds}-fold jackknifed tags, selected on {Path.GetFileName(devPath)} LAS" };
            manifest = manifest with { FeatureSet = tagging.Manifest.FeatureSet + "; parser: arc-hybrid, root last, dynamic oracle with exploration, Zhang & Nivre (2011) features + clusters, non-projective training arcs lifted"
                + (options.Unlabeled.Count > 0 ? $", tri-training: up to {options.UnlabeledMax:N0} sentences of {string.Join(", ", options.Unlabeled.Select(Path.GetFileName))} on which a left-to-right and a right-to-left parser agree" : "") + (options.Ensemble > 1 ? $", {options.Ensemble} perceptrons trained on different shuffles merged by weight averaging" : "") };
            if (a.Get("tagger") is not null) manifest = manifest with { TrainingCommand = tagging.Manifest.TrainingCommand + " && " + commandLine };
            model = SyntaxTrainer.TrainParser(train, dev, tagging, manifest, options);
            if (a.Get("prune") is { } prune)
            {
                // Small averaged weights barely move a decision; dropping them makes the table fit the cache better.
                if (!float.TryParse(prune, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float threshold) || threshold < 0)
                    throw new UsageException("--prune must be a non-negative number.");
                (model, int before, int after) = SyntaxTrainer.PruneParser(model, threshold);
                stderr.WriteLine($"pruned parser weights below {threshold}: {before:N0} -> {after:N0}");
                var devScore = SyntaxTrainer.Score(model, dev);
                model = model.WithManifest(model.Manifest.WithScore("dev.uas", Math.Round(devScore.Uas, 2)).WithScore("dev.las", Math.Round(devScore.Las, 2)));
                stderr.WriteLine($"dev after pruning: UAS {devScore.Uas:F2} LAS {devScore.Las:F2}");
            }
        }
        // Scores in the manifest are those of the saved file (weights are stored in half precision).
        model = RoundTrip(model);
        model = model.WithManifest(Record(model.Manifest, "dev", SyntaxTrainer.Score(model, dev), model.HasParser));
        if (a.Get("test") is { } testPath)
        {
            var score = SyntaxTrainer.Score(model, ReadConllu(testPath));
            model = model.WithManifest(Record(model.Manifest, "test", score, model.HasParser));
            stderr.WriteLine("test: " + Report(score, model.HasParser));
        }
        Directory.CreateDirectory(outDir);
        string file = Path.Combine(outDir, ModelLocator.FileName);
        model.Save(file);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine($"saved {file} ({new FileInfo(file).Length / 1048576.0:F1} MB)");
        return CliMain.ExitOk;
    }

    public static int Eval(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "model", "data" }, new HashSet<string>());
        string data = a.Require("data");
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        var model = ModelLocator.LoadSyntax(a.Get("model") ?? "en-ewt");
        var gold = ReadConllu(data).Where(ConlluCorpus.HasTree).ToList();
        var score = SyntaxTrainer.Score(model, gold);
        stdout.WriteLine($"words {score.Words}");
        stdout.WriteLine(Report(score, model.HasParser));
        return CliMain.ExitOk;
    }

    /// <summary><c>newsnlp parse --input FILE.conllu</c>: CoNLL-U in, the same sentences and forms out with predicted columns.</summary>
    public static int Parse(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "model", "input", "output" }, new HashSet<string>());
        string input = a.Require("input");
        if (!File.Exists(input)) throw new InputException($"{input}: no such file");
        var model = ModelLocator.LoadSyntax(a.Get("model") ?? "en-ewt");
        var annotator = new SyntaxAnnotator(model);
        var sentences = ReadConllu(input, checkTrees: false);
        TextWriter output = a.Get("output") is { } path ? Output.OutputFile.Create(path) : stdout;
        try
        {
            foreach (var s in sentences)
            {
                var predicted = annotator.Annotate(s.Forms);
                int word = 0;
                for (int li = 0; li < s.Lines.Count; li++)
                {
                    string line = s.Lines[li];
                    if (word < s.WordLines.Count && s.WordLines[word] == li)
                    {
                        var c = line.Split('\t');
                        var p = predicted[word++];
                        output.Write(string.Join('\t', c[0], c[1], p.Lemma, p.Upos, p.Xpos, "_",
                            (p.Head + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Relation ?? "_", "_", c[9]));
                        output.Write('\n');
                    }
                    else if (line.StartsWith('#') || line.Split('\t')[0].Contains('-'))
                    {
                        output.Write(line);
                        output.Write('\n');
                    }
                    else
                    {
                        // An empty node (enhanced graphs only): keep its id, form and MISC, drop the gold columns.
                        var c = line.Split('\t');
                        output.Write(string.Join('\t', c[0], c[1], "_", "_", "_", "_", "_", "_", "_", c[9]));
                        output.Write('\n');
                    }
                }
                output.Write('\n');
            }
        }
        finally
        {
            if (!ReferenceEquals(output, stdout)) output.Dispose();
        }
        return CliMain.ExitOk;
    }

    private const string TaggerFeatureSet = "tagger: word, lower case, affixes 1-4/1-3, shapes, ±2 words, two-tag history, clusters, ambiguity classes of w0..w+2; "
        + "tag dictionary (≥20 occurrences, ≥99.5% one tag); lemmatizer: exceptions + suffix rules by XPOS";

    /// <summary>A copy of <paramref name="manifest"/> with the scores of <paramref name="split"/>.</summary>
    private static ModelManifest Record(ModelManifest manifest, string split, SyntaxScore score, bool parser)
    {
        manifest = manifest.WithScore(split + ".upos", Math.Round(score.Upos, 2))
            .WithScore(split + ".xpos", Math.Round(score.Xpos, 2))
            .WithScore(split + ".lemma", Math.Round(score.Lemma, 2));
        return parser ? manifest.WithScore(split + ".uas", Math.Round(score.Uas, 2)).WithScore(split + ".las", Math.Round(score.Las, 2)) : manifest;
    }

    private static SyntaxModel RoundTrip(SyntaxModel model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        return SyntaxModel.Load(buffer, "trained model");
    }

    private static string Report(SyntaxScore s, bool parser) =>
        $"UPOS {s.Upos:F2} XPOS {s.Xpos:F2} LEMMA {s.Lemma:F2}" + (parser ? $"\nUAS {s.Uas:F2} LAS {s.Las:F2}" : "");

    private static List<ConlluSentence> ReadConllu(string path, bool checkTrees = true)
    {
        try { return ConlluCorpus.Read(path, checkTrees); }
        catch (InvalidDataException e) { throw new InputException(e.Message, e); }
    }

    private static int Int(CliArgs a, string name, int fallback)
    {
        string? v = a.Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out int x) && x >= 0 ? x : throw new UsageException($"--{name} must be a whole number.");
    }
}
