using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Worker;

namespace NewsNlp.Cli.Commands;

/// <summary>The settings of <c>newsnlp worker</c>.</summary>
/// <param name="Worker">Where to read and write, and the flow-control settings.</param>
/// <param name="Model">--model, --rules, --culture, --cameo: the pipeline, as for extract.</param>
internal sealed record WorkerCommandOptions(NewsWorkerOptions Worker, string? Model, string? Rules, string? Culture, string? Cameo)
{
    public static WorkerCommandOptions Parse(CommandValues a)
    {
        if (a.Positional.Count > 0) throw new UsageException($"worker takes no arguments ('{a.Positional[0]}'); articles come from the queue (see 'newsnlp submit').");
        int threads = NatsCommandArgs.Int(a, "threads", Environment.ProcessorCount, 1, CliMain.MaxThreads);
        JsonIncludes include;
        try { include = JsonOutputOptions.ParseIncludes(a.Get("include") ?? ""); }
        catch (FormatException e) { throw new UsageException($"--include: {e.Message}"); }
        var worker = NatsCommandArgs.Deployment(a) with
        {
            Threads = threads,
            MaxInFlight = NatsCommandArgs.Int(a, "max-in-flight", 4 * threads, 1, 1_000_000),
            AckWait = NatsCommandArgs.Seconds(a, "ack-wait", TimeSpan.FromSeconds(30), 1, 86_400),
            MaxDeliver = NatsCommandArgs.Int(a, "max-deliver", 5, 1, 1000),
            MaxArticleChars = NatsCommandArgs.Int(a, "max-chars", 1_000_000, 1, int.MaxValue),
            ShutdownGrace = NatsCommandArgs.Seconds(a, "grace", TimeSpan.FromSeconds(30), 0, 86_400),
            StatsInterval = NatsCommandArgs.Seconds(a, "stats-interval", TimeSpan.FromSeconds(10), 0.1, 86_400),
            Once = a.Has("once"),
            Json = new JsonOutputOptions { Include = include },
        };
        try { worker.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        return new WorkerCommandOptions(worker, a.Get("model"), a.Get("rules"), a.Get("culture"), a.Get("cameo"));
    }
}

/// <summary><c>newsnlp worker</c>: a <see cref="NewsWorker"/> in a generic host, logging to standard error.</summary>
internal static class WorkerCommand
{
    public static int Run(WorkerCommandOptions options, TextWriter stderr, CancellationToken ct)
    {
        var pipeline = ExtractCommand.BuildPipeline(options.Model, options.Rules, options.Culture, options.Cameo);
        using var host = BuildHost(pipeline, options.Worker);
        var worker = host.Services.GetRequiredService<NewsWorker>();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        // SIGTERM (and Ctrl+C, through ct) is a graceful stop: no new articles, the ones in flight finish.
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; lifetime.StopApplication(); });
        using var onCancel = ct.Register(lifetime.StopApplication);
        host.Start();
        lifetime.ApplicationStopping.WaitHandle.WaitOne();
        host.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (worker.Error is { } error)
        {
            stderr.WriteLine($"newsnlp: {error}");
            return CliMain.ExitInternal;
        }
        return CliMain.ExitOk;
    }

    internal static IHost BuildHost(NewsPipeline pipeline, NewsWorkerOptions options)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "HH:mm:ss "; });
        // Standard output is for data; the log goes to standard error.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("NATS", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownGrace + TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(pipeline);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<NewsWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NewsWorker>());
        return builder.Build();
    }
}
