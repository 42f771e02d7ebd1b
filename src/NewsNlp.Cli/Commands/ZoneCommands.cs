using System.Globalization;
using NewsNlp.Models;
using NewsNlp.Training.Zoning;
using NewsNlp.Zoning;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp train zones</c> and <c>newsnlp eval zones</c> over the WCXB article pages.</summary>
internal static class ZoneCommands
{
    /// <summary>Every fifth dev page (in id order) is held out for tuning.</summary>
    private const int HoldOutEvery = 5;

    public static int Train(string[] args, string commandLine, TextWriter stdout, TextWriter stderr)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "data", "out", "name", "epochs", "rate", "bits", "seed", "min-count", "folds", "stages", "min-recall", "dump", "trees", "leaves", "tree-rate", "tree-threshold" },
            new HashSet<string> { "tune-only" });
        string data = a.Require("data");
        var pages = Read(data);
        double minRecall = Double(a, "min-recall", 0.8);
        var options = new ZoningTrainingOptions { Log = stderr };
        if (a.Get("epochs") is not null) options.Epochs = Int(a, "epochs");
        if (a.Get("bits") is not null) options.Bits = Math.Clamp(Int(a, "bits"), 8, 24);
        if (a.Get("seed") is not null) options.Seed = Int(a, "seed");
        if (a.Get("min-count") is not null) options.MinCount = Int(a, "min-count");
        if (a.Get("stages") is not null) options.Stages = Math.Clamp(Int(a, "stages"), 1, 8);
        if (a.Get("folds") is not null) options.Folds = Math.Max(2, Int(a, "folds"));
        if (a.Get("rate") is not null) options.Rate = (float)Double(a, "rate", options.Rate);
        if (a.Get("trees") is not null) options.Trees = Int(a, "trees");
        if (a.Get("leaves") is not null) options.Leaves = Math.Max(2, Int(a, "leaves"));
        if (a.Get("tree-rate") is not null) options.TreeRate = (float)Double(a, "tree-rate", options.TreeRate);
        if (a.Get("tree-threshold") is { } threshold)
            options.TreeThreshold = float.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out float t) && float.IsFinite(t) ? t : throw new UsageException("--tree-threshold must be a number.");
        var dev = pages.Where(p => p.Split == "dev").ToList();
        var test = pages.Where(p => p.Split == "test").ToList();
        bool Clean(WcxbPage p) => p.GtRecall >= minRecall;

        // Tuning: train on four fifths of dev, score the fifth held out (all its pages, as test is scored).
        var tuneTrain = dev.Where((p, i) => i % HoldOutEvery != HoldOutEvery - 1 && Clean(p)).ToList();
        var heldOut = dev.Where((p, i) => i % HoldOutEvery == HoldOutEvery - 1).ToList();
        var tuning = ZoningTrainer.Train(tuneTrain, new ModelManifest(), options);
        var held = ZoningScore.Score(new Zoner(tuning), heldOut);
        if (a.Get("dump") is { } dump)
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
        if (a.Has("tune-only")) return CliMain.ExitOk;

        string outDir = a.Require("out");
        var train = dev.Where(Clean).ToList();
        var manifest = new ModelManifest
        {
            Name = a.Get("name") ?? Path.GetFileName(Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar)),
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

    public static int Eval(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "model", "data", "split", "min-recall" }, new HashSet<string>());
        string split = a.Get("split") ?? "test";
        var model = a.Get("model") is { } m ? ModelLocator.LoadZones(m) : BundledModels.EnglishZones;
        double minRecall = Double(a, "min-recall", 0);
        var pages = Read(a.Require("data")).Where(p => p.Split == split && p.GtRecall >= minRecall).ToList();
        if (pages.Count == 0) throw new InputException($"no '{split}' pages in {a.Get("data")}");
        ZoningScore.Score(new Zoner(model), pages).Write(stdout, split);
        return CliMain.ExitOk;
    }

    private static IReadOnlyList<WcxbPage> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new InputException($"{folder}: no such folder");
        try { return WcxbCorpus.Read(folder); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException) { throw new InputException(e.Message, e); }
    }

    private static int Int(CliArgs a, string name) =>
        int.TryParse(a.Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int x) && x >= 0 ? x : throw new UsageException($"--{name} must be a whole number.");

    private static double Double(CliArgs a, string name, double fallback)
    {
        string? v = a.Get(name);
        if (v is null) return fallback;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x >= 0 ? x : throw new UsageException($"--{name} must be a non-negative number.");
    }
}
