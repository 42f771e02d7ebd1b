using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Worker;

namespace NewsNlp.Cli.Commands;

/// <summary>The settings of <c>newsnlp submit</c>.</summary>
internal sealed record SubmitOptions(IReadOnlyList<string> Paths, NewsWorkerOptions Streams, DateTimeOffset? Published, bool StdinJsonl, bool Quiet)
{
    public static SubmitOptions Parse(CommandValues a)
    {
        if (a.Positional.Count == 0) throw new UsageException("submit needs a PATH: a .txt, .html or .jsonl file, a folder, or - for standard input.");
        DateTimeOffset? published = null;
        if (a.Get("published") is { } p)
        {
            try { published = DocumentJson.ParsePublished(p); }
            catch (FormatException e) { throw new UsageException($"--published: {e.Message}"); }
        }
        string stdinFormat = a.Get("stdin-format") ?? "txt";
        if (stdinFormat is not ("txt" or "jsonl")) throw new UsageException($"--stdin-format must be txt or jsonl, not '{stdinFormat}'.");
        var streams = NatsCommandArgs.Deployment(a);
        return new SubmitOptions(a.Positional, streams, published, stdinFormat == "jsonl", a.Has("quiet"));
    }
}

/// <summary>
/// <c>newsnlp submit</c>: publishes every article of the paths (read as <c>extract</c> reads them) to
/// the article queue, message id = article id, and returns once the server has acknowledged all.
/// </summary>
internal static class SubmitCommand
{
    // Publishes awaiting their acknowledgement at once: enough to hide the round trip, few enough to bound memory.
    private const int Window = 256;

    public static int Run(SubmitOptions options, TextReader stdin, TextWriter stderr, CancellationToken ct) =>
        RunAsync(options, stdin, stderr, ct).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(SubmitOptions options, TextReader stdin, TextWriter stderr, CancellationToken ct)
    {
        var o = options.Streams;
        await using var nats = new NatsConnection(NatsConnectionFactory.Options(o.Url, "newsnlp-submit"));
        await NatsConnectionFactory.ConnectAsync(nats, o.Url);
        var js = new NatsJSContext(nats);
        if (o.CreateStreams)
        {
            await NewsStreams.EnsureStreamsAsync(js, o, ct);
            await NewsStreams.EnsureConsumerAsync(js, o, ct);
        }
        else
        {
            try { await js.GetStreamAsync(o.ArticleStream, cancellationToken: ct); }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                throw new WorkerSetupException($"no stream {o.ArticleStream} on {o.Url}: add --create-streams");
            }
        }

        var clock = Stopwatch.StartNew();
        long submitted = 0, duplicates = 0, lastReport = 0;
        var pending = new Queue<(string Id, Task<bool> Ack)>();
        foreach (var article in ArticleSource.FromPaths(options.Paths, options.Published, stdin, options.StdinJsonl))
        {
            ct.ThrowIfCancellationRequested();
            string id = article.Id!;
            if (id.AsSpan().IndexOfAny('\r', '\n') >= 0) throw new InputException($"article id '{id.ReplaceLineEndings(" ")}': an id cannot hold a line break (it is the message id)");
            pending.Enqueue((id, PublishAsync(js, o.ArticleSubject, ArticleWire.Serialize(article), id, ct)));
            while (pending.Count >= Window) await Settle(pending.Dequeue());
        }
        while (pending.Count > 0) await Settle(pending.Dequeue());
        if (!options.Quiet)
            stderr.WriteLine($"newsnlp: submitted {submitted:N0} article(s) in {clock.Elapsed.TotalSeconds:N1} s" + (duplicates > 0 ? $" ({duplicates:N0} already on the queue, not queued again)" : ""));
        return CliMain.ExitOk;

        async Task Settle((string Id, Task<bool> Ack) p)
        {
            if (await p.Ack) duplicates++;
            submitted++;
            if (!options.Quiet && clock.ElapsedMilliseconds - lastReport >= 1000)
            {
                lastReport = clock.ElapsedMilliseconds;
                stderr.WriteLine($"newsnlp: {submitted:N0} articles acknowledged, {submitted / clock.Elapsed.TotalSeconds:N0}/s");
            }
        }
    }

    /// <summary>Publishes one article and waits for the server's acknowledgement; true when it was a duplicate.</summary>
    private static async Task<bool> PublishAsync(INatsJSContext js, string subject, byte[] body, string id, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var ack = await js.PublishAsync(subject, body, opts: new NatsJSPubOpts { MsgId = NewsStreams.ArticleMessageId(id) }, cancellationToken: ct);
                return ack.Duplicate;
            }
            catch (NatsPayloadTooLargeException e)
            {
                throw new InputException($"article {id}: {body.Length:N0} bytes, over the server's largest message ({e.Message})");
            }
            catch (Exception e) when (e is NatsException or TimeoutException && attempt < 10 && !ct.IsCancellationRequested)
            {
                // A server restarting or a leader election: wait and try again, as a worker does.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << attempt)), ct);
            }
        }
    }
}
