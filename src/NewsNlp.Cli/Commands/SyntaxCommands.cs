using System.CommandLine;
using System.Text;
using NewsNlp.Models;
using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train pos|parse</c>, <c>eval pos|parse</c> and <c>parse</c>.</summary>
internal static class SyntaxCommands
{
    /// <summary><c>newsnlp train pos|parse --train F --dev F --out DIR</c>.</summary>
    public static Command CreateTrain(string task, CliContext io)
    {
        var o = new TrainOptions(task);
        var command = task == "pos"
            ? new Command("pos", "Train the tagger and lemmatizer.") { o.Train, o.Dev, o.Out, o.Name, o.Clusters, o.Epochs, o.Patience, o.Seed, o.MinCount, o.Test }
            : new Command("parse", "Train a parser on top of a tagger (without --tagger, the tagger and lemmatizer are trained first).")
            {
                o.Train, o.Dev, o.Out, o.Name, o.Tagger, o.Clusters, o.Epochs, o.Patience, o.Seed, o.MinCount, o.Jackknife, o.ExploreFrom, o.Prune, o.Ensemble,
                o.Unlabeled, o.UnlabeledMax, o.Treebank, o.TreebankGenres, o.TreebankSkipFold, o.WriteTreebank, o.Test,
            };
        command.SetAction(r => Train(task, r, o, io.CommandLine, io.Out, io.Error));
        return command;
    }

    private sealed class TrainOptions(string task)
    {
        public readonly Option<string> Train = CliOptions.Value("--train", "F", "CoNLL-U training file (UD English EWT train).", required: true);
        public readonly Option<string> Dev = CliOptions.Value("--dev", "F", "CoNLL-U development file (UD English EWT dev): early stopping.", required: true);
        public readonly Option<string> Out = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json.", required: true);
        public readonly Option<string> Name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        public readonly Option<string> Tagger = CliOptions.Value("--tagger", "M", "The tagging model to add a parser to (its output keeps both); without it the tagger and lemmatizer are trained first (train pos defaults).");
        public readonly Option<string> Clusters = CliOptions.Value("--clusters", "M", "Recognizer model whose word clusters the tagger's features use (en-news).");
        public readonly Option<int?> Epochs = CliOptions.Whole("--epochs", $"Most epochs ({(task == "pos" ? 12 : 15)}).");
        public readonly Option<int?> Patience = CliOptions.Whole("--patience", "Stop after N epochs without a better dev score (3).");
        public readonly Option<int?> Seed = CliOptions.Whole("--seed", "Shuffling seed (13).", helpName: "S");
        public readonly Option<int?> MinCount = CliOptions.Whole("--min-count", $"Drop features seen fewer than N times ({(task == "pos" ? 1 : 2)}).");
        public readonly Option<int?> Jackknife = CliOptions.Whole("--jackknife", "Train on tags from K jackknifed taggers (4; 0: gold tags).", helpName: "K");
        public readonly Option<int?> ExploreFrom = CliOptions.Whole("--explore-from", "Follow own mistakes from epoch E (2).", helpName: "E");
        public readonly Option<double?> Prune = CliOptions.Number("--prune", "Drop parser weights smaller than T in magnitude (smaller, faster).", error: "--prune must be a non-negative number.", helpName: "T");
        public readonly Option<int?> Ensemble = CliOptions.Whole("--ensemble", "K perceptrons on different shuffles, merged by weight averaging (1).", helpName: "K");
        public readonly Option<string> Unlabeled = CliOptions.Value("--unlabeled", "D|F,F", "Tri-training on raw text (gzipped, one paragraph a line; a folder's *.txt.gz or files): "
            + "sentences on which a left-to-right and a right-to-left parser agree join the training data. With --tagger, that model's parser is the left-to-right one.");
        public readonly Option<int?> UnlabeledMax = CliOptions.Whole("--unlabeled-max", "Most tri-training sentences (40000).");
        public readonly Option<string> Test = CliOptions.Value("--test", "F", "Also score F and record it in the manifest.");
        public readonly Option<string> Treebank = CliOptions.Value("--treebank", "F[,F]", "More parser training trees: CoNLL-2012 *gold_conll files (OntoNotes; gzipped or not), "
            + "their constituency trees converted to UD as EWT writes it; tagged by the model's own tagger.");
        public readonly Option<string> TreebankGenres = CliOptions.Value("--treebank-genres", "G[,G]", "Only these OntoNotes genres of --treebank (nw, bn, mz, bc, wb, tc; default all).");
        public readonly Option<string> TreebankSkipFold = CliOptions.Value("--treebank-skip-fold", "k/K", "Leave out the --treebank documents of jackknife fold k of K (0 <= k < K): "
            + "a parser for the role and coreference trainers' --syntax-folds, which read each document's trees from the parser that never saw it.");
        public readonly Option<string> WriteTreebank = CliOptions.Value("--write-treebank", "F", "Write the --treebank trees, converted, as CoNLL-U to F and train nothing.");
    }

    private static int Train(string task, ParseResult a, TrainOptions o, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        string trainPath = a.GetRequiredValue(o.Train), devPath = a.GetRequiredValue(o.Dev), outDir = a.GetRequiredValue(o.Out);
        foreach (var p in new[] { trainPath, devPath }) if (!File.Exists(p)) throw new InputException($"{p}: no such file");
        var train = ReadConllu(trainPath);
        var dev = ReadConllu(devPath);
        var options = new SyntaxTrainingOptions
        {
            MaxEpochs = a.GetValue(o.Epochs) ?? (task == "pos" ? 12 : 15),
            Patience = a.GetValue(o.Patience) ?? 3,
            Seed = a.GetValue(o.Seed) ?? 13,
            MinFeatureCount = a.GetValue(o.MinCount) ?? (task == "pos" ? 1 : 2),
            JackknifeFolds = a.GetValue(o.Jackknife) ?? 4,
            ExploreFromEpoch = a.GetValue(o.ExploreFrom) ?? 2,
            Ensemble = Math.Max(1, a.GetValue(o.Ensemble) ?? 1),
            UnlabeledMax = a.GetValue(o.UnlabeledMax) ?? 40_000,
            Log = stderr,
        };
        if (a.GetValue(o.Unlabeled) is { } unlabeled)
        {
            // A folder (every *.txt.gz in it, in name order) or comma-separated files.
            options.Unlabeled = Directory.Exists(unlabeled)
                ? Directory.GetFiles(unlabeled, "*.txt.gz").Order(StringComparer.Ordinal).ToArray()
                : unlabeled.Split(',', StringSplitOptions.RemoveEmptyEntries);
            foreach (var f in options.Unlabeled) if (!File.Exists(f)) throw new InputException($"{f}: no such file");
            if (options.Unlabeled.Count == 0) throw new InputException($"{unlabeled}: no *.txt.gz files");
        }
        if (task == "parse" && a.GetValue(o.Treebank) is { } treebank)
        {
            var trees = new List<ConlluSentence>();
            var genres = a.GetValue(o.TreebankGenres)?.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var skipFold = a.GetValue(o.TreebankSkipFold) is { } sf ? ParseFold(sf) : ((int, int)?)null;
            foreach (var f in treebank.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!File.Exists(f)) throw new InputException($"{f}: no such file");
                try { trees.AddRange(OntoNotesTreebank.Read(f, genres, skipFold)); }
                catch (InvalidDataException e) { throw new InputException(e.Message, e); }
            }
            stderr.WriteLine($"treebank: {trees.Count:N0} sentences converted from {treebank}");
            if (a.GetValue(o.WriteTreebank) is { } writeTo)
            {
                using var w = new StreamWriter(writeTo);
                foreach (var t in trees)
                {
                    foreach (var l in t.Lines) w.WriteLine(l);
                    w.WriteLine();
                }
                stderr.WriteLine($"wrote {writeTo}");
                return CliMain.ExitOk;
            }
            options.Treebank = trees;
        }
        var manifest = new ModelManifest
        {
            Name = a.GetValue(o.Name) ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingCommand = commandLine,
            Created = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd"),
        };
        SyntaxModel model;
        // The tagger (and lemmatizer) step, shared by "train pos" and by "train parse" without --tagger.
        string clustersFrom = a.GetValue(o.Clusters) ?? "en-news";
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
            var tagging = a.GetValue(o.Tagger) is { } taggerModel
                ? ModelLocator.LoadSyntax(taggerModel)
                : TrainTagger(new ModelManifest { Name = manifest.Name },
                    new SyntaxTrainingOptions { MaxEpochs = 12, Patience = 3, Seed = options.Seed, MinFeatureCount = 1, Log = stderr });
            // A --tagger model that parses already brings its own parser's description: keep only its tagger's.
            static string TaggerPart(string? s) => s is null ? "" : s.IndexOf("; parser:", StringComparison.Ordinal) is var i and >= 0 ? s[..i] : s;
            string treebankNote = options.Treebank.Count > 0
                ? $" + {options.Treebank.Count:N0} OntoNotes trees converted to UD from {string.Join(", ", a.GetValue(o.Treebank)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName))}"
                  + (a.GetValue(o.TreebankGenres) is { } g ? $" (genres {g})" : "")
                  + (a.GetValue(o.TreebankSkipFold) is { } skipped ? $" without jackknife fold {skipped}" : "") + ", tagged by the model's own tagger"
                : "";
            manifest = manifest with { TrainingData = TaggerPart(tagging.Manifest.TrainingData) + $"; parser: {Path.GetFileName(trainPath)} ({train.Count:N0} sentences){treebankNote}, {options.JackknifeFolds}-fold jackknifed tags, selected on {Path.GetFileName(devPath)} LAS" };
            manifest = manifest with { FeatureSet = TaggerPart(tagging.Manifest.FeatureSet) + "; parser: arc-hybrid, root last, dynamic oracle with exploration, Zhang & Nivre (2011) features + clusters, non-projective training arcs lifted"
                + (options.Unlabeled.Count > 0 ? $", tri-training: up to {options.UnlabeledMax:N0} sentences of {string.Join(", ", options.Unlabeled.Select(Path.GetFileName))} on which a left-to-right and a right-to-left parser agree" : "") + (options.Ensemble > 1 ? $", {options.Ensemble} perceptrons trained on different shuffles merged by weight averaging" : "") };
            if (a.GetValue(o.Tagger) is not null) manifest = manifest with { TrainingCommand = tagging.Manifest.TrainingCommand + " && " + commandLine };
            model = SyntaxTrainer.TrainParser(train, dev, tagging, manifest, options);
            if (a.GetValue(o.Prune) is { } prune)
            {
                // Small averaged weights barely move a decision; dropping them makes the table fit the cache better.
                float threshold = (float)prune;
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
        if (a.GetValue(o.Test) is { } testPath)
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

    /// <summary><c>newsnlp eval pos|parse --model M --data F.conllu</c> (the same scores: UPOS, XPOS, lemma, and UAS, LAS when the model parses).</summary>
    public static Command CreateEval(string task, CliContext io)
    {
        var model = CliOptions.Value("--model", "M", "Syntax model name, folder or file (default: en-ewt).");
        var data = CliOptions.Value("--data", "F", "A CoNLL-U file with gold trees.", required: true);
        var accurate = AccurateFlag();
        var command = new Command(task, "Score UPOS, XPOS, lemma, UAS, LAS (CoNLL 2018).") { model, data, accurate };
        command.SetAction(r => Eval(r.GetValue(model), r.GetRequiredValue(data), r.GetValue(accurate), io.Out));
        return command;
    }

    private static Option<bool> AccurateFlag() => CliOptions.Flag("--accurate",
        "The accurate tier's transformer (implied by --model en-ewt-trf); M is then en-ewt-trf (default) or a transformer model file.");

    private static IReadOnlyList<WordSyntax[]> AnnotateAccurately(string? modelName, List<ConlluSentence> sentences) =>
        AccurateLocator.Trees(modelName, sentences.Select(s => (IReadOnlyList<string>)s.Forms));

    private static int Eval(string? modelName, string data, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        if (AccurateLocator.Wanted(accurate, modelName))
        {
            var sentences = ReadConllu(data).Where(ConlluCorpus.HasTree).ToList();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var predicted = AnnotateAccurately(modelName, sentences);
            clock.Stop();
            var counter = new SyntaxScore.Counter();
            for (int i = 0; i < sentences.Count; i++) counter.Add(sentences[i], predicted[i]);
            var result = counter.Result;
            Console.Error.WriteLine($"newsnlp: {result.Words:N0} words in {clock.Elapsed.TotalSeconds:F1} s ({result.Words / clock.Elapsed.TotalSeconds:N0} words/s)");
            stdout.WriteLine($"words {result.Words}");
            stdout.WriteLine(Report(result, parser: true));
            return CliMain.ExitOk;
        }
        var model = ModelLocator.LoadSyntax(modelName ?? "en-ewt");
        var gold = ReadConllu(data).Where(ConlluCorpus.HasTree).ToList();
        var score = SyntaxTrainer.Score(model, gold);
        stdout.WriteLine($"words {score.Words}");
        stdout.WriteLine(Report(score, model.HasParser));
        return CliMain.ExitOk;
    }

    /// <summary><c>newsnlp parse --input FILE.conllu</c>: CoNLL-U in, the same sentences and forms out with predicted columns.</summary>
    public static Command CreateParse(CliContext io)
    {
        var model = CliOptions.Value("--model", "M", "Syntax model name, folder or file (default: en-ewt).");
        var input = CliOptions.Value("--input", "F", "CoNLL-U; sentences, comments, word forms and multi-word token lines are kept; LEMMA, UPOS, XPOS, HEAD, DEPREL "
            + "are predicted (FEATS, DEPS: _).", required: true);
        var output = CliOptions.Value("--output", "F", "Write to F instead of standard output.");
        var accurate = AccurateFlag();
        var command = new Command("parse", "Tag, lemmatize and parse a CoNLL-U file's words.") { model, input, output, accurate };
        command.SetAction(r => Parse(r.GetValue(model), r.GetRequiredValue(input), r.GetValue(output), r.GetValue(accurate), io.Out));
        return command;
    }

    private static int Parse(string? modelName, string input, string? outputPath, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(input)) throw new InputException($"{input}: no such file");
        var sentences = ReadConllu(input, checkTrees: false);
        Func<int, WordSyntax[]> annotate;
        if (AccurateLocator.Wanted(accurate, modelName))
        {
            var all = AnnotateAccurately(modelName, sentences);
            annotate = i => all[i];
        }
        else
        {
            var annotator = new SyntaxAnnotator(ModelLocator.LoadSyntax(modelName ?? "en-ewt"));
            annotate = i => annotator.Annotate(sentences[i].Forms);
        }
        TextWriter output = outputPath is { } path ? Output.OutputFile.Create(path) : stdout;
        try
        {
            for (int si = 0; si < sentences.Count; si++)
            {
                var s = sentences[si];
                var predicted = annotate(si);
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

    /// <summary>"k/K" → (k, K) with 0 ≤ k &lt; K.</summary>
    private static (int Fold, int Folds) ParseFold(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 2 && k >= 0 && k < n) return (k, n);
        throw new InputException($"--treebank-skip-fold {value}: expected k/K with 0 <= k < K and K >= 2 (e.g. 0/2)");
    }

    private static List<ConlluSentence> ReadConllu(string path, bool checkTrees = true)
    {
        try { return ConlluCorpus.Read(path, checkTrees); }
        catch (InvalidDataException e) { throw new InputException(e.Message, e); }
    }
}
