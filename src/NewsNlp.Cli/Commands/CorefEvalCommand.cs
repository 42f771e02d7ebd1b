using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Coreference;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;
using NewsNlp.Training.Coreference;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval coref --data F.gold_conll</c>: rebuilds each CoNLL-2012 document's text from its
/// gold words (a sentence per line), predicts everything from that text alone (tokens, sentences,
/// syntax, names, mentions, chains), maps predicted mentions back to gold word spans and scores MUC,
/// B³ and CEAFe as the CoNLL-2012 reference scorer does. The last line is <c>coref CoNLL F1 NN.NN</c>.
/// </summary>
internal static class CorefEvalCommand
{
    public static Command Create(CliContext io)
    {
        var data = CliOptions.Value("--data", "F", "A CoNLL-2012 *gold_conll file (gzipped or not).", required: true);
        var every = CliOptions.Whole("--every", "Keep every K-th document (a sample across genres, for tuning on train).", 1, helpName: "K");
        var skip = CliOptions.Whole("--skip", "Skip the first N documents (after --every).");
        var limit = CliOptions.Whole("--limit", "Score at most N documents.");
        var show = CliOptions.Flag("--show", "Print each document's gold and predicted chains.");
        var model = CliOptions.Value("--model", "M", "A coreference model name, folder or file (default: bundled en-coref).");
        var sieves = CliOptions.Flag("--sieves", "The deterministic sieves alone, without the learned ranking model.");
        var missed = CliOptions.Flag("--missed", "Print the gold mentions in chains that no predicted mention matches exactly, by kind of miss.");
        var folds = CliOptions.Value("--syntax-folds", "M,M[,M]", "Parse each document with the jackknifed parser that never saw it ('train parse --treebank-skip-fold k/K'): "
            + "scores held-out training documents as unseen text.");
        var command = new Command("coref", "MUC, B3, CEAFe and the CoNLL F1 of coreference on CoNLL-2012 documents (text rebuilt from the gold words).")
        {
            data, every, skip, limit, show, model, sieves, missed, folds,
        };
        command.SetAction(r => Run(r.GetRequiredValue(data), r.GetValue(every) ?? 1, r.GetValue(skip) ?? 0, r.GetValue(limit) ?? int.MaxValue, r.GetValue(show),
            r.GetValue(sieves) ? null : r.GetValue(model) is { } m ? Load(m) : BundledModels.EnglishCoref, r.GetValue(missed), ModelLocator.LoadSyntaxFolds(r.GetValue(folds)), io.Out));
        return command;
    }

    /// <summary>Reads a CoNLL-2012 file; a missing or malformed file is the user's error.</summary>
    internal static List<CorefDocument> Read(string data)
    {
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        try { return ConllCorefCorpus.Read(data); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        catch (InvalidDataException e) { throw new InputException($"{data}: {e.Message}", e); }
    }

    private static CorefModel Load(string nameOrPath) => ModelLocator.Load(nameOrPath, CorefModel.Load);

    private static int Run(string data, int every, int skip, int limit, bool show, CorefModel? model, bool missed, IReadOnlyList<NewsNlp.Syntax.SyntaxModel> folds, TextWriter stdout)
    {
        var docs = Read(data).Where((_, i) => i % every == 0).Skip(skip).Take(limit).ToList();

        // Everything the coreference stage reads, without the stages it does not (zones, dates, events);
        // the stage itself runs afterwards on one thread so that its speed can be measured alone.
        var processed = CorefTrainer.Process(docs, folds).Select(d => d.Document).ToList();
        var resolver = new CoreferenceResolver(model);
        var watch = Stopwatch.StartNew();
        foreach (var doc in processed) resolver.Process(doc);
        watch.Stop();
        // Warm: the best of three more passes (no JIT; on a shared machine the best pass is the least disturbed).
        double warm = CorefTrainer.WarmSeconds(processed, model, passes: 3);
        long tokens = 0;
        foreach (var doc in processed) tokens += doc.Tokens.Count;

        var scorer = new CorefScorer();
        long goldMentions = 0, predictedMentions = 0, exact = 0;
        for (int i = 0; i < docs.Count; i++)
        {
            var gold = docs[i];
            var response = CorefTrainer.Response(gold, processed[i].EntityClusters);
            scorer.Add(gold.Clusters, response);
            var goldSet = new HashSet<MentionSpan>(gold.Clusters.SelectMany(c => c));
            goldMentions += goldSet.Count;
            foreach (var c in response)
                foreach (var m in c)
                {
                    predictedMentions++;
                    if (goldSet.Contains(m)) exact++;
                }
            if (show) Show(stdout, gold, response);
        }
        if (missed) CorefMissedMentions.Print(stdout, docs, processed);
        stdout.WriteLine($"documents {docs.Count}, tokens {tokens}; {(model is null ? "sieves alone" : $"sieves and the ranking model {model.Manifest.Name}")}");
        stdout.WriteLine(FormattableString.Invariant($"mentions in chains: gold {goldMentions}, predicted {predictedMentions}, exact span matches {exact}"));
        stdout.WriteLine(FormattableString.Invariant($"coreference stage {tokens / Math.Max(watch.Elapsed.TotalSeconds, 1e-9):F0} tokens/s on one thread ({watch.Elapsed.TotalSeconds:F2} s, first call included); warm {tokens / Math.Max(warm, 1e-9):F0} tokens/s ({warm:F2} s)"));
        stdout.WriteLine($"MUC    {scorer.Muc}");
        stdout.WriteLine($"B3     {scorer.BCubed}");
        stdout.WriteLine($"CEAFe  {scorer.CeafE}");
        stdout.WriteLine(FormattableString.Invariant($"coref CoNLL F1 {scorer.ConllF1 * 100:F2}"));
        return CliMain.ExitOk;
    }

    private static void Show(TextWriter stdout, CorefDocument gold, List<IReadOnlyList<MentionSpan>> response)
    {
        string Text(MentionSpan m) => string.Join(' ', gold.Words[m.First..(m.Last + 1)]);
        stdout.WriteLine($"# {gold.Id}");
        foreach (var c in gold.Clusters) stdout.WriteLine("  gold: " + string.Join(" | ", c.Select(Text)));
        foreach (var c in response) stdout.WriteLine("  ours: " + string.Join(" | ", c.Select(Text)));
        // Predicted mentions with no gold twin, beside the gold mention that ends on the same word.
        var goldByLast = new Dictionary<int, MentionSpan>();
        foreach (var c in gold.Clusters) foreach (var m in c) goldByLast.TryAdd(m.Last, m);
        var goldSet = new HashSet<MentionSpan>(gold.Clusters.SelectMany(c => c));
        foreach (var c in response)
            foreach (var m in c)
                if (!goldSet.Contains(m))
                    stdout.WriteLine($"  span: ours [{Text(m)}] gold [{(goldByLast.TryGetValue(m.Last, out var g) ? Text(g) : "-")}]");
    }
}
