using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary>Reads articles lazily from files, folders, standard input or the bundled sample.</summary>
internal static class ArticleSource
{
    public const string SampleId = "sample";

    public static IEnumerable<NewsArticle> FromPaths(IReadOnlyList<string> paths, DateTimeOffset? published, TextReader stdin, bool stdinJsonl)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var a in FromStdin(stdin, stdinJsonl, published)) yield return a;
                continue;
            }
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                foreach (var f in files)
                    foreach (var a in FromFile(f, published)) yield return a;
                continue;
            }
            if (!File.Exists(path)) throw new InputException($"{path}: no such file or folder");
            foreach (var a in FromFile(path, published)) yield return a;
        }
    }

    public static IEnumerable<NewsArticle> FromStdin(TextReader stdin, bool jsonl, DateTimeOffset? published)
    {
        if (jsonl) return FromJsonLines(stdin, "<stdin>", published);
        return [new NewsArticle(stdin.ReadToEnd(), published, "stdin")];
    }

    public static NewsArticle Sample(DateTimeOffset? published)
    {
        using var stream = typeof(ArticleSource).Assembly.GetManifestResourceStream("NewsNlp.Cli.sample-article.txt")
            ?? throw new InvalidOperationException("The bundled sample article is missing from the build.");
        using var reader = new StreamReader(stream);
        // The sample is written as published on Monday 17 June 2024.
        return new NewsArticle(reader.ReadToEnd(), published ?? new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), SampleId);
    }

    private static IEnumerable<NewsArticle> FromFile(string path, DateTimeOffset? published)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            StreamReader reader;
            try { reader = new StreamReader(path, CliMain.Utf8, detectEncodingFromByteOrderMarks: true); }
            catch (IOException e) { throw new InputException($"{path}: {e.Message}", e); }
            catch (UnauthorizedAccessException e) { throw new InputException($"{path}: {e.Message}", e); }
            using (reader)
                foreach (var a in FromJsonLines(reader, path, published)) yield return a;
            yield break;
        }
        string text;
        try { text = File.ReadAllText(path, CliMain.Utf8); }
        catch (IOException e) { throw new InputException($"{path}: {e.Message}", e); }
        catch (UnauthorizedAccessException e) { throw new InputException($"{path}: {e.Message}", e); }
        yield return new NewsArticle(text, published, Path.GetFileNameWithoutExtension(path));
    }

    private static IEnumerable<NewsArticle> FromJsonLines(TextReader reader, string name, DateTimeOffset? published)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, name, lineNumber, published);
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
        if (o["text"] is not JValue { Type: JTokenType.String } textValue)
            throw new InputException($"{name}:{lineNumber}: the object has no string \"text\"");
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
        return new NewsArticle((string)textValue!, date, id ?? $"{Path.GetFileNameWithoutExtension(name)}:{lineNumber}");
    }
}
