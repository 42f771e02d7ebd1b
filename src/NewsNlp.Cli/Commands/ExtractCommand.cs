using Spectre.Console;
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
    private static readonly HashSet<string> ValueOptions = ["published", "format", "include", "stdin-format", "threads", "model", "rules", "culture", "output", "cameo", "on-error"];
    private static readonly HashSet<string> Flags = ["quiet"];

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stdinRedirected, CancellationToken ct)
    {
        var a = CliArgs.Parse(args, ValueOptions, Flags);
        DateTimeOffset? published = null;
        if (a.Get("published") is { } p)
        {
            try { published = DocumentJson.ParsePublished(p); }
            catch (FormatException e) { throw new UsageException($"--published: {e.Message}"); }
        }
        string format = a.Get("format") ?? "json";
        if (format is not ("json" or "jsonl" or "csv" or "parquet")) throw new UsageException($"--format must be json, jsonl, csv or parquet, not '{format}'.");
        string? output = a.Get("output");
        if (format == "parquet" && output is null) throw new UsageException("--format parquet needs --output DIR (it writes entities.parquet, events.parquet and relations.parquet).");
        JsonIncludes include;
        try { include = JsonOutputOptions.ParseIncludes(a.Get("include") ?? ""); }
        catch (FormatException e) { throw new UsageException($"--include: {e.Message}"); }
        string stdinFormat = a.Get("stdin-format") ?? "txt";
        if (stdinFormat is not ("txt" or "jsonl")) throw new UsageException($"--stdin-format must be txt or jsonl, not '{stdinFormat}'.");
        int threads = Environment.ProcessorCount;
        if (a.Get("threads") is { } t && (!int.TryParse(t, out threads) || threads < 1 || threads > CliMain.MaxThreads))
            throw new UsageException($"--threads must be a whole number from 1 to {CliMain.MaxThreads}.");
        string onError = a.Get("on-error") ?? "fail";
        if (onError is not ("fail" or "skip")) throw new UsageException($"--on-error must be fail or skip, not '{onError}'.");
        // Checked before any work: an hour's run must not end on an output folder that cannot exist.
        if (output is not null && format is "csv" or "parquet") Output.TableOutput.PrepareFolder(output);

        // With skip, bad input records and failed articles are reported as they come and the run goes on.
        int skippedInput = 0, failedArticles = 0;
        Action<InputException>? onBad = onError == "skip" ? e => { skippedInput++; stderr.WriteLine($"newsnlp: {e.Message}"); } : null;
        Action<ArticleProcessingException>? onFailed = onError == "skip" ? e => { failedArticles++; stderr.WriteLine($"newsnlp: internal error: {e.Message} (skipped)"); } : null;
        IEnumerable<NewsArticle> articles = a.Positional.Count > 0
            ? ArticleSource.FromPaths(a.Positional, published, stdin, stdinFormat == "jsonl", onBad)
            // Piped but empty is an empty result; with nothing piped (a terminal, or stdin on /dev/null) the sample is shown.
            : stdinRedirected
                ? ArticleSource.FromStdin(stdin, stdinFormat == "jsonl", published, onBad)
                : [ArticleSource.Sample(published)];

        var pipeline = BuildPipeline(a.Get("model"), a.Get("rules"), a.Get("culture"), a.Get("cameo"));
        var batchOptions = new BatchOptions { MaxDegreeOfParallelism = threads, OnArticleFailed = onFailed };
        var options = new JsonOutputOptions { Include = include, Indented = format == "json" };
        // A live bar (Spectre.Console) when standard error is a terminal and the output goes to a file or pipe;
        // otherwise a line at most once a second for long runs.
        bool live = !a.Has("quiet") && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Console.IsOutputRedirected;
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
            var progress = new Progress(stderr, a.Has("quiet"));
            Work(progress.Tick);
            progress.Done();
        }
        if (skippedInput > 0) stderr.WriteLine($"newsnlp: skipped {skippedInput:N0} bad input record(s)");
        if (failedArticles > 0) stderr.WriteLine($"newsnlp: skipped {failedArticles:N0} article(s) that failed");
        return failedArticles > 0 ? CliMain.ExitInternal : skippedInput > 0 ? CliMain.ExitInput : CliMain.ExitOk;

        void Work(Action tick)
        {
            var docs = pipeline.ProcessBatch(articles, batchOptions, ct);
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
    internal static NewsPipeline BuildPipeline(string? model, string? rules, string? culture, string? cameo)
    {
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
        if (model is not null) options = options with { Recognizer = ModelLocator.LoadNer(model) };
        if (rules is not null)
        {
            if (!File.Exists(rules)) throw new InputException($"{rules}: no such file");
            using var reader = new StreamReader(rules);
            try { options = options with { Rules = EntityRuler.FromJsonLines(reader, sourceName: rules) }; }
            catch (FormatException e) { throw new InputException(e.Message, e); }
        }
        return NewsPipelineBuilder.Build(options);
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
