using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NewsNlp.Pipeline;
using NewsNlp.Worker;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp worker-bench --nats URL</c> (hidden; benchmarks/worker-bench.sh runs it against a
/// scratch server): the in-process batch API on one thread, then one and two worker processes
/// (one thread each) on the same articles. A worker's rate is taken from the result stream's own
/// timestamps, first document to last, so process start-up and model loading are left out.
/// It deletes and recreates the deployment's streams: never point it at a server in use.
/// </summary>
internal static class WorkerBenchCommand
{
    private const int WarmUp = 200;

    public static int Run(CommandValues a, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string url = NatsCommandArgs.Url(a);
        int count = NatsCommandArgs.Int(a, "articles", 600, 10, 1_000_000);
        var articles = LoadArticles(a.Get("input"), a.Get("data"), count, out string source);
        stdout.WriteLine($"worker-bench: {articles.Count:N0} articles ({source}, {articles.Average(x => x.Text.Length):N0} characters on average), {Environment.ProcessorCount} cores");

        var pipeline = NewsPipeline.CreateDefault();
        var one = new BatchOptions { MaxDegreeOfParallelism = 1 };
        // Warm-up: a running worker has its code compiled (tiered JIT keeps recompiling hot code for the
        // first ~200 articles; measured without it, a fresh process pays seconds of JIT inside the figures).
        _ = pipeline.ProcessBatch(Enumerable.Range(0, WarmUp).Select(i => articles[i % articles.Count]), one, ct).Count();
        var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var documents = pipeline.ProcessBatch(articles, one, ct).ToList();
        double inProcess = articles.Count / clock.Elapsed.TotalSeconds;
        self.Refresh();
        double inProcessCpu = (self.TotalProcessorTime - cpu0).TotalMilliseconds / articles.Count;
        stdout.WriteLine($"in-process ProcessBatch, 1 thread:        {inProcess,8:N1} articles/s, {inProcessCpu,6:N1} ms CPU per article");
        // What a worker adds before any messaging: the document's JSON (as extract writes it) and one message per event.
        clock.Restart();
        long bytes = 0;
        foreach (var d in documents)
        {
            string json = NewsNlp.Serialization.DocumentJson.Serialize(d);
            bytes += json.Length;
            foreach (var e in WorkerRun.EventMessages(json, d.Id!)) bytes += e.Length;
        }
        stdout.WriteLine($"  plus, in a worker, the JSON (document + event messages): {clock.Elapsed.TotalMilliseconds / documents.Count:N2} ms per article, {bytes / documents.Count:N0} bytes");
        // The machine's own ceiling for two pipelines at once: two workers cannot beat two threads in one process.
        clock.Restart();
        _ = pipeline.ProcessBatch(articles, new BatchOptions { MaxDegreeOfParallelism = 2 }, ct).Count();
        double twoThreads = articles.Count / clock.Elapsed.TotalSeconds;
        stdout.WriteLine($"in-process ProcessBatch, 2 threads:       {twoThreads,8:N1} articles/s ({twoThreads / inProcess:N2}x one thread: this machine's ceiling)");

        var (oneWorker, oneCpu) = RunWorkers(url, articles, 1, ct).GetAwaiter().GetResult();
        stdout.WriteLine($"1 worker process, 1 thread:               {oneWorker,8:N1} articles/s, {oneCpu,6:N1} ms CPU per article");
        var (twoWorkers, twoCpu) = RunWorkers(url, articles, 2, ct).GetAwaiter().GetResult();
        stdout.WriteLine($"2 worker processes, 1 thread each:        {twoWorkers,8:N1} articles/s, {twoCpu,6:N1} ms CPU per article");
        stdout.WriteLine($"two workers / one worker:                 {twoWorkers / oneWorker,8:N2}x (target >= 1.7x)");
        stdout.WriteLine($"per-article overhead of a worker vs batch: {(inProcess / oneWorker - 1) * 100,7:N1} % by rate, {(oneCpu / inProcessCpu - 1) * 100:N1} % by CPU (target <= 10 %)");
        stdout.WriteLine("(rates depend on the CPU the machine's other users leave; CPU per article does much less)");
        return CliMain.ExitOk;
    }

    /// <summary>
    /// Fresh streams, <paramref name="workers"/> worker processes, warmed up on 200 articles each (as
    /// the in-process run is), then the articles: documents per second and the workers' CPU per article.
    /// </summary>
    private static async Task<(double Rate, double CpuMs)> RunWorkers(string url, IReadOnlyList<NewsArticle> articles, int workers, CancellationToken ct)
    {
        var o = new NewsWorkerOptions { Url = url };
        await using var nats = new NatsConnection(NatsConnectionFactory.Options(url, "newsnlp-worker-bench"));
        await NatsConnectionFactory.ConnectAsync(nats, url);
        var js = new NatsJSContext(nats);
        foreach (var stream in new[] { o.ArticleStream, o.ResultStream, o.DeadLetterStream })
        {
            try { await js.DeleteStreamAsync(stream, ct); }
            catch (NatsJSApiException e) when (e.Error.Code == 404) { }
        }
        await NewsStreams.EnsureStreamsAsync(js, o, ct);
        await NewsStreams.EnsureConsumerAsync(js, o, ct);

        var processes = new List<Process>();
        try
        {
            var ready = new List<Task>();
            for (int i = 0; i < workers; i++)
            {
                var (p, started) = StartWorker(url);
                processes.Add(p);
                ready.Add(started);
            }
            await Task.WhenAll(ready).WaitAsync(TimeSpan.FromMinutes(2), ct);

            var docs = await js.CreateOrUpdateConsumerAsync(o.ResultStream, new ConsumerConfig("bench-" + Guid.NewGuid().ToString("N"))
            {
                AckPolicy = ConsumerConfigAckPolicy.None,
                FilterSubject = o.DocumentSubject,
                InactiveThreshold = TimeSpan.FromMinutes(5),
            }, ct);
            // As many warm-up articles per worker as the in-process run had (they share the queue about evenly).
            var warmUp = Enumerable.Range(0, WarmUp * workers).Select(i => articles[i % articles.Count] with { Id = $"warm-{i:D6}" }).ToList();
            await PublishAndWait(warmUp, warmUp.Count);
            var cpu0 = processes.Select(p => { p.Refresh(); return p.TotalProcessorTime; }).ToList();
            await PublishAndWait(articles, warmUp.Count + articles.Count);
            double cpuMs = processes.Select((p, i) => { p.Refresh(); return (p.TotalProcessorTime - cpu0[i]).TotalMilliseconds; }).Sum() / articles.Count;

            DateTimeOffset first = DateTimeOffset.MaxValue, last = DateTimeOffset.MinValue;
            int seen = 0;
            while (seen < warmUp.Count + articles.Count)
            {
                await foreach (var m in docs.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1000 }, cancellationToken: ct))
                {
                    seen++;
                    if (m.Headers?[NewsStreams.ArticleIdHeader].ToString().StartsWith("warm-", StringComparison.Ordinal) == true) continue;
                    var ts = m.Metadata!.Value.Timestamp;
                    if (ts < first) first = ts;
                    if (ts > last) last = ts;
                }
            }
            return ((articles.Count - 1) / (last - first).TotalSeconds, cpuMs);

            async Task PublishAndWait(IReadOnlyList<NewsArticle> batch, int total)
            {
                await Task.WhenAll(batch.Select(x => js.PublishAsync(o.ArticleSubject, ArticleWire.Serialize(x), opts: new NatsJSPubOpts { MsgId = x.Id }, cancellationToken: ct).AsTask()));
                var clock = Stopwatch.StartNew();
                while (true)
                {
                    await docs.RefreshAsync(ct);
                    if (docs.Info.NumPending >= (ulong)total) return;
                    if (processes.Any(p => p.HasExited)) throw new InvalidOperationException("a worker exited during the benchmark");
                    if (clock.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException("the workers did not finish within 30 minutes");
                    await Task.Delay(100, ct);
                }
            }
        }
        finally
        {
            foreach (var p in processes)
            {
                if (!p.HasExited) { using var kill = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]); }
                if (!p.WaitForExit(TimeSpan.FromSeconds(60))) p.Kill();
                p.Dispose();
            }
        }
    }

    /// <summary>This program again (the apphost, or dotnet with this assembly) as <c>worker --threads 1</c>; the task ends when it logs that it started.</summary>
    private static (Process Process, Task Started) StartWorker(string url)
    {
        string self = Environment.ProcessPath ?? "dotnet";
        var psi = new ProcessStartInfo(self) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(CliMain).Assembly.Location);
        foreach (var arg in new[] { "worker", "--nats", url, "--threads", "1", "--stats-interval", "3600" }) psi.ArgumentList.Add(arg);
        var process = Process.Start(psi)!;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) started.TrySetException(new InvalidOperationException("a worker exited before it started"));
            else if (e.Data.Contains("worker started", StringComparison.Ordinal)) started.TrySetResult();
            else if (e.Data.Contains("newsnlp:", StringComparison.Ordinal)) started.TrySetException(new InvalidOperationException(e.Data));
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return (process, started.Task);
    }

    /// <summary>
    /// --input (read as extract reads paths), or the BBC News corpus of the --data folder
    /// (<c>unlabeled/bbc.txt.gz</c>) cut into articles of ~2,000 characters, or the bundled sample;
    /// cycled to <paramref name="count"/>.
    /// </summary>
    private static List<NewsArticle> LoadArticles(string? input, string? data, int count, out string source)
    {
        List<string> texts;
        if (input is not null)
        {
            texts = ArticleSource.FromPaths([input], null, TextReader.Null, false).Select(x => x.Text).Where(t => t.Length > 0).ToList();
            source = input;
        }
        else if (data is not null)
        {
            string bbc = Path.Combine(data, "unlabeled", "bbc.txt.gz");
            if (!File.Exists(bbc)) throw new InputException($"{bbc}: no such file (--data is the corpora folder holding unlabeled/bbc.txt.gz)");
            texts = [];
            using var reader = new StreamReader(new GZipStream(File.OpenRead(bbc), CompressionMode.Decompress), Encoding.UTF8);
            var sb = new StringBuilder();
            string? line;
            while (texts.Count < count && (line = reader.ReadLine()) is not null)
            {
                sb.Append(line).Append('\n');
                if (sb.Length >= 2000) { texts.Add(sb.ToString()); sb.Clear(); }
            }
            source = "BBC News corpus";
        }
        else
        {
            texts = [ArticleSource.Sample(null).Text];
            source = "the bundled sample article, repeated";
        }
        if (texts.Count == 0) throw new InputException("worker-bench: no article text");
        var published = new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i => new NewsArticle(texts[i % texts.Count], published, $"bench-{i:D6}")).ToList();
    }
}
