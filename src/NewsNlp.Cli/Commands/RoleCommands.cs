using System.Diagnostics;
using System.Globalization;
using NewsNlp.Models;
using NewsNlp.Roles;
using NewsNlp.Training.Roles;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train roles</c> and <c>newsnlp eval roles</c>.</summary>
internal static class RoleCommands
{
    public static int Train(string[] args, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArgs.Parse(args,
            new HashSet<string> { "data", "out", "name", "epochs", "seed", "min-count", "prune", "syntax", "max-sentences", "holdout" },
            new HashSet<string>());
        string data = a.Require("data"), outDir = a.Require("out");
        if (!Directory.Exists(data)) throw new InputException($"{data}: no such folder");
        string trainPath = Find(data, "train"), devPath = Find(data, "development");
        var syntax = a.Get("syntax") is { } sm ? ModelLocator.LoadSyntax(sm) : BundledModels.EnglishSyntax;
        int holdout = Int(a, "holdout", 20);
        var clock = Stopwatch.StartNew();
        var train = Read(trainPath);
        if (a.Get("max-sentences") is not null) train = train.Take(Int(a, "max-sentences", 0)).ToList();
        // Every holdout-th document of train is kept apart to choose the epoch: dev stays the report split.
        var documents = train.Select(x => x.Document).Distinct().ToList();
        var heldDocs = documents.Where((_, i) => holdout > 0 && i % holdout == holdout - 1).ToHashSet();
        var tuneGold = train.Where(x => heldDocs.Contains(x.Document)).ToList();
        var trainGold = train.Where(x => !heldDocs.Contains(x.Document)).ToList();
        stderr.WriteLine($"read {train.Count:N0} sentences ({documents.Count:N0} documents, {heldDocs.Count:N0} held out) in {clock.Elapsed.TotalSeconds:F0} s; parsing with {syntax.Manifest.Name}");
        var parsedTrain = RoleTrainer.Parse(trainGold, syntax);
        var parsedTune = RoleTrainer.Parse(tuneGold, syntax);
        stderr.WriteLine($"parsed in {clock.Elapsed.TotalSeconds:F0} s");
        var options = new RoleTrainingOptions
        {
            Epochs = Int(a, "epochs", 12),
            Seed = Int(a, "seed", 13),
            MinFeatureCount = Int(a, "min-count", 2),
            Prune = a.Get("prune") is { } prune ? float.Parse(prune, CultureInfo.InvariantCulture) : 0.05f,
            Log = stderr,
        };
        var manifest = new ModelManifest
        {
            Name = a.Get("name") ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = $"OntoNotes 5.0 CoNLL-2012 {Path.GetFileName(trainPath)}: {trainGold.Count:N0} sentences trained on, {tuneGold.Count:N0} (every {holdout}th document) held out to choose the epoch; "
                + $"syntax predicted by {syntax.Manifest.Name} over the gold words; scores on {Path.GetFileName(devPath)} (never trained or tuned on)",
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

    public static int Eval(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "data", "model", "syntax" }, new HashSet<string> { "labels", "errors" });
        string data = a.Require("data");
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        var model = a.Get("model") is { } m ? LoadRoles(m) : BundledModels.EnglishRoles;
        var syntax = a.Get("syntax") is { } sm ? ModelLocator.LoadSyntax(sm) : BundledModels.EnglishSyntax;
        var sentences = RoleTrainer.Parse(Read(data), syntax);
        var errors = a.Has("errors") ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        var given = RoleTrainer.Evaluate(model, sentences, goldPredicates: true, errors);
        var predicted = RoleTrainer.Evaluate(model, sentences, goldPredicates: false);
        if (errors is not null)
            foreach (var (kind, n) in errors.OrderByDescending(p => p.Value)) stdout.WriteLine($"gold arguments, gold predicates: {kind} {n}");
        stdout.WriteLine(Speed(model, sentences));
        stdout.WriteLine(SyntaxSpeed(syntax, sentences));
        stdout.WriteLine($"sentences {sentences.Count}, gold predicates {predicted.GoldPredicates}, gold arguments {predicted.Correct + predicted.Missed}");
        stdout.WriteLine($"predicates (identification): predicted {predicted.PredictedPredicates}, correct {predicted.CorrectPredicates}, F1 {PredicateF1(predicted):F2}");
        stdout.WriteLine($"gold predicates: {given.Summary}");
        if (a.Has("labels"))
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

    private static RoleModel LoadRoles(string nameOrPath)
    {
        try { return RoleModel.Load(ModelLocator.Resolve(nameOrPath)); }
        catch (ModelFormatException e) { throw new InputException(e.Message, e); }
    }

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

    private static int Int(CliArgs a, string name, int fallback)
    {
        string? v = a.Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out int x) && x >= 0 ? x : throw new UsageException($"--{name} must be a whole number.");
    }
}
