using System.Text;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.Core;
using NewsNlp.Serialization;
using NewsNlp.Worker;

namespace NewsNlp.Cli.Commands;

/// <summary>The settings of <c>newsnlp collect</c>.</summary>
internal sealed record CollectOptions(NewsWorkerOptions Streams, string OutputDir, string Format)
{
    public static CollectOptions Parse(CommandValues a)
    {
        if (a.Positional.Count > 0) throw new UsageException($"collect takes no arguments ('{a.Positional[0]}').");
        string format = a.Get("format") ?? "jsonl";
        if (format is not ("jsonl" or "parquet")) throw new UsageException($"--format must be jsonl or parquet, not '{format}'.");
        return new CollectOptions(NatsCommandArgs.Deployment(a), a.Require("out"), format);
    }
}

/// <summary>
/// <c>newsnlp collect</c>: every result in the result stream so far, into files. Reading does not
/// remove results (the stream keeps them), so collecting again gives the same files plus newer results.
/// jsonl writes <c>documents.jsonl</c> (one document per line, as <c>extract --format jsonl</c>) and
/// <c>events.jsonl</c>; parquet writes extract's entities, events and relations tables.
/// </summary>
internal static class CollectCommand
{
    private const int Batch = 1000;

    public static int Run(CollectOptions options, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        RunAsync(options, stdout, stderr, ct).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(CollectOptions options, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var o = options.Streams;
        Output.TableOutput.PrepareFolder(options.OutputDir);
        await using var nats = new NatsConnection(NatsConnectionFactory.Options(o.Url, "newsnlp-collect"));
        await NatsConnectionFactory.ConnectAsync(nats, o.Url);
        var js = new NatsJSContext(nats);
        if (o.CreateStreams) await NewsStreams.EnsureStreamsAsync(js, o, ct);
        try { await js.GetStreamAsync(o.ResultStream, cancellationToken: ct); }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            throw new WorkerSetupException($"no stream {o.ResultStream} on {o.Url}: add --create-streams, or run 'newsnlp submit --create-streams' first");
        }

        int documents;
        if (options.Format == "jsonl")
        {
            documents = await DrainToFileAsync(js, o, o.DocumentSubject, Path.Combine(options.OutputDir, "documents.jsonl"), ct);
            int events = await DrainToFileAsync(js, o, o.EventSubject, Path.Combine(options.OutputDir, "events.jsonl"), ct);
            stderr.WriteLine($"newsnlp: collected {documents:N0} document(s) and {events:N0} event(s) into {options.OutputDir}");
        }
        else
        {
            var docs = new List<Document>();
            await DrainAsync(js, o, o.DocumentSubject, body =>
            {
                try { docs.Add(DocumentJson.Deserialize(Encoding.UTF8.GetString(body))); }
                catch (Newtonsoft.Json.JsonException e)
                {
                    throw new InputException($"a result cannot be read back for parquet ({e.Message}); run the workers with --include text");
                }
                return ValueTask.CompletedTask;
            }, ct);
            documents = docs.Count;
            Output.TableOutput.Write(docs, "parquet", options.OutputDir, stdout, () => { });
            stderr.WriteLine($"newsnlp: collected {documents:N0} document(s) into {options.OutputDir} (parquet)");
        }
        return CliMain.ExitOk;
    }

    /// <summary>Writes one message a line to a temporary file, then moves it into place: a reader never sees half a file.</summary>
    private static async Task<int> DrainToFileAsync(INatsJSContext js, NewsWorkerOptions o, string subject, string path, CancellationToken ct)
    {
        string temp = path + ".tmp";
        int count;
        try
        {
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var newline = new byte[] { (byte)'\n' };
                count = await DrainAsync(js, o, subject, async body =>
                {
                    await file.WriteAsync(body, ct);
                    await file.WriteAsync(newline, ct);
                }, ct);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
        return count;
    }

    /// <summary>
    /// Reads every message of <paramref name="subject"/> in stream order through a short-lived
    /// consumer that acknowledges nothing (the results stay), until none is left. A result published
    /// again after the duplicate window (same message id) is kept once.
    /// </summary>
    private static async Task<int> DrainAsync(INatsJSContext js, NewsWorkerOptions o, string subject, Func<byte[], ValueTask> onBody, CancellationToken ct)
    {
        // Named (servers before 2.10 refuse a nameless consumer with a filter), not durable: it expires on its own.
        var consumer = await js.CreateOrUpdateConsumerAsync(o.ResultStream, new ConsumerConfig("newsnlp-collect-" + Guid.NewGuid().ToString("N"))
        {
            AckPolicy = ConsumerConfigAckPolicy.None,
            DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            FilterSubject = subject,
            InactiveThreshold = TimeSpan.FromSeconds(30),
            MemStorage = true,
        }, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        try
        {
            while (true)
            {
                int got = 0;
                await foreach (var msg in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = Batch }, cancellationToken: ct))
                {
                    got++;
                    string? id = msg.Headers is { } h && h.TryGetValue("Nats-Msg-Id", out var v) ? v.ToString() : null;
                    if (id is not null && !seen.Add(id)) continue;
                    var body = msg.Data ?? [];
                    count++;
                    await onBody(body);
                }
                if (got == 0) break;
            }
        }
        finally
        {
            try { await js.DeleteConsumerAsync(o.ResultStream, consumer.Info.Name, CancellationToken.None); }
            catch (NatsJSApiException) { /* gone already: it expires on its own */ }
        }
        return count;
    }
}
