using Spectre.Console;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsNlp.Entities;
using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp extract</c>: the main job.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext io)
    {
        var paths = CliOptions.Paths("PATH", "A .txt file (one article; its id is the file name), an .html or .htm web page (its article, "
                + "title, byline and date are found with SmartReader), a .jsonl file (one {\"id\",\"text\"|\"html\",\"published\",\"url\"} "
                + "object per line), a folder (its .txt, .html, .htm and .jsonl files, sorted by path; linked folders are not followed), "
                + "or - for standard input. With no PATH, piped standard input is read (empty input is an empty result); with nothing "
                + "piped (a terminal, or standard input on /dev/null), a bundled sample article is processed.");
        var published = CliOptions.Value("--published", "DATE", "Publish date (yyyy-MM-dd or ISO 8601) for articles that carry none; relative dates (\"on Tuesday\") are resolved against it.");
        var format = CliOptions.Value("--format", "FORMAT", "json (default: one indented object, or an array for several articles), jsonl (one compact object per line, "
            + "in input order), csv or parquet (the entities, events and relations tables with document ids).");
        var output = CliOptions.Value("--output", "DIR", "csv/parquet: write DIR/entities.*, DIR/events.*, DIR/relations.* (needed for parquet; csv without it prints the entities table).");
        var include = CliOptions.Value("--include", "LIST", "Extra parts: tokens,sentences,text (comma separated).");
        var stdinFormat = CliOptions.Value("--stdin-format", "F", "txt (default) or jsonl: how piped standard input is read.");
        var threads = CliOptions.Whole("--threads", $"Articles processed in parallel (default: all cores; at most {CliMain.MaxThreads}).", 1, CliMain.MaxThreads,
            $"--threads must be a whole number from 1 to {CliMain.MaxThreads}.");
        var onError = CliOptions.Value("--on-error", "MODE", "What a bad input record (a bad JSON line, an unreadable file) does: fail (default) writes every record "
            + "before it, then stops with exit code 3; skip reports it as 'FILE:LINE: reason' on standard error, goes on, and exits with 3 at the end. "
            + "An article the pipeline fails on is an internal error (exit 1), reported with its id; skip goes on past it too.");
        var model = CliOptions.Value("--model", "M", "Entity recognizer: a model name, folder or file (default: bundled en-news).");
        var rules = CliOptions.Value("--rules", "FILE", "Entity rules, JSON Lines: {\"label\":\"ORG\",\"pattern\":\"Kookmin University\"} or "
            + "{\"label\":\"GPE\",\"pattern\":[{\"lower\":\"north\"},{\"lower\":\"korea\"}]}; matches override overlapping model entities.");
        var culture = CliOptions.Value("--culture", "C", "Reads ambiguous numeric dates (03/04/2024) the way culture C writes them: en-US (default) month first, en-GB and most others day first.");
        var cameo = CliOptions.Value("--cameo", "FILE", "Code events with this CAMEO verb dictionary (PETRARCH-2 format) instead of the bundled one (CAMEO.2.0.txt); actors stay the bundled Phoenix ones.");
        var quiet = CliOptions.Flag("--quiet", "No progress on standard error.");
        var accurate = CliOptions.Flag("--accurate", "The accurate tier: syntax and entities from the fine-tuned transformer (models/en-trf; --model en-conll03-trf for "
            + "CoNLL-2003 entities), the other stages unchanged. Slower, more accurate (docs/ACCURATE.md).");
        var command = new Command("extract", "Process articles and print JSON (or csv/parquet tables of entities, events and relations).")
        {
            paths, published, format, output, include, stdinFormat, threads, onError, model, rules, culture, cameo, quiet, accurate,
        };
        command.SetAction(r => Run(new Settings(
            r.GetValue(paths) ?? [], r.GetValue(published), r.GetValue(format) ?? "json", r.GetValue(output), r.GetValue(include) ?? "",
            r.GetValue(stdinFormat) ?? "txt", r.GetValue(threads) ?? Environment.ProcessorCount, r.GetValue(onError) ?? "fail",
            r.GetValue(model), r.GetValue(rules), r.GetValue(culture), r.GetValue(cameo), r.GetValue(quiet), r.GetValue(accurate)), io));
        return command;
    }

    /// <summary>The options of one run, as given.</summary>
    private sealed record Settings(string[] Paths, string? Published, string Format, string? Output, string Include, string StdinFormat, int Threads,
        string OnError, string? Model, string? Rules, string? Culture, string? Cameo, bool Quiet, bool Accurate = false);

    private static int Run(Settings a, CliContext io)
    {
        TextReader stdin = io.In;
        TextWriter stdout = io.Out, stderr = io.Error;
        DateTimeOffset? published = null;
        if (a.Published is { } p)
        {
            try { published = DocumentJson.ParsePublished(p); }
            catch (FormatException e) { throw new UsageException($"--published: {e.Message}"); }
        }
        string format = a.Format;
        if (format is not ("json" or "jsonl" or "csv" or "parquet")) throw new UsageException($"--format must be json, jsonl, csv or parquet, not '{format}'.");
        string? output = a.Output;
        if (format == "parquet" && output is null) throw new UsageException("--format parquet needs --output DIR (it writes entities.parquet, events.parquet and relations.parquet).");
        JsonIncludes include;
        try { include = JsonOutputOptions.ParseIncludes(a.Include); }
        catch (FormatException e) { throw new UsageException($"--include: {e.Message}"); }
        string stdinFormat = a.StdinFormat;
        if (stdinFormat is not ("txt" or "jsonl")) throw new UsageException($"--stdin-format must be txt or jsonl, not '{stdinFormat}'.");
        int threads = a.Threads;
        string onError = a.OnError;
        if (onError is not ("fail" or "skip")) throw new UsageException($"--on-error must be fail or skip, not '{onError}'.");
        // Checked before any work: an hour's run must not end on an output folder that cannot exist.
        if (output is not null && format is "csv" or "parquet") Output.TableOutput.PrepareFolder(output);

        // With skip, bad input records and failed articles are reported as they come and the run goes on.
        int skippedInput = 0, failedArticles = 0;
        Action<InputException>? onBad = onError == "skip" ? e => { skippedInput++; stderr.WriteLine($"newsnlp: {e.Message}"); } : null;
        Action<ArticleProcessingException>? onFailed = onError == "skip" ? e => { failedArticles++; stderr.WriteLine($"newsnlp: internal error: {e.Message} (skipped)"); } : null;
        IEnumerable<NewsArticle> articles = a.Paths.Length > 0
            ? ArticleSource.FromPaths(a.Paths, published, stdin, stdinFormat == "jsonl", onBad)
            // Piped but empty is an empty result; with nothing piped (a terminal, or stdin on /dev/null) the sample is shown.
            : io.StdinPiped
                ? ArticleSource.FromStdin(stdin, stdinFormat == "jsonl", published, onBad)
                : [ArticleSource.Sample(published)];

        var pipeline = BuildPipeline(a.Model, a.Rules, a.Culture, a.Cameo, a.Accurate);
        var batchOptions = new BatchOptions { MaxDegreeOfParallelism = threads, OnArticleFailed = onFailed };
        var options = new JsonOutputOptions { Include = include, Indented = format == "json" };
        // A live bar (Spectre.Console) when standard error is a terminal and the output goes to a file or pipe;
        // otherwise a line at most once a second for long runs.
        bool live = !a.Quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Console.IsOutputRedirected;
        if (live)
        {
            var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(Console.Error), Interactive = Spectre.Console.InteractionSupport.Yes });
            console.Progress().AutoClear(false)
                .Columns(new Spectre.Console.SpinnerColumn(), new Spectre.Console.TaskDescriptionColumn(), new Spectre.Console.ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("newsnlp: 0 articles");
                    task.IsIndeterminate = true;
                    var clock = Stopwatch.StartNew();
                    long count = 0;
                    Work(() =>
                    {
                        count++;
                        task.Description = $"newsnlp: {count:N0} articles, {count / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s";
                    });
                    task.StopTask();
                });
        }
        else
        {
            var progress = new Progress(stderr, a.Quiet);
            Work(progress.Tick);
            progress.Done();
        }
        if (skippedInput > 0) stderr.WriteLine($"newsnlp: skipped {skippedInput:N0} bad input record(s)");
        if (failedArticles > 0) stderr.WriteLine($"newsnlp: skipped {failedArticles:N0} article(s) that failed");
        return failedArticles > 0 ? CliMain.ExitInternal : skippedInput > 0 ? CliMain.ExitInput : CliMain.ExitOk;

        void Work(Action tick)
        {
            var docs = pipeline.ProcessBatch(articles, batchOptions, io.Cancellation);
            if (format is "csv" or "parquet")
            {
                Output.TableOutput.Write(docs, format, output, stdout, tick);
            }
            else if (format == "jsonl")
            {
                foreach (var doc in docs)
                {
                    DocumentJson.Write(stdout, doc, options);
                    stdout.Write('\n');
                    tick();
                }
            }
            else
            {
                // One article: one object. Several: an array of objects. Closed whatever ends the run
                // (a bad input line, a failed article, Ctrl+C): what was written stays valid JSON.
                Document? first = null;
                bool array = false;
                try
                {
                    foreach (var doc in docs)
                    {
                        if (first is null) { first = doc; tick(); continue; }
                        if (!array) { stdout.Write("[\n"); DocumentJson.Write(stdout, first, options); array = true; }
                        stdout.Write(",\n");
                        DocumentJson.Write(stdout, doc, options);
                        tick();
                    }
                }
                finally
                {
                    if (array) stdout.Write("\n]\n");
                    else if (first is not null) { DocumentJson.Write(stdout, first, options); stdout.Write('\n'); }
                    else stdout.Write("[]\n");
                }
            }
        }
    }

    /// <summary>The options of <c>--model</c>, <c>--rules</c>, <c>--culture</c> and <c>--cameo</c> for the library's composition root.</summary>
    internal static NewsPipeline BuildPipeline(string? model, string? rules, string? culture, string? cameo, bool accurate = false)
    {
        bool transformer = AccurateLocator.Wanted(accurate, model);
        var options = new NewsPipelineOptions();
        if (cameo is not null)
        {
            // Another verb dictionary, with the bundled actors and agents.
            if (!File.Exists(cameo)) throw new InputException($"{cameo}: no such file");
            try { options = options with { Verbs = CameoVerbDictionary.Load(cameo) }; }
            catch (FormatException e) { throw new InputException(e.Message, e); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"{cameo}: {e.Message}", e); }
        }
        if (culture is not null)
        {
            try { options = options with { DateCulture = CultureInfo.GetCultureInfo(culture, predefinedOnly: true) }; }
            catch (CultureNotFoundException) { throw new UsageException($"--culture: unknown culture '{culture}' (e.g. en-US, en-GB)."); }
        }
        if (model is not null && !transformer) options = options with { Recognizer = ModelLocator.LoadNer(model) };
        if (rules is not null)
        {
            if (!File.Exists(rules)) throw new InputException($"{rules}: no such file");
            using var reader = new StreamReader(rules);
            try { options = options with { Rules = EntityRuler.FromJsonLines(reader, sourceName: rules) }; }
            catch (FormatException e) { throw new InputException(e.Message, e); }
        }
        return transformer ? AccurateLocator.Pipeline(model, options) : NewsPipelineBuilder.Build(options);
    }

    /// <summary>Progress on standard error for long batches: at most once a second, never for short runs.</summary>
    private sealed class Progress(TextWriter stderr, bool quiet)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _count;
        private long _lastReport;
        private bool _reported;

        public void Tick()
        {
            _count++;
            if (quiet) return;
            long ms = _clock.ElapsedMilliseconds;
            if (ms - _lastReport < 1000) return;
            _lastReport = ms;
            _reported = true;
            stderr.WriteLine($"newsnlp: {_count:N0} articles, {_count / Math.Max(ms / 1000.0, 0.001):N0}/s");
        }

        public void Done()
        {
            if (_reported && !quiet)
                stderr.WriteLine($"newsnlp: done, {_count:N0} articles in {_clock.Elapsed.TotalSeconds:N1} s");
        }
    }
}
