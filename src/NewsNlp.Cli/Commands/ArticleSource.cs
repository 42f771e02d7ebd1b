using System.IO.Enumeration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary>Reads articles lazily from files, folders, standard input or the bundled sample.</summary>
internal static class ArticleSource
{
    public const string SampleId = "sample";

    /// <summary>
    /// The articles of <paramref name="paths"/> in order. Bad input (a bad JSON line, an unreadable
    /// file) throws <see cref="InputException"/> naming file and line, or, with <paramref name="onBad"/>,
    /// is reported there and skipped.
    /// </summary>
    public static IEnumerable<NewsArticle> FromPaths(IReadOnlyList<string> paths, DateTimeOffset? published, TextReader stdin, bool stdinJsonl,
        Action<InputException>? onBad = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var a in FromStdin(stdin, stdinJsonl, published, onBad)) yield return a;
                continue;
            }
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Bad(new InputException($"{path}: no such file or folder"), onBad);
                continue;
            }
            List<string> files;
            try { files = Directory.Exists(path) ? FolderFiles(path) : [path]; }
            catch (InputException e) when (onBad is not null) { onBad(e); continue; }
            foreach (var f in files)
                foreach (var a in FromFile(f, published, onBad)) yield return a;
        }
    }

    /// <summary>Throws <paramref name="e"/>, or hands it to <paramref name="onBad"/> when the caller skips bad input.</summary>
    private static void Bad(InputException e, Action<InputException>? onBad)
    {
        if (onBad is null) throw e;
        onBad(e);
    }

    /// <summary>
    /// A folder's .txt, .jsonl, .html and .htm files, sorted by path. Linked folders are not followed (as with
    /// <c>find</c> and <c>grep -r</c>): a link back to a parent would list the same files again and
    /// again; linked files are read.
    /// </summary>
    internal static List<string> FolderFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        try
        {
            return new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToSpecifiedFullPath(), options)
            {
                ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory
                    && (e.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || e.FileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || IsHtml(e.FileName)),
            }.Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{folder}: {e.Message}", e);
        }
    }

    /// <summary>Standard input: one article, or JSON Lines. Empty (or blank) input is no article at all.</summary>
    public static IEnumerable<NewsArticle> FromStdin(TextReader stdin, bool jsonl, DateTimeOffset? published, Action<InputException>? onBad = null)
    {
        if (jsonl) return FromJsonLines(stdin, "<stdin>", published, onBad);
        string text = stdin.ReadToEnd();
        return string.IsNullOrWhiteSpace(text) ? [] : [new NewsArticle(text, published, "stdin")];
    }

    public static NewsArticle Sample(DateTimeOffset? published)
    {
        using var stream = typeof(ArticleSource).Assembly.GetManifestResourceStream("NewsNlp.Cli.sample-article.txt")
            ?? throw new InvalidOperationException("The bundled sample article is missing from the build.");
        using var reader = new StreamReader(stream);
        // The sample is written as published on Monday 17 June 2024.
        return new NewsArticle(reader.ReadToEnd(), published ?? new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), SampleId);
    }

    private static IEnumerable<NewsArticle> FromFile(string path, DateTimeOffset? published, Action<InputException>? onBad)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            StreamReader reader;
            try { reader = new StreamReader(path, CliMain.Utf8, detectEncodingFromByteOrderMarks: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Bad(new InputException($"{path}: {e.Message}", e), onBad);
                yield break;
            }
            using (reader)
                foreach (var a in FromJsonLines(reader, path, published, onBad)) yield return a;
            yield break;
        }
        string text;
        try { text = File.ReadAllText(path, CliMain.Utf8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Bad(new InputException($"{path}: {e.Message}", e), onBad);
            yield break;
        }
        string id = Path.GetFileNameWithoutExtension(path);
        // A web page: its article is extracted on a worker thread; the page's own date wins over --published.
        yield return IsHtml(path) ? NewsArticle.FromHtml(text, published, id) with { PublishedIsDefault = true } : new NewsArticle(text, published, id);
    }

    private static bool IsHtml(ReadOnlySpan<char> name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<NewsArticle> FromJsonLines(TextReader reader, string name, DateTimeOffset? published, Action<InputException>? onBad)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            NewsArticle article;
            try { article = ParseLine(line, name, lineNumber, published); }
            catch (InputException e) when (onBad is not null) { onBad(e); continue; }
            yield return article;
        }
    }

    private static NewsArticle ParseLine(string line, string name, int lineNumber, DateTimeOffset? published)
    {
        JObject o;
        try
        {
            // Dates stay strings: Json.NET would otherwise convert "published" to local time.
            using var jr = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
            o = JObject.Load(jr);
            if (jr.Read() && jr.TokenType != JsonToken.Comment)
                throw new InputException($"{name}:{lineNumber}: bad JSON: more than one value on the line");
        }
        catch (JsonReaderException e)
        {
            throw new InputException($"{name}:{lineNumber}: bad JSON: {e.Message}");
        }
        var textValue = o["text"] as JValue;
        var htmlValue = o["html"] as JValue;
        if (textValue is not { Type: JTokenType.String } && htmlValue is not { Type: JTokenType.String })
            throw new InputException($"{name}:{lineNumber}: the object has no string \"text\" or \"html\"");
        if (textValue is { Type: JTokenType.String } && htmlValue is { Type: JTokenType.String })
            throw new InputException($"{name}:{lineNumber}: the object has both \"text\" and \"html\"; give one");
        string? id = o["id"] switch
        {
            null or JValue { Type: JTokenType.Null } => null,
            JValue v when v.Type is JTokenType.String or JTokenType.Integer => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InputException($"{name}:{lineNumber}: \"id\" must be a string or a number"),
        };
        DateTimeOffset? date = published;
        if (o["published"] is JValue pv && pv.Type != JTokenType.Null)
        {
            try
            {
                date = DocumentJson.ParsePublished(pv.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (FormatException e)
            {
                throw new InputException($"{name}:{lineNumber}: {e.Message}");
            }
        }
        id ??= $"{Path.GetFileNameWithoutExtension(name)}:{lineNumber}";
        if (htmlValue is { Type: JTokenType.String })
        {
            string? url = o["url"] is JValue { Type: JTokenType.String } u ? (string?)u : null;
            // The record's own "published" wins over the page's; --published only fills in for both.
            bool own = o["published"] is JValue { Type: not JTokenType.Null };
            return NewsArticle.FromHtml((string)htmlValue!, date, id, url) with { PublishedIsDefault = !own };
        }
        return new NewsArticle((string)textValue!, date, id);
    }
}
