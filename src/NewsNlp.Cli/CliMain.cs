using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;

namespace NewsNlp.Cli;

/// <summary>Builds the command tree (System.CommandLine), runs it, and turns failures into one-line messages and exit codes.</summary>
public static class CliMain
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>An unexpected internal error.</summary>
    public const int ExitInternal = 1;

    /// <summary>Wrong command line.</summary>
    public const int ExitUsage = 2;

    /// <summary>Bad input: a missing file, a bad JSON line, an unreadable corpus.</summary>
    public const int ExitInput = 3;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int ExitCancelled = 130;

    /// <summary>
    /// The reader of standard output went away (<c>| head -1</c>): the run stops quietly with the code
    /// a shell gives a program killed by SIGPIPE (128 + 13), as <c>cat</c> or <c>grep</c> would end.
    /// </summary>
    public const int ExitOutputClosed = 141;

    /// <summary>The most <c>--threads</c> accepted: far past any useful parallelism, well short of exhausting memory.</summary>
    internal const int MaxThreads = 1024;

    /// <summary>The root's description: a synopsis of the commands, then the exit codes (<c>newsnlp COMMAND --help</c> lists a command's options).</summary>
    private const string Synopsis = """
        newsnlp - entities and events from news text

        Usage:
          newsnlp extract [PATH ...] [--published DATE] [--format FORMAT] [--on-error MODE] [options]
                                             Process articles and print JSON (or csv/parquet tables).
          newsnlp render FILE [-o page.html] An HTML page: entities by type, events linked to their evidence.
          newsnlp eval tokenize|ner|pos|parse|dates|events|html|zones|roles|coref [options]
                                             Score a stage against a standard corpus.
          newsnlp train ner|pos|parse|events|zones|roles [options]
                                             Train (or pack) a model.
          newsnlp tag ner --model M --input F
                                             Label a CoNLL file's tokens (token TAB tag).
          newsnlp parse --input F.conllu     Tag, lemmatize and parse a CoNLL-U file's words.
          newsnlp submit PATH ... --nats URL Queue articles on NATS JetStream for workers.
          newsnlp worker --nats URL [--once] Process queued articles (until SIGTERM, or the queue is empty).
          newsnlp collect --nats URL --out DIR
                                             Write the workers' results so far to DIR.
          newsnlp COMMAND --help             Every option of a command.

        Exit codes: 0 success, 2 usage error, 3 bad input (missing or unreadable file, bad JSON
                    line, unwritable --output; the message names file and line), 1 internal error,
                    130 cancelled, 141 standard output closed (e.g. '| head -1'; nothing printed).
        Offsets are UTF-16 code units into the article text, end exclusive.
        """;

    /// <summary>
    /// The command tree. Each command is defined in one file under Commands/ (its options, help and
    /// action); the groups (eval, train, tag) only gather them.
    /// </summary>
    internal static Command BuildCommands(CliContext io)
    {
        // A plain command named "newsnlp" rather than RootCommand, whose name is the host
        // executable's (testhost under the tests) and whose --version reads the entry assembly.
        var root = new Command("newsnlp", Synopsis)
        {
            new HelpOption(),
            new Option<bool>("--version", "-v") { Description = "Show the version.", Arity = ArgumentArity.Zero, Action = new VersionAction() },
            Commands.ExtractCommand.Create(io),
            Commands.RenderCommand.Create(io),
            Commands.NatsCommands.CreateSubmit(io),
            Commands.NatsCommands.CreateWorker(io),
            Commands.NatsCommands.CreateCollect(io),
            Commands.NatsCommands.CreateBench(io),
            new Command("eval", "Score a stage against a standard corpus.")
            {
                Commands.EvalCommand.CreateTokenize(io),
                Commands.EvalCommand.CreateNer(io),
                Commands.SyntaxCommands.CreateEval("pos", io),
                Commands.SyntaxCommands.CreateEval("parse", io),
                Commands.DateEvalCommand.Create(io),
                Commands.EventEvalCommand.Create(io),
                Commands.HtmlEvalCommand.Create(io),
                Commands.ZoneCommands.CreateEval(io),
                Commands.RoleCommands.CreateEval(io),
                Commands.CorefEvalCommand.Create(io),
            },
            new Command("train", "Train (or pack) a model; its manifest records the command line.")
            {
                Commands.TrainCommand.CreateNer(io),
                Commands.SyntaxCommands.CreateTrain("pos", io),
                Commands.SyntaxCommands.CreateTrain("parse", io),
                Commands.TrainCommand.CreateEvents(io),
                Commands.ZoneCommands.CreateTrain(io),
                Commands.RoleCommands.CreateTrain(io),
                Commands.CorefTrainCommand.Create(io),
            },
            new Command("tag", "Label a pre-tokenized file.") { Commands.TagCommand.Create(io) },
            Commands.SyntaxCommands.CreateParse(io),
        };
        return root;
    }

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stdinRedirected)
    {
        stdout = new Output.ClosedPipeGuard(stdout);
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var root = BuildCommands(new CliContext(stdin, stdout, stderr, stdinRedirected, args, cts.Token));
            // With no command at all, the synopsis is shown and the exit code says it was a usage mistake.
            var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
            if (parse.Action is ParseErrorAction)
            {
                // One line, as every other usage error: the problems and where to read more.
                string where = string.Join(' ', CommandPath(parse.CommandResult));
                await stderr.WriteLineAsync($"newsnlp: {string.Join(' ', parse.Errors.Select(e => e.Message).Distinct())} See '{where} --help'.");
                return ExitUsage;
            }
            var invocation = new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                // Errors become one line and an exit code below; Ctrl+C is the handler above.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            int code = parse.Invoke(invocation);
            await stdout.FlushAsync();
            return args.Length == 0 ? ExitUsage : code;
        }
        catch (Output.OutputClosedException)
        {
            return ExitOutputClosed;
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitUsage;
        }
        catch (InputException e)
        {
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("newsnlp: cancelled");
            return ExitCancelled;
        }
        catch (NewsNlp.Worker.WorkerSetupException e)
        {
            // An unreachable server or a missing stream: one line, no stack trace.
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitInternal;
        }
        catch (NewsNlp.Pipeline.ArticleProcessingException e)
        {
            await stderr.WriteLineAsync($"newsnlp: internal error: {e.Message}");
            return ExitInternal;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"newsnlp: internal error: {e.GetType().Name}: {e.Message}");
            return ExitInternal;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            // After an error, what was written before it still goes out; a closed pipe changes nothing now.
            try { await stdout.FlushAsync(); }
            catch (Output.OutputClosedException) { }
        }
    }

    private static IEnumerable<string> CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? s = command; s is CommandResult c; s = c.Parent) names.Add(c.Command.Name);
        names.Reverse();
        return names;
    }

    /// <summary><c>--version</c>: the informational version of this assembly (not of the host that runs it).</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(typeof(CliMain).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitOk;
        }
    }

    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
