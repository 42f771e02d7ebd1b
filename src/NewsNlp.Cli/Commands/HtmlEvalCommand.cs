using System.Collections.Concurrent;
using System.CommandLine;
using System.IO.Compression;
using Newtonsoft.Json.Linq;
using NewsNlp.Cli.Evaluation;
using NewsNlp.Html;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval html --data WCXB_DIR [--split test]</c>: word-level precision, recall and F1 of the
/// article text taken from each web page against WCXB's ground-truth main content, next to the same
/// score for SmartReader's own plain text. Words are lower-cased runs of letters and digits, compared
/// as multisets per page; the table gives the mean over pages (as WCXB reports) and the pooled counts.
/// </summary>
internal static class HtmlEvalCommand
{
    public static Command Create(CliContext io)
    {
        var data = CliOptions.Value("--data", "WCXB", "The WCXB folder (pages.tsv, ground_truth.jsonl.gz and the pages).", required: true);
        var split = CliOptions.Value("--split", "S", "dev or test (test).");
        var limit = CliOptions.Whole("--limit", "Score the first N pages only.", 1, error: "--limit must be a positive whole number.");
        var threads = CliOptions.Whole("--threads", $"Pages read in parallel (default: all cores; at most {CliMain.MaxThreads}).", 1, CliMain.MaxThreads,
            $"--threads must be from 1 to {CliMain.MaxThreads}.");
        var show = CliOptions.Flag("--show", "List each page's scores, ours against SmartReader's, where ours trail most first.");
        var command = new Command("html", "Word-level P/R/F1 of the article text taken from web pages against WCXB's ground truth, beside SmartReader's.")
        {
            data, split, limit, threads, show,
        };
        command.SetAction(r => Run(r.GetRequiredValue(data), r.GetValue(split) ?? "test", r.GetValue(limit) ?? int.MaxValue,
            r.GetValue(threads) ?? Environment.ProcessorCount, r.GetValue(show), io.Out));
        return command;
    }

    private static int Run(string dir, string split, int limit, int threads, bool show, TextWriter stdout)
    {
        string pagesPath = Path.Combine(dir, "pages.tsv"), truthPath = Path.Combine(dir, "ground_truth.jsonl.gz");
        if (!File.Exists(pagesPath) || !File.Exists(truthPath)) throw new InputException($"{dir}: not a WCXB folder (needs pages.tsv and ground_truth.jsonl.gz)");

        var pages = File.ReadLines(pagesPath).Skip(1).Select(line => line.Split('\t'))
            .Where(f => f.Length > 3 && f[1] == split).Select(f => (Id: f[0], Url: f[3])).Take(limit).ToList();
        if (pages.Count == 0) throw new InputException($"{pagesPath}: no pages in split '{split}'");
        var truth = ReadTruth(truthPath);

        var perPage = new ConcurrentBag<(string Id, Prf Ours, Prf Reader)>();
        var ours = new ConcurrentBag<Prf>();
        var reader = new ConcurrentBag<Prf>();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = threads }, p =>
        {
            if (!truth.TryGetValue(p.Id, out var gold)) return;
            string htmlPath = Path.Combine(dir, "html", p.Id + ".html.gz");
            string html;
            using (var gz = new GZipStream(File.OpenRead(htmlPath), CompressionMode.Decompress))
                html = new StreamReader(gz).ReadToEnd();
            var page = WebPage.Parse(html, p.Url, out string readerText);
            // The ground truth's main content leaves the title out: so do we (it is our first line).
            string body = page.BodyText;
            var goldWords = Words(gold);
            var (o, r) = (Score(goldWords, Words(body)), Score(goldWords, Words(readerText)));
            ours.Add(o);
            reader.Add(r);
            perPage.Add((p.Id, o, r));
        });

        if (show)
            foreach (var (id, o, r) in perPage.OrderBy(x => x.Ours.F1 - x.Reader.F1))
                stdout.WriteLine($"{id} ours {o} SmartReader {r}");
        stdout.WriteLine($"pages {ours.Count} (split {split})");
        stdout.WriteLine($"{"",-24} {"P",7} {"R",7} {"F1",7}   pooled P/R/F1");
        Line(stdout, "ours (WebPage.Text)", ours);
        Line(stdout, "SmartReader TextContent", reader);
        stdout.WriteLine($"word F1 {Mean(ours, s => s.F1):F4} (ours) vs {Mean(reader, s => s.F1):F4} (SmartReader) on {ours.Count} {split} pages");
        return CliMain.ExitOk;
    }

    private static Dictionary<string, string> ReadTruth(string path)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var sr = new StreamReader(gz);
        string? line;
        int lineNumber = 0;
        while ((line = sr.ReadLine()) is not null)
        {
            lineNumber++;
            JObject o;
            try { o = JObject.Parse(line); }
            catch (Newtonsoft.Json.JsonReaderException e) { throw new InputException($"{path}:{lineNumber}: bad JSON: {e.Message}", e); }
            if ((string?)o["file_id"] is { } id && (string?)o["ground_truth"]?["main_content"] is { } main) truth[id] = main;
        }
        return truth;
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                string w = text[start..i].ToLowerInvariant();
                counts[w] = counts.GetValueOrDefault(w) + 1;
                start = -1;
            }
        }
        return counts;
    }

    private static Prf Score(Dictionary<string, int> gold, Dictionary<string, int> predicted)
    {
        long tp = 0;
        foreach (var (w, c) in predicted) tp += Math.Min(c, gold.GetValueOrDefault(w));
        return new Prf(tp, predicted.Values.Sum(), gold.Values.Sum());
    }

    private static double Mean(IEnumerable<Prf> scores, Func<Prf, double> f) => scores.Select(f).DefaultIfEmpty(0).Average();

    private static void Line(TextWriter stdout, string name, IReadOnlyCollection<Prf> scores)
    {
        var pooled = new Prf(scores.Sum(s => s.TruePositives), scores.Sum(s => s.Predicted), scores.Sum(s => s.Gold));
        stdout.WriteLine($"{name,-24} {Mean(scores, s => s.Precision),7:F4} {Mean(scores, s => s.Recall),7:F4} {Mean(scores, s => s.F1),7:F4}   {pooled}");
    }
}
