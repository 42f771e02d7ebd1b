using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NewsNlp.Pipeline;

namespace NewsNlp.Worker;

/// <summary>
/// A NewsNlp worker: takes articles from the work-queue stream through a durable pull consumer,
/// processes them with <see cref="NewsPipeline.ProcessBatchAsync"/> on <see cref="NewsWorkerOptions.Threads"/>
/// cores, publishes each document (and one message per event) to the result stream with a message id
/// derived from the article id, and acknowledges the article only after the server has acknowledged
/// those results. A worker that dies before acknowledging gets its articles redelivered to another;
/// the result stream drops the repeated results (same message ids) within its duplicate window.
/// </summary>
/// <remarks>
/// Stopping (the host's stop, SIGTERM in <c>newsnlp worker</c>) stops fetching, finishes and
/// acknowledges what is in flight and returns; articles not finished within
/// <see cref="NewsWorkerOptions.ShutdownGrace"/> are left unacknowledged and come back to another worker.
/// A setup failure (unreachable server, missing stream) does not throw out of the host: it is
/// logged in one line, kept in <see cref="Error"/>, and the application is asked to stop.
/// </remarks>
public sealed class NewsWorker : BackgroundService
{
    private readonly NewsPipeline _pipeline;
    private readonly NewsWorkerOptions _options;
    private readonly ILogger _log;
    private readonly IHostApplicationLifetime? _lifetime;

    /// <summary>A worker over <paramref name="pipeline"/> (shared by its threads; pipelines are thread-safe).</summary>
    /// <exception cref="ArgumentException">An option cannot work (see <see cref="NewsWorkerOptions.Validate"/>).</exception>
    public NewsWorker(NewsPipeline pipeline, NewsWorkerOptions options, ILogger<NewsWorker>? logger = null, IHostApplicationLifetime? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _pipeline = pipeline;
        _options = options;
        _log = (ILogger?)logger ?? NullLogger.Instance;
        _lifetime = lifetime;
    }

    /// <summary>The counts so far.</summary>
    public WorkerStats Stats { get; } = new();

    /// <summary>Why the worker stopped on its own (one line), or null: still running, or ended normally.</summary>
    public string? Error { get; private set; }

    /// <summary>True when a stop's grace period ran out with articles still in flight (they will be redelivered).</summary>
    public bool GraceExceeded { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start-up path: StartAsync returns at the first await, and the set-up below awaits the network.
        await Task.Yield();
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped during set-up: nothing was taken from the queue.
        }
        catch (Exception e)
        {
            Error = Describe(e);
            _log.LogError("worker stopped: {Reason}", Error);
        }
        finally
        {
            _log.LogInformation("worker done: {Stats}", Stats);
            // --once, or a failure: the application has nothing more to do.
            _lifetime?.StopApplication();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var opts = _options;
        await using var nats = new NatsConnection(NatsConnectionFactory.Options(opts.Url, "newsnlp-worker"));
        await NatsConnectionFactory.ConnectAsync(nats, opts.Url).ConfigureAwait(false);
        var js = new NatsJSContext(nats);
        if (opts.CreateStreams) await NewsStreams.EnsureStreamsAsync(js, opts, stoppingToken).ConfigureAwait(false);
        INatsJSConsumer consumer;
        try { consumer = await NewsStreams.EnsureConsumerAsync(js, opts, stoppingToken).ConfigureAwait(false); }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            throw new WorkerSetupException($"no stream {opts.ArticleStream} on {opts.Url}: create the streams first (--create-streams)");
        }
        _log.LogInformation("worker started: {Url}, stream {Stream}, consumer {Consumer}, {Threads} thread(s), at most {InFlight} in flight, ack wait {AckWait}s{Once}",
            opts.Url, opts.ArticleStream, opts.Consumer, opts.Threads, opts.EffectiveMaxInFlight, opts.AckWait.TotalSeconds, opts.Once ? ", until the queue is empty" : "");

        using var hardStop = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() =>
        {
            _log.LogInformation("stop requested: no new articles; finishing those in flight (grace {Grace}s)", opts.ShutdownGrace.TotalSeconds);
            hardStop.CancelAfter(opts.ShutdownGrace);
        });
        var run = new WorkerRun(_pipeline, opts, js, consumer, Stats, _log, stoppingToken, hardStop.Token);
        await run.ExecuteAsync().ConfigureAwait(false);
        GraceExceeded = run.GraceExceeded;
        if (GraceExceeded) Error = $"the shutdown grace period ({opts.ShutdownGrace.TotalSeconds:N0}s) ran out; unfinished articles will be redelivered";
    }

    /// <summary>One line for a set-up failure: what a person reading the log can act on.</summary>
    internal static string Describe(Exception e) => e switch
    {
        WorkerSetupException => e.Message,
        NatsJSApiException api => $"JetStream refused: {api.Error.Description} (code {api.Error.Code})",
        NatsException => e.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}

/// <summary>A worker, <c>submit</c> or <c>collect</c> cannot start: unreachable server, missing stream.</summary>
public sealed class WorkerSetupException : Exception
{
    /// <summary>A set-up failure with a one-line message.</summary>
    public WorkerSetupException(string message, Exception? inner = null) : base(message, inner) { }
}
