using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Roles;
using NewsNlp.Syntax;
using NewsNlp.Training.Roles;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train roles</c> and <c>newsnlp eval roles</c>.</summary>
internal static class RoleCommands
{
    /// <summary><c>newsnlp train roles --data DIR --out DIR</c>.</summary>
    public static Command CreateTrain(CliContext io)
    {
        var o = new TrainOptions();
        var command = new Command("roles", "Train the semantic-role model on OntoNotes (CoNLL-2012).")
        {
            o.Data, o.Out, o.Name, o.Syntax, o.SyntaxFolds, o.Epochs, o.Seed, o.MinCount, o.Prune, o.MaxSentences, o.Holdout,
        };
        command.SetAction(r => Train(r, o, io.CommandLine, io.Out, io.Error));
        return command;
    }

    private sealed class TrainOptions
    {
        public readonly Option<string> Data = CliOptions.Value("--data", "DIR", "The folder with *train*gold_conll* and *development*gold_conll* (gzipped or not); "
            + "every --holdout'th training document is held out to choose the epoch, role bias and pruning; dev is scored at the end.", required: true);
        public readonly Option<string> Out = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json.", required: true);
        public readonly Option<string> Name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        public readonly Option<string> Syntax = CliOptions.Value("--syntax", "M", "The syntax model whose trees are read (default: bundled en-ewt).");
        public readonly Option<string> SyntaxFolds = CliOptions.Value("--syntax-folds", "M,M[,M]", "Read each training sentence's trees from the jackknifed parser that never saw its document: "
            + "model k was trained with 'train parse --treebank-skip-fold k/K' (K = the number of models). Dev is parsed by --syntax.");
        public readonly Option<int?> Epochs = CliOptions.Whole("--epochs", "Epochs (12).");
        public readonly Option<int?> Seed = CliOptions.Whole("--seed", "Shuffling seed (13).", helpName: "S");
        public readonly Option<int?> MinCount = CliOptions.Whole("--min-count", "Drop features seen fewer than N times (2).");
        public readonly Option<double?> Prune = CliOptions.Number("--prune", "Drop weights smaller than T in magnitude (0.05).", helpName: "T");
        public readonly Option<int?> MaxSentences = CliOptions.Whole("--max-sentences", "Train on the first N sentences only.");
        public readonly Option<int?> Holdout = CliOptions.Whole("--holdout", "Hold out every N-th training document (20; 0: none).");
    }

    private static int Train(ParseResult a, TrainOptions o, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        string data = a.GetRequiredValue(o.Data), outDir = a.GetRequiredValue(o.Out);
        if (!Directory.Exists(data)) throw new InputException($"{data}: no such folder");
        string trainPath = Find(data, "train"), devPath = Find(data, "development");
        var syntax = a.GetValue(o.Syntax) is { } sm ? ModelLocator.LoadSyntax(sm) : BundledModels.EnglishSyntax;
        int holdout = a.GetValue(o.Holdout) ?? 20;
        var clock = Stopwatch.StartNew();
        var train = Read(trainPath);
        if (a.GetValue(o.MaxSentences) is { } maxSentences) train = train.Take(maxSentences).ToList();
        // Every holdout-th document of train is kept apart to choose the epoch: dev stays the report split.
        var documents = train.Select(x => x.Document).Distinct().ToList();
        var tuneGold = holdout > 0 ? HeldOut(train, holdout) : [];
        var heldDocs = tuneGold.Select(x => x.Document).ToHashSet();
        var trainGold = train.Where(x => !heldDocs.Contains(x.Document)).ToList();
        stderr.WriteLine($"read {train.Count:N0} sentences ({documents.Count:N0} documents, {heldDocs.Count:N0} held out) in {clock.Elapsed.TotalSeconds:F0} s; parsing with {syntax.Manifest.Name}");
        var folds = ModelLocator.LoadSyntaxFolds(a.GetValue(o.SyntaxFolds));
        if (folds.Count > 0) stderr.WriteLine($"training sentences parsed by {folds.Count} jackknifed parsers");
        IReadOnlyList<SyntaxModel> trainTrees = folds.Count > 0 ? folds : [syntax];
        var parsedTrain = RoleTrainer.Parse(trainGold, trainTrees);
        var parsedTune = RoleTrainer.Parse(tuneGold, trainTrees);
        stderr.WriteLine($"parsed in {clock.Elapsed.TotalSeconds:F0} s");
        var options = new RoleTrainingOptions
        {
            Epochs = a.GetValue(o.Epochs) ?? 12,
            Seed = a.GetValue(o.Seed) ?? 13,
            MinFeatureCount = a.GetValue(o.MinCount) ?? 2,
            Prune = (float?)a.GetValue(o.Prune) ?? 0.05f,
            Log = stderr,
        };
        var manifest = new ModelManifest
        {
            Name = a.GetValue(o.Name) ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = $"OntoNotes 5.0 CoNLL-2012 {Path.GetFileName(trainPath)}: {trainGold.Count:N0} sentences trained on, {tuneGold.Count:N0} (every {holdout}th document) held out to choose the epoch; "
                + $"syntax predicted by {syntax.Manifest.Name} over the gold words"
                + (folds.Count > 0 ? $" (on train, by {folds.Count} jackknifed parsers, each sentence by the one whose training left its document out)" : "") + $"; scores on {Path.GetFileName(devPath)} (never trained or tuned on)",
            TrainingCommand = commandLine,
            FeatureSet = "predicates: averaged perceptron over verbs, auxiliaries and nouns (form, lemma, tags, relation, head, neighbours, dependents' relations); "
                + "arguments: averaged perceptron over candidate heads (any number of steps up the predicted tree, then one down; two below the predicate), "
                + "span = the head's subtree (its side of the predicate's branch for an ancestor), punctuation trimmed; features: predicate lemma, voice, subcategorisation, "
                + "head lemma/form/tag/relation, dependency path (relations and tags), position, distance, preposition, span edges; greedy decoding without overlaps or repeated core roles",
            Created = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var model = RoleTrainer.Train(parsedTrain, parsedTune, manifest, options);
        model = RoundTrip(model);
        manifest = model.Manifest;
        var dev = RoleTrainer.Parse(Read(devPath), syntax);
        var predicted = RoleTrainer.Evaluate(model, dev, goldPredicates: false);
        var given = RoleTrainer.Evaluate(model, dev, goldPredicates: true);
        manifest = Record(manifest, "dev", predicted)
            .WithScore("dev.strict.p", Math.Round(predicted.StrictPrecision, 2))
            .WithScore("dev.strict.f1", Math.Round(predicted.StrictF1, 2));
        manifest = Record(manifest, "dev.gold-predicates", given)
            .WithScore("dev.predicate-f1", Math.Round(PredicateF1(predicted), 2))
            .WithTraining("train_sentences", trainGold.Count.ToString(CultureInfo.InvariantCulture))
            .WithTraining("heldout_sentences", tuneGold.Count.ToString(CultureInfo.InvariantCulture))
            .WithTraining("labels", model.ArgumentLabels.Count.ToString(CultureInfo.InvariantCulture))
            .WithTraining("argument_weights", RoleTrainer.ArgumentWeightCount(model).ToString(CultureInfo.InvariantCulture))
            .WithTraining("seed", options.Seed.ToString(CultureInfo.InvariantCulture));
        // Manifests are immutable: the saved model is the trained one under the manifest with its scores.
        model = model.WithManifest(manifest);
        stderr.WriteLine($"dev, predicted predicates: {predicted.Summary}");
        stderr.WriteLine($"dev, predicted predicates, strict: {predicted.StrictSummary}");
        stderr.WriteLine($"dev, gold predicates: {given.Summary}");
        Directory.CreateDirectory(outDir);
        string file = Path.Combine(outDir, ModelLocator.FileName);
        model.Save(file);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine($"saved {file} ({new FileInfo(file).Length / 1048576.0:F1} MB); dev F1 {predicted.F1:F2} (gold predicates {given.F1:F2}) in {clock.Elapsed.TotalMinutes:F1} min");
        return CliMain.ExitOk;
    }

    /// <summary>The sentences of every <paramref name="every"/>-th document, counting from the file's first (the last of each run of <paramref name="every"/>): what training holds out.</summary>
    private static List<Conll2012Sentence> HeldOut(List<Conll2012Sentence> sentences, int every)
    {
        var documents = sentences.Select(x => x.Document).Distinct().ToList();
        var held = documents.Where((_, i) => i % every == every - 1).ToHashSet(StringComparer.Ordinal);
        return sentences.Where(x => held.Contains(x.Document)).ToList();
    }

    /// <summary><c>newsnlp eval roles --data F.gold_conll[.gz]</c>; the last line is <c>roles F1 NN.NN</c>.</summary>
    public static Command CreateEval(CliContext io)
    {
        var data = CliOptions.Value("--data", "F", "A CoNLL-2012 *_conll file (gzipped or not); tokens are given, everything else is predicted.", required: true);
        var model = CliOptions.Value("--model", "M", "A role model name, folder or file (default: bundled en-roles).");
        var syntax = CliOptions.Value("--syntax", "M", "The syntax model whose trees are read (default: bundled en-ewt).");
        var labels = CliOptions.Flag("--labels", "Add a per-label table.");
        var errors = CliOptions.Flag("--errors", "Count what became of each gold argument (found, left out, wrong span, wrong label, no candidate).");
        var accurate = CliOptions.Flag("--accurate", "Read the accurate tier's trees (the transformer en-ewt-trf) instead of --syntax's.");
        var folds = CliOptions.Value("--syntax-folds", "M,M[,M]", "Parse each document with the jackknifed parser that never saw it ('train parse --treebank-skip-fold k/K'): "
            + "scores held-out training documents as unseen text.");
        var heldOut = CliOptions.Whole("--holdout", "Score only the documents 'train roles --holdout N' holds out of this (training) file: every N-th document.", 2);
        var command = new Command("roles", "Argument P/R/F1 (srl-eval conventions) from the words alone; the last line is 'roles F1 NN.NN'.")
        {
            data, model, syntax, labels, errors, accurate, folds, heldOut,
        };
        command.SetAction(r => Eval(r.GetRequiredValue(data), r.GetValue(model), r.GetValue(syntax), r.GetValue(folds), r.GetValue(heldOut), r.GetValue(labels), r.GetValue(errors), r.GetValue(accurate), io.Out));
        return command;
    }

    /// <summary>Every sentence's tags and tree from the accurate tier's transformer.</summary>
    private static List<ParsedSentence> ParseAccurately(List<Conll2012Sentence> gold)
    {
        var trees = AccurateLocator.Trees(null, gold.Select(g => (IReadOnlyList<string>)g.Words));
        return gold.Select((g, i) => new ParsedSentence(g, trees[i])).ToList();
    }

    private static int Eval(string data, string? modelName, string? syntaxName, string? foldNames, int? holdout, bool labels, bool countErrors, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        if ((accurate ? 1 : 0) + (syntaxName is null ? 0 : 1) + (foldNames is null ? 0 : 1) > 1) throw new InputException("--accurate, --syntax and --syntax-folds all choose the trees: give one");
        var model = modelName is { } m ? LoadRoles(m) : BundledModels.EnglishRoles;
        var syntax = syntaxName is { } sm ? ModelLocator.LoadSyntax(sm) : BundledModels.EnglishSyntax;
        var folds = ModelLocator.LoadSyntaxFolds(foldNames);
        var gold = Read(data);
        if (holdout is int every) gold = HeldOut(gold, every);
        var sentences = accurate ? ParseAccurately(gold) : RoleTrainer.Parse(gold, folds.Count > 0 ? folds : [syntax]);
        var errors = countErrors ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var given = RoleTrainer.Evaluate(model, sentences, goldPredicates: true, errors);
        var predicted = RoleTrainer.Evaluate(model, sentences, goldPredicates: false);
        if (errors is not null)
            foreach (var (kind, n) in errors.OrderByDescending(p => p.Value)) stdout.WriteLine($"gold arguments, gold predicates: {kind} {n}");
        stdout.WriteLine(Speed(model, sentences));
        if (!accurate) stdout.WriteLine(SyntaxSpeed(syntax, sentences));
        stdout.WriteLine($"sentences {sentences.Count}, gold predicates {predicted.GoldPredicates}, gold arguments {predicted.Correct + predicted.Missed}");
        stdout.WriteLine($"predicates (identification): predicted {predicted.PredictedPredicates}, correct {predicted.CorrectPredicates}, F1 {PredicateF1(predicted):F2}");
        stdout.WriteLine($"gold predicates: {given.Summary}");
        if (labels)
            foreach (var (label, (c, e, mi)) in predicted.ByLabel.OrderByDescending(p => p.Value.Correct + p.Value.Missed))
            {
                double p = c + e == 0 ? 0 : 100.0 * c / (c + e), r = c + mi == 0 ? 0 : 100.0 * c / (c + mi);
                stdout.WriteLine($"  {label,-12} P {p,6:F2} R {r,6:F2} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)),6:F2}  gold {c + mi}");
            }
        stdout.WriteLine($"predicted predicates, end to end: {predicted.StrictSummary}");
        stdout.WriteLine($"predicted predicates (srl-eval.pl, which skips predicted predicates without a gold proposition): {predicted.Summary}");
        stdout.WriteLine($"roles F1 {predicted.F1.ToString("F2", CultureInfo.InvariantCulture)}");
        return CliMain.ExitOk;
    }

    /// <summary>
    /// Words per second of the roles stage alone (<see cref="RoleLabeler.Process"/> on one thread), over
    /// documents of 40 sentences built from the file's words and their predicted syntax.
    /// </summary>
    private static string Speed(RoleModel model, List<ParsedSentence> sentences)
    {
        var documents = new List<Document>();
        for (int at = 0; at < sentences.Count; at += 40)
        {
            var part = sentences.Skip(at).Take(40).ToList();
            var text = new System.Text.StringBuilder();
            var tokens = new List<Token>();
            var words = new List<Word>();
            var syntax = new List<WordSyntax>();
            var sents = new List<Sentence>();
            foreach (var x in part)
            {
                int firstToken = tokens.Count, firstWord = words.Count, start = text.Length;
                for (int i = 0; i < x.Gold.Words.Length; i++)
                {
                    int s = text.Length;
                    text.Append(x.Gold.Words[i]);
                    tokens.Add(new Token(s, text.Length, TokenKind.Word, words.Count, 1));
                    words.Add(new Word(s, text.Length, tokens.Count - 1));
                    var w = x.Syntax[i];
                    syntax.Add(w with { Head = w.Head < 0 ? -1 : w.Head + firstWord });
                    text.Append(' ');
                }
                sents.Add(new Sentence(start, text.Length - 1, firstToken, tokens.Count - firstToken));
            }
            var doc = new Document(text.ToString());
            doc.SetTokens(tokens.ToArray(), words.ToArray());
            doc.SetSentences(sents.ToArray());
            doc.SetSyntax(syntax.ToArray());
            documents.Add(doc);
        }
        var stage = new RoleLabeler(model);
        var clock = Stopwatch.StartNew();
        long total = 0, frames = 0;
        foreach (var doc in documents)
        {
            stage.Process(doc);
            total += doc.Words.Count;
            frames += doc.Roles.Count;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return $"roles stage alone: {total:N0} words, {frames:N0} predicates in {seconds:F2} s on one thread = {total / seconds:N0} words/s";
    }

    /// <summary>The syntax stage on the same words and thread, for comparison (the machine's load moves both).</summary>
    private static string SyntaxSpeed(NewsNlp.Syntax.SyntaxModel syntax, List<ParsedSentence> sentences)
    {
        var annotator = new NewsNlp.Syntax.SyntaxAnnotator(syntax);
        var clock = Stopwatch.StartNew();
        long total = 0;
        foreach (var x in sentences)
        {
            annotator.Annotate(x.Gold.Words);
            total += x.Gold.Words.Length;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return $"syntax stage (tag, lemmatize, parse) on the same words: {seconds:F2} s on one thread = {total / seconds:N0} words/s";
    }

    private static double PredicateF1(RoleScore s) =>
        s.PredictedPredicates + s.GoldPredicates == 0 ? 0 : 200.0 * s.CorrectPredicates / (s.PredictedPredicates + s.GoldPredicates);

    private static ModelManifest Record(ModelManifest manifest, string split, RoleScore s) =>
        manifest.WithScore(split + ".p", Math.Round(s.Precision, 2))
            .WithScore(split + ".r", Math.Round(s.Recall, 2))
            .WithScore(split + ".f1", Math.Round(s.F1, 2));

    private static RoleModel RoundTrip(RoleModel model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        return RoleModel.Load(buffer, "trained model");
    }

    private static RoleModel LoadRoles(string nameOrPath) => ModelLocator.Load(nameOrPath, RoleModel.Load);

    private static string Find(string folder, string split)
    {
        var files = Directory.GetFiles(folder, $"*{split}*gold_conll*").Order(StringComparer.Ordinal).ToArray();
        return files.Length > 0 ? files[0] : throw new InputException($"{folder}: no *{split}*gold_conll file");
    }

    private static List<Conll2012Sentence> Read(string path)
    {
        try { return Conll2012Corpus.Read(path); }
        catch (InvalidDataException e) { throw new InputException(e.Message, e); }
    }
}
