namespace NewsNlp.Cli;

/// <summary>
/// What a command's action works with: the standard streams (the tests hand in their own), whether
/// standard input was piped, the command line as typed (training records it in the model's
/// manifest) and the run's cancellation (Ctrl+C).
/// </summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, bool StdinPiped, IReadOnlyList<string> Args, CancellationToken Cancellation)
{
    /// <summary>The command line as a shell would take it back: <c>newsnlp train ner --train 'a b.conll' ...</c>.</summary>
    public string CommandLine => "newsnlp " + string.Join(' ', Args.Select(Quote));

    private static string Quote(string s) => s.Contains(' ') || s.Contains('\'') ? $"'{s.Replace("'", "'\\''")}'" : s;
}
