using NewsNlp.Cli;
using NewsNlp.Cli.Commands;

namespace NewsNlp.Fuzz;

/// <summary>
/// The CLI's JSONL article reader (<c>newsnlp extract --stdin-format jsonl</c> and <c>*.jsonl</c>
/// files) on any bytes. A bad line must come out as <see cref="InputException"/>, which the CLI
/// reports with the file and line; anything else is a crash.
/// </summary>
internal static class JsonlHarness
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        // The reader the CLI opens for a .jsonl file: UTF-8 without throwing on bad bytes, BOMs honoured.
        using var reader = new StreamReader(new MemoryStream(data.ToArray()), CliMain.Utf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            foreach (var article in ArticleSource.FromStdin(reader, jsonl: true, published: null))
            {
                if (article.Text is null || article.Id is null) throw new FuzzInvariantException("an article without text or id");
            }
        }
        catch (InputException)
        {
        }
    }
}
