using System.CommandLine;
using System.Globalization;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Training.Zoning;
using NewsNlp.Zoning;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train zones</c> and <c>newsnlp eval zones</c> over the WCXB article pages.</summary>
internal static class ZoneCommands
{
    /// <summary>Every fifth dev page (in id order) is held out for tuning.</summary>
    private const int HoldOutEvery = 5;

    /// <summary><c>newsnlp train zones --data DIR --out DIR</c>.</summary>
    public static Command CreateTrain(CliContext io)
    {
        var o = new TrainOptions();
        var command = new Command("zones", $"Train the page-zoning model on WCXB article pages: every {HoldOutEvery}th dev page is held out first and scored "
            + "(--tune-only stops there), then the model is trained on all dev pages with gt_recall >= --min-recall and scored on test. "
            + "Headline counts as WCXB title, body as body, every other kind as boilerplate.")
        {
            o.Data, o.Out, o.Name, o.MinRecall, o.TuneOnly, o.Dump, o.Epochs, o.Rate, o.Bits, o.Stages, o.Folds, o.MinCount, o.Seed,
            o.Trees, o.Leaves, o.TreeRate, o.TreeThreshold,
        };
        command.SetAction(r => Train(r, o, io.CommandLine, io.Out, io.Error));
        return command;
    }

    private sealed class TrainOptions
    {
        public readonly Option<string> Data = CliOptions.Value("--data", "DIR", "The WCXB article pages folder (pages.tsv, lines.tsv.gz).", required: true);
        // Not required by the parser: --tune-only runs without it.
        public readonly Option<string> Out = CliOptions.Value("--out", "DIR", "Writes DIR/model.nnlp and DIR/manifest.json (needed unless --tune-only).");
        public readonly Option<string> Name = CliOptions.Value("--name", "NAME", "Model name in the manifest (default: the folder name).");
        public readonly Option<double?> MinRecall = CliOptions.Number("--min-recall", "Train only on pages with gt_recall >= X (0.8).");
        public readonly Option<bool> TuneOnly = CliOptions.Flag("--tune-only", "Stop after scoring the held-out dev pages.");
        public readonly Option<string> Dump = CliOptions.Value("--dump", "DIR", "Also write each held-out page's lines (gold label, predicted kind, XX where they disagree) to DIR/<id>.tsv, for error analysis.");
        public readonly Option<int?> Epochs = CliOptions.Whole("--epochs", "Learning setting: epochs.");
        public readonly Option<double?> Rate = CliOptions.Number("--rate", "Learning setting: learning rate.", helpName: "R");
        public readonly Option<int?> Bits = CliOptions.Whole("--bits", "Learning setting: feature hash bits (8 to 24).", helpName: "B");
        public readonly Option<int?> Stages = CliOptions.Whole("--stages", "Learning setting: stacked linear stages (1 to 8).", helpName: "S");
        public readonly Option<int?> Folds = CliOptions.Whole("--folds", "Learning setting: cross-validation folds for the stacked stages (at least 2).", helpName: "K");
        public readonly Option<int?> MinCount = CliOptions.Whole("--min-count", "Learning setting: drop features seen fewer than N times.");
        public readonly Option<int?> Seed = CliOptions.Whole("--seed", "Learning setting: shuffling seed.", helpName: "S");
        public readonly Option<int?> Trees = CliOptions.Whole("--trees", "Learning setting: boosted trees.");
        public readonly Option<int?> Leaves = CliOptions.Whole("--leaves", "Learning setting: leaves per tree (at least 2).");
        public readonly Option<double?> TreeRate = CliOptions.Number("--tree-rate", "Learning setting: the trees' learning rate.", helpName: "R");
        public readonly Option<double?> TreeThreshold = CliOptions.Number("--tree-threshold", "Learning setting: the trees' decision threshold.", min: double.NegativeInfinity,
            error: "--tree-threshold must be a number.");
    }

    private static int Train(ParseResult a, TrainOptions o, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        string data = a.GetRequiredValue(o.Data);
        var pages = Read(data);
        double minRecall = a.GetValue(o.MinRecall) ?? 0.8;
        var options = new ZoningTrainingOptions { Log = stderr };
        if (a.GetValue(o.Epochs) is { } epochs) options.Epochs = epochs;
        if (a.GetValue(o.Bits) is { } bits) options.Bits = Math.Clamp(bits, 8, 24);
        if (a.GetValue(o.Seed) is { } seed) options.Seed = seed;
        if (a.GetValue(o.MinCount) is { } minCount) options.MinCount = minCount;
        if (a.GetValue(o.Stages) is { } stages) options.Stages = Math.Clamp(stages, 1, 8);
        if (a.GetValue(o.Folds) is { } folds) options.Folds = Math.Max(2, folds);
        if (a.GetValue(o.Rate) is { } rate) options.Rate = (float)rate;
        if (a.GetValue(o.Trees) is { } trees) options.Trees = trees;
        if (a.GetValue(o.Leaves) is { } leaves) options.Leaves = Math.Max(2, leaves);
        if (a.GetValue(o.TreeRate) is { } treeRate) options.TreeRate = (float)treeRate;
        if (a.GetValue(o.TreeThreshold) is { } threshold) options.TreeThreshold = (float)threshold;
        var dev = pages.Where(p => p.Split == "dev").ToList();
        var test = pages.Where(p => p.Split == "test").ToList();
        bool Clean(WcxbPage p) => p.GtRecall >= minRecall;

        // Tuning: train on four fifths of dev, score the fifth held out (all its pages, as test is scored).
        var tuneTrain = dev.Where((p, i) => i % HoldOutEvery != HoldOutEvery - 1 && Clean(p)).ToList();
        var heldOut = dev.Where((p, i) => i % HoldOutEvery == HoldOutEvery - 1).ToList();
        var tuning = ZoningTrainer.Train(tuneTrain, new ModelManifest(), options);
        var held = ZoningScore.Score(new Zoner(tuning), heldOut);
        if (a.GetValue(o.Dump) is { } dump)
        {
            // Each held-out page's lines with gold label and predicted kind, for error analysis.
            Directory.CreateDirectory(dump);
            var zoner = new Zoner(tuning);
            foreach (var page in heldOut)
            {
                var kinds = ZoningScore.Predict(zoner, page);
                File.WriteAllLines(Path.Combine(dump, page.Id + ".tsv"),
                    page.Lines.Select((l, i) => $"{"xTB"[page.Labels[i]]}\t{kinds[i]}\t{(ZoningScore.Mapped(kinds[i]) == page.Labels[i] ? "" : "XX")}\t{l}"));
            }
        }
        stdout.WriteLine($"dev held-out ({heldOut.Count} pages, every {HoldOutEvery}th dev page; trained on {tuneTrain.Count}):");
        held.Write(stdout, "dev held-out");
        if (a.GetValue(o.TuneOnly)) return CliMain.ExitOk;

        string outDir = a.GetValue(o.Out) ?? throw new UsageException("train zones needs --out DIR (or --tune-only).");
        var train = dev.Where(Clean).ToList();
        var manifest = new ModelManifest
        {
            Name = a.GetValue(o.Name) ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
            TrainingData = $"WCXB article pages (github.com/Murrough-Foley/web-content-extraction-benchmark, CC BY 4.0, Murrough Foley), "
                + $"dev split: {train.Count} of {dev.Count} pages with gt_recall >= {minRecall.ToString(CultureInfo.InvariantCulture)} ({train.Sum(p => p.Lines.Length):N0} lines); "
                + $"settings tuned on every {HoldOutEvery}th dev page held out; test split ({test.Count} pages) scored only",
            TrainingCommand = commandLine,
            FeatureSet = "per line: length, words, capitalised words, commas, inner stops, digits, script, final and first character class, "
                + "link/list/pipe shape, index from start and end, repeats on the page, first/first two/last words, whole short line, "
                + "bag of the first 24 words, furniture phrases; shape of the 3 lines either side; stage 2 adds stage 1's decisions: "
                + "own and neighbours' body probability, windowed means (1,2,5,10,25 lines, each side), distance to the most headline-like line, place against the densest run of prose (maximum-sum run of P(body) - 0.5), share of prose before; then boosted trees (ML.NET FastTree, copied into the model file) decide body or not from 61 numbers per line: the last linear stage's probabilities around it, its place against the prose, its shape and the page's, and how far its words recur in the page's prose and headline; "
                + "a two-state Viterbi pass with a cost of 1 (log-probability) per switch between body and not body; the likeliest headline above the story is taken when no line wins headline outright (P >= 0.03). "
                + "Rules on top: bylines/credits, captions/photo credits, stand-alone datelines.",
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var model = ZoningTrainer.Train(train, manifest, options);
        var (hp, hr, hf) = held.Body;
        var testScore = ZoningScore.Score(new Zoner(model), test);
        var (tp, tr, tf) = testScore.Body;
        var (ttp, ttr, ttf, _, _) = testScore.Prf(1);
        var (bp, br, bf, _, _) = testScore.Prf(0);
        // Manifests are immutable: the saved model is the trained one under a manifest with its scores.
        model = model.WithManifest(model.Manifest
            .WithScore("dev_heldout.body_p", Math.Round(100 * hp, 2))
            .WithScore("dev_heldout.body_r", Math.Round(100 * hr, 2))
            .WithScore("dev_heldout.body_f1", Math.Round(100 * hf, 2))
            .WithScore("test.body_p", Math.Round(100 * tp, 2))
            .WithScore("test.body_r", Math.Round(100 * tr, 2))
            .WithScore("test.body_f1", Math.Round(100 * tf, 2))
            .WithScore("test.title_f1", Math.Round(100 * ttf, 2))
            .WithScore("test.boilerplate_f1", Math.Round(100 * bf, 2)));
        stdout.WriteLine($"test ({test.Count} pages):");
        testScore.Write(stdout, "test");
        Directory.CreateDirectory(outDir);
        string path = Path.Combine(outDir, ModelLocator.FileName);
        model.Save(path);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), model.Manifest.ToJson() + "\n");
        stdout.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
        return CliMain.ExitOk;
    }

    /// <summary><c>newsnlp eval zones --data DIR [--split test]</c>.</summary>
    public static Command CreateEval(CliContext io)
    {
        var data = CliOptions.Value("--data", "DIR", "The WCXB article pages folder (pages.tsv, lines.tsv.gz).", required: true);
        var model = CliOptions.Value("--model", "M", "Zoning model name, folder or file (default: bundled en-zones).");
        var split = CliOptions.Value("--split", "S", "dev or test (test).");
        var minRecall = CliOptions.Number("--min-recall", "Only pages with gt_recall >= X (0).");
        var command = new Command("zones", "Per-line P/R/F1 of zones against WCXB's labels (headline as title, body as body, every other kind as boilerplate).")
        {
            data, model, split, minRecall,
        };
        command.SetAction(r => Eval(r.GetRequiredValue(data), r.GetValue(model), r.GetValue(split) ?? "test", r.GetValue(minRecall) ?? 0, io.Out));
        return command;
    }

    private static int Eval(string data, string? modelName, string split, double minRecall, TextWriter stdout)
    {
        var model = modelName is { } m ? ModelLocator.LoadZones(m) : BundledModels.EnglishZones;
        var pages = Read(data).Where(p => p.Split == split && p.GtRecall >= minRecall).ToList();
        if (pages.Count == 0) throw new InputException($"no '{split}' pages in {data}");
        ZoningScore.Score(new Zoner(model), pages).Write(stdout, split);
        return CliMain.ExitOk;
    }

    private static IReadOnlyList<WcxbPage> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new InputException($"{folder}: no such folder");
        try { return WcxbCorpus.Read(folder); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException) { throw new InputException(e.Message, e); }
    }
}
