using System.Reflection;
using System.Text;

namespace NewsNlp.Cli;

/// <summary>Dispatches commands and turns failures into one-line messages and exit codes.</summary>
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

    internal const string Help = """
        newsnlp - entities and events from news text

        Usage:
          newsnlp extract [PATH ...] [options]   Process articles and print JSON.
          newsnlp eval tokenize --conllu FILE    Score tokens and sentences on a UD file's raw text.
          newsnlp --help | --version

        extract
          PATH               A .txt file (one article; its id is the file name), a .jsonl file (one
                             {"id","text","published"} object per line), a folder (its .txt and .jsonl
                             files, sorted by path), or - for standard input. With no PATH, piped
                             standard input is read; with nothing piped, a bundled sample article is
                             processed.
          --published DATE   Publish date (yyyy-MM-dd or ISO 8601) for articles that carry none;
                             relative dates ("on Tuesday") are resolved against it.
          --format FORMAT    json (default: one indented object, or an array for several articles)
                             or jsonl (one compact object per line, in input order).
          --include LIST     Extra parts: tokens,sentences,text (comma separated).
          --stdin-format F   txt (default) or jsonl: how piped standard input is read.
          --threads N        Articles processed in parallel (default: all cores).
          --quiet            No progress on standard error.

        eval tokenize
          --conllu FILE      A CoNLL-U file with '# text' and '# newdoc' lines. Documents are
                             rebuilt from the sentences' text (as shared/tools/ud_raw.py does),
                             tokenized and split, and scored against the gold tokens and
                             sentence ends: precision, recall and F1.

        Exit codes: 0 success, 2 usage error, 3 bad input (missing file, bad JSON line),
                    1 internal error, 130 cancelled.
        Offsets are UTF-16 code units into the article text, end exclusive.
        """;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stdinRedirected)
    {
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                await stdout.WriteLineAsync(Help);
                return args.Length == 0 ? ExitUsage : ExitOk;
            }
            if (args[0] is "--version" or "-v")
            {
                await stdout.WriteLineAsync(typeof(CliMain).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return ExitOk;
            }
            var rest = args.Skip(1).ToArray();
            return args[0] switch
            {
                "extract" => Commands.ExtractCommand.Run(rest, stdin, stdout, stderr, stdinRedirected, cts.Token),
                "eval" => Commands.EvalCommand.Run(rest, stdout, stderr),
                "train" => Commands.TrainCommand.Run(rest, stdout, stderr),
                "tag" => Commands.TagCommand.Run(rest, stdout),
                _ => throw new UsageException($"Unknown command '{args[0]}'. See 'newsnlp --help'."),
            };
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
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"newsnlp: internal error: {e.GetType().Name}: {e.Message}");
            return ExitInternal;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            await stdout.FlushAsync();
        }
    }

    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
