using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Coreference;
using NewsNlp.Models;
using NewsNlp.Syntax;
using NewsNlp.Training.Coreference;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp train coref --data F.gold_conll --out DIR</c>: trains the mention-ranking coreference
/// model on a CoNLL-2012 training file. Every <c>--holdout</c>'th part (the <c>eval coref --every N</c>
/// sample) is held out to choose the new-entity bias; <c>--dev</c> is scored at the end, never tuned on.
/// </summary>
internal static class CorefTrainCommand
{
    public static Command Create(CliContext io)
    {
        var data = CliOptions.Value("--data", "F", "The CoNLL-2012 training file (*train*gold_conll, gzipped or not).", required: true);
        var outDir = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json.", required: true);
        var name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        var dev = CliOptions.Value("--dev", "F", "A CoNLL-2012 file scored at the end and recorded in the manifest (never tuned on).");
        var holdout = CliOptions.Whole("--holdout", "Hold out every N-th part, from the first (20: the 'eval coref --every 20' sample).", 2);
        var sample = CliOptions.Whole("--sample", "Train on every K-th of the remaining parts (1: all).", 1, helpName: "K");
        var epochs = CliOptions.Whole("--epochs", "Epochs (6).", 1);
        var seed = CliOptions.Whole("--seed", "Shuffling seed (13).", helpName: "S");
        var ensemble = CliOptions.Whole("--ensemble", "Average N perceptrons trained on different shuffles (1).", 1);
        var prune = CliOptions.Number("--prune", "Drop weights smaller than T in magnitude, the largest being 8 (0.05).", helpName: "T");
        var falseLink = CliOptions.Number("--false-link-cost", "Cost of a link where the mention starts a new entity, in training (0).");
        var falseNew = CliOptions.Number("--false-new-cost", "Cost of a new entity where the mention has an antecedent, in training (0).");
        var syntaxFolds = CliOptions.Value("--syntax-folds", "M,M[,M]", "Read each training part's trees from the jackknifed parser that never saw its document: "
            + "model k was trained with 'train parse --treebank-skip-fold k/K' (K = the number of models). Dev is parsed by the bundled en-ewt.");
        var gazetteers = CliOptions.Value("--gazetteers", "DIR", "A folder with first_names_female_en.txt and first_names_male_en.txt: given names whose gender is clear, "
            + "carried in the model (a person named 'Mary Smith' is no antecedent of 'he').");
        var command = new Command("coref", "Train the mention-ranking coreference model on OntoNotes (CoNLL-2012).")
        {
            data, outDir, name, dev, holdout, sample, epochs, seed, ensemble, prune, falseLink, falseNew, syntaxFolds, gazetteers,
        };
        command.SetAction(r =>
        {
            var options = new CorefTrainingOptions
            {
                Epochs = r.GetValue(epochs) ?? 6,
                Seed = r.GetValue(seed) ?? 13,
                Ensemble = r.GetValue(ensemble) ?? 1,
                Prune = (float?)r.GetValue(prune) ?? 0.05f,
                FalseLinkCost = (float?)r.GetValue(falseLink) ?? 0,
                FalseNewCost = (float?)r.GetValue(falseNew) ?? 0,
                Log = io.Error,
            };
            return Train(r.GetRequiredValue(data), r.GetRequiredValue(outDir), r.GetValue(name), r.GetValue(dev), r.GetValue(holdout) ?? 20,
                r.GetValue(sample) ?? 1, ModelLocator.LoadSyntaxFolds(r.GetValue(syntaxFolds)), r.GetValue(gazetteers) is { } g ? WithFirstNames(options, g) : options, io.CommandLine, io.Out, io.Error);
        });
        return command;
    }

    private static int Train(string data, string outDir, string? name, string? devPath, int holdout, int sample, IReadOnlyList<SyntaxModel> syntaxFolds, CorefTrainingOptions options,
        string commandLine, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var all = CorefEvalCommand.Read(data);
        var held = all.Where((_, i) => i % holdout == 0).ToList();
        var rest = all.Where((_, i) => i % holdout != 0).Where((_, i) => i % sample == 0).ToList();
        stderr.WriteLine($"read {all.Count:N0} parts: training on {rest.Count:N0}, {held.Count:N0} (every {holdout}th) held out; {clock.Elapsed.TotalSeconds:F0} s");
        var train = CorefTrainer.Process(rest, syntaxFolds);
        var heldout = CorefTrainer.Process(held, syntaxFolds);
        long tokens = train.Sum(d => (long)d.Gold.Words.Length);
        stderr.WriteLine($"predicted syntax and names over {tokens:N0} training tokens; {clock.Elapsed.TotalSeconds:F0} s");
        var examples = CorefTrainer.Examples(train, stderr, options);
        var manifest = new ModelManifest
        {
            Name = name ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = $"OntoNotes 5.0 CoNLL-2012 {Path.GetFileName(data)}: {rest.Count:N0} parts ({tokens:N0} tokens) trained on, {held.Count:N0} (every {holdout}th part) held out to choose the new-entity bias; "
                + "tokens, syntax (en-ewt" + (syntaxFolds.Count > 0 ? $"; on train, {syntaxFolds.Count} jackknifed parsers, each document parsed by the one whose training left it out" : "")
                + ") and names (en-news) predicted from the text rebuilt from the gold words; gold clusters mapped onto predicted mentions by exact span"
                + (options.FirstNameCount == 0 ? "" : $"; {options.FirstNameCount:N0} given names with a clear gender from first_names_female_en.txt and first_names_male_en.txt")
                + (devPath is null ? "" : $"; scores on {Path.GetFileName(devPath)} (never trained or tuned on)"),
            TrainingCommand = commandLine,
            FeatureSet = "mention ranking (Durrett & Klein 2013 style): each predicted mention scores its candidate antecedents (the mentions of its sentence, and for a pronoun of the 8 sentences before, "
                + "at most 80; 3 earlier ones with its head; its sieve cluster's nearest) against a new entity, one new-entity bias per kind of mention; features conjoined with the anaphor's type (name, noun phrase, the pronoun) and the antecedent's kind: "
                + "the sieves' decision and pass, exact and head match, word inclusion, sentence and mention distance, number/gender/animacy agreement, name labels, the antecedent's sieve-cluster label, "
                + "head pairs, pronoun x antecedent head, first words, dependency relation, depth, inside quotation marks (each side); new-entity features: head, first and last words, the words around it, label, length, seen head/text before, relation, "
                + "flags (indefinite, bare, pleonastic, coordination), inside quotation marks; mentions include coordinations, standalone demonstratives and deictic dates; "
                + "averaged perceptron with latent antecedents, best-first decoding",
            Created = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var model = CorefTrainer.Train(examples, manifest, options);
        stderr.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F0} s");
        var sieves = CorefTrainer.Score(heldout, (CorefModel?)null);
        var (tuned, grid) = CorefTrainer.TuneBias(model, heldout);
        foreach (var (bias, f1) in grid) stderr.WriteLine(FormattableString.Invariant($"held out, new-entity bias {bias} (name/nominal/pronoun): CoNLL F1 {f1 * 100:F2}"));
        var scored = CorefTrainer.Score(heldout, tuned);
        stderr.WriteLine(FormattableString.Invariant($"held out: sieves alone {sieves.ConllF1 * 100:F2}, ranker {scored.ConllF1 * 100:F2} (bias {CorefTrainer.BiasOf(tuned)})"));
        manifest = Record(tuned.Manifest, "heldout", scored).WithScore("heldout.sieves.conll", Math.Round(sieves.ConllF1 * 100, 2))
            .WithTraining("train_parts", rest.Count.ToString(CultureInfo.InvariantCulture))
            .WithTraining("heldout_parts", held.Count.ToString(CultureInfo.InvariantCulture))
            .WithTraining("epochs", options.Epochs.ToString(CultureInfo.InvariantCulture))
            .WithTraining("seed", options.Seed.ToString(CultureInfo.InvariantCulture))
            .WithTraining("ensemble", options.Ensemble.ToString(CultureInfo.InvariantCulture))
            .WithTraining("prune", options.Prune.ToString(CultureInfo.InvariantCulture))
            .WithTraining("false_link_cost", options.FalseLinkCost.ToString(CultureInfo.InvariantCulture))
            .WithTraining("false_new_cost", options.FalseNewCost.ToString(CultureInfo.InvariantCulture))
            .WithTraining("new_bias", CorefTrainer.BiasOf(tuned));
        if (devPath is not null)
        {
            var devDocs = CorefTrainer.Process(CorefEvalCommand.Read(devPath));
            var devSieves = CorefTrainer.Score(devDocs, (CorefModel?)null);
            var devScore = CorefTrainer.Score(devDocs, tuned);
            manifest = Record(manifest, "dev", devScore).WithScore("dev.sieves.conll", Math.Round(devSieves.ConllF1 * 100, 2));
            stderr.WriteLine(FormattableString.Invariant($"dev: sieves alone {devSieves.ConllF1 * 100:F2}, ranker {devScore.ConllF1 * 100:F2}"));
        }
        model = tuned.WithManifest(manifest);
        Directory.CreateDirectory(outDir);
        string file = Path.Combine(outDir, ModelLocator.FileName);
        model.Save(file);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine(FormattableString.Invariant($"saved {file} ({new FileInfo(file).Length / 1024.0:F0} KB); held-out CoNLL F1 {scored.ConllF1 * 100:F2} in {clock.Elapsed.TotalMinutes:F1} min"));
        return CliMain.ExitOk;
    }

    private static CorefTrainingOptions WithFirstNames(CorefTrainingOptions options, string folder)
    {
        try { return options.WithFirstNamesFrom(folder); }
        catch (FileNotFoundException e) { throw new InputException(e.Message, e); }
    }

    private static ModelManifest Record(ModelManifest manifest, string split, CorefScorer s) => manifest
        .WithScore($"{split}.muc", Math.Round(s.Muc.F1 * 100, 2))
        .WithScore($"{split}.b3", Math.Round(s.BCubed.F1 * 100, 2))
        .WithScore($"{split}.ceafe", Math.Round(s.CeafE.F1 * 100, 2))
        .WithScore($"{split}.conll", Math.Round(s.ConllF1 * 100, 2));
}
