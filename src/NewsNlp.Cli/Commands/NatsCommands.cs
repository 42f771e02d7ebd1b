using System.CommandLine;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// The option values of one <c>worker</c>, <c>submit</c>, <c>collect</c> or <c>worker-bench</c> command
/// line as System.CommandLine parsed them (names without their dashes), for the option records' own
/// range checks and messages.
/// </summary>
internal sealed class CommandValues
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positional { get; }

    private CommandValues(IReadOnlyList<string> positional) => Positional = positional;

    public static CommandValues From(ParseResult r, IEnumerable<Option<string>> values, IEnumerable<Option<bool>> flags, Argument<string[]>? paths = null)
    {
        var v = new CommandValues(paths is null ? [] : r.GetValue(paths) ?? []);
        foreach (var o in values)
            if (r.GetValue(o) is { } s) v._values[o.Name.TrimStart('-')] = s;
        foreach (var f in flags)
            if (r.GetValue(f)) v._values[f.Name.TrimStart('-')] = "true";
        return v;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _values.ContainsKey(name);

    public string Require(string name) => Get(name) ?? throw new UsageException($"--{name} is required.");
}

/// <summary>The scaling-out commands on System.CommandLine: <c>submit</c>, <c>worker</c>, <c>collect</c> and the hidden <c>worker-bench</c>.</summary>
internal static class NatsCommands
{
    private static Option<string> Nats() => CliOptions.Value("--nats", "URL", "The NATS server with JetStream (nats://host:4222; several comma separated).", required: true);

    private static Option<bool> CreateStreams() => CliOptions.Flag("--create-streams", "Create the article, result and dead-letter streams when missing (idempotent; never rewrites an existing stream).");

    private static Option<string> Replicas() => CliOptions.Value("--replicas", "N", "Copies per stream on a JetStream cluster (1; 3 on a 3-node cluster).");

    public static Command CreateSubmit(CliContext io)
    {
        var paths = CliOptions.Paths("PATH", "Articles, as extract reads them: .txt, .html, .jsonl files, folders, or - for standard input.");
        Option<string>[] values = [Nats(), Replicas(), CliOptions.Value("--published", "DATE", "Publish date for articles that carry none."),
            CliOptions.Value("--stdin-format", "F", "txt (default) or jsonl: how piped standard input is read.")];
        Option<bool>[] flags = [CreateStreams(), CliOptions.Flag("--quiet", "No progress on standard error.")];
        var command = new Command("submit", "Queue articles on NATS JetStream for workers; exits once the server has acknowledged every one.") { paths };
        foreach (var o in values) command.Options.Add(o);
        foreach (var f in flags) command.Options.Add(f);
        command.SetAction(r => SubmitCommand.Run(SubmitOptions.Parse(CommandValues.From(r, values, flags, paths)), io.In, io.Error, io.Cancellation));
        return command;
    }

    public static Command CreateWorker(CliContext io)
    {
        Option<string>[] values = [Nats(), Replicas(),
            CliOptions.Value("--threads", "N", "Articles processed in parallel (all cores)."),
            CliOptions.Value("--max-in-flight", "N", "Most unacknowledged articles held (4 x threads)."),
            CliOptions.Value("--ack-wait", "S", "Seconds the server waits for an acknowledgement before redelivering (30; long articles send in-progress acks)."),
            CliOptions.Value("--max-deliver", "N", "Deliveries before an article goes to the dead-letter subject (5)."),
            CliOptions.Value("--max-chars", "N", "Longest article text accepted; longer ones are dead-lettered (1000000)."),
            CliOptions.Value("--grace", "S", "Seconds SIGTERM waits for in-flight articles (30)."),
            CliOptions.Value("--stats-interval", "S", "Seconds between progress lines in the log (10)."),
            CliOptions.Value("--include", "LIST", "Extra parts of the result documents: tokens,sentences,text."),
            CliOptions.Value("--model", "M", "Entity recognizer, as for extract."),
            CliOptions.Value("--rules", "FILE", "Entity rules, as for extract."),
            CliOptions.Value("--culture", "C", "Culture for ambiguous numeric dates, as for extract."),
            CliOptions.Value("--cameo", "FILE", "CAMEO verb dictionary, as for extract.")];
        Option<bool>[] flags = [CreateStreams(), CliOptions.Flag("--once", "Stop when no article is waiting or unacknowledged (batch jobs); without it, run until SIGTERM.")];
        var command = new Command("worker", "Process queued articles: publish each result, then acknowledge the article (until SIGTERM, or with --once until the queue is empty).");
        foreach (var o in values) command.Options.Add(o);
        foreach (var f in flags) command.Options.Add(f);
        command.SetAction(r => WorkerCommand.Run(WorkerCommandOptions.Parse(CommandValues.From(r, values, flags)), io.Error, io.Cancellation));
        return command;
    }

    public static Command CreateCollect(CliContext io)
    {
        Option<string>[] values = [Nats(), Replicas(), CliOptions.Value("--out", "DIR", "Writes DIR/documents.jsonl and DIR/events.jsonl (or extract's Parquet tables).", required: true),
            CliOptions.Value("--format", "F", "jsonl (default) or parquet.")];
        Option<bool>[] flags = [CreateStreams()];
        var command = new Command("collect", "Write every result the workers have published so far into files (results stay in the stream).");
        foreach (var o in values) command.Options.Add(o);
        foreach (var f in flags) command.Options.Add(f);
        command.SetAction(r => CollectCommand.Run(CollectOptions.Parse(CommandValues.From(r, values, flags)), io.Out, io.Error, io.Cancellation));
        return command;
    }

    public static Command CreateBench(CliContext io)
    {
        Option<string>[] values = [Nats(), CliOptions.Value("--articles", "N", "How many articles (600)."), CliOptions.Value("--input", "PATH", "Articles to use instead of the built-in sample."),
            CliOptions.Value("--data", "DIR", "The corpora folder: its unlabeled/bbc.txt.gz is cut into articles (unless --input is given).")];
        var command = new Command("worker-bench", "Batch API vs one vs two worker processes (benchmarks/worker-bench.sh).") { Hidden = true };
        foreach (var o in values) command.Options.Add(o);
        command.SetAction(r => WorkerBenchCommand.Run(CommandValues.From(r, values, []), io.Out, io.Error, io.Cancellation));
        return command;
    }
}
