using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsNlp.Html;

/// <summary>
/// The article inside a web page: its main text (one block per line, the title first), title, byline,
/// language and publish date, as SmartReader (the .NET port of Mozilla's Readability) finds them.
/// A page that is not an article, or is too large to parse, gives an empty <see cref="Text"/> and a
/// line in <see cref="Warnings"/> — never an exception for the page's content.
/// </summary>
/// <param name="Text">The headline on the first line, then the article's blocks, one per line; empty when no article was found.</param>
/// <param name="Title">The page's article title, or null.</param>
/// <param name="Byline">The author line, or null.</param>
/// <param name="Language">The page's declared language ("en", "en-US"), or null.</param>
/// <param name="Published">The publish date from the page's metadata, or null.</param>
/// <param name="Warnings">Why the text is empty or may be incomplete; empty when all went well.</param>
public sealed record WebPage(string Text, string? Title, string? Byline, string? Language, DateTimeOffset? Published, IReadOnlyList<string> Warnings)
{
    /// <summary>Pages with more elements than this are not parsed (a 10 MB page of markup would take minutes).</summary>
    public const int MaxElements = 60_000;

    /// <summary>An article text shorter than this (characters, the title left out) counts as no article.</summary>
    private const int MinArticleLength = 200;

    /// <summary>Pages longer than this (UTF-16 code units, 20 M) are refused before parsing.</summary>
    public const int MaxLength = 20_000_000;

    // Elements whose content is a block of its own: each ends a line of the text.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th",
        "caption", "address", "hr", "br", "details", "summary",
    };

    /// <summary>Extracts the article of an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address, when known (resolves relative links and helps the metadata).</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static WebPage Parse(string html, string? url = null) => Parse(html, url, out _);

    /// <summary>As <see cref="Parse(string, string?)"/>, and SmartReader's own plain text (for comparing against it).</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="readerText">The text SmartReader extracted, before NewsNlp's own cleaning.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static WebPage Parse(string html, string? url, out string readerText)
    {
        ArgumentNullException.ThrowIfNull(html);
        readerText = "";
        if (html.Length > MaxLength)
            return Empty($"the page is {html.Length:N0} characters long, over the limit of {MaxLength:N0}");
        if (string.IsNullOrWhiteSpace(html)) return Empty("the page is empty");
        var reader = new SmartReader.Reader(Address(url), html) { MaxElemsToParse = MaxElements };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader throws on pages it cannot take apart (too many elements among them).
            return Empty($"no article could be extracted: {e.Message}");
        }
        readerText = article.TextContent ?? "";
        var warnings = new List<string>();
        foreach (var error in article.Errors) warnings.Add(error.Message);
        string? title = Clean(article.Title);
        var text = new StringBuilder();
        if (title is not null) text.Append(title).Append('\n');
        int head = text.Length;
        if (!string.IsNullOrWhiteSpace(article.Content)) AppendBlocks(article.Content, title, text);
        // SmartReader calls a page unreadable when its best block is short, yet often still finds the
        // article (2 of WCXB's 256 test articles): keep what it found unless that is only a few words.
        if (text.Length - head < MinArticleLength)
        {
            warnings.Insert(0, "no article found in the page");
            return new WebPage("", title, Clean(article.Byline), Clean(article.Language), null, warnings);
        }
        if (!article.IsReadable) warnings.Add("SmartReader rates the page as hard to read: it may not be an article");
        // The text is kept (its names may still be wanted), but the caller is told the models are English.
        if (Clean(article.Language) is { } lang && !lang.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            warnings.Add($"the page's language is '{lang}': the models are English, so entities and events may be wrong");
        DateTimeOffset? published = article.PublicationDate is { } d
            ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), TimeSpan.Zero)
            : null;
        return new WebPage(text.ToString().TrimEnd('\n'), title, Clean(article.Byline ?? article.Author), Clean(article.Language), published, warnings);
    }

    /// <summary>The text without its headline line (what article-extraction benchmarks compare).</summary>
    public string BodyText => Title is not null && Text.StartsWith(Title + "\n", StringComparison.Ordinal) ? Text[(Title.Length + 1)..] : Text;

    private static WebPage Empty(string warning) => new("", null, null, null, null, [warning]);

    private static string Address(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : "https://localhost/";

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return CollapseSpaces(s.AsSpan());
    }

    /// <summary>The extracted article's markup as text: a line per block, spaces collapsed, no repeat of the title.</summary>
    private static void AppendBlocks(string content, string? title, StringBuilder text)
    {
        var document = new HtmlParser().ParseDocument(content);
        var line = new StringBuilder();
        bool first = true;
        Walk(document.Body ?? (INode)document.DocumentElement);

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) { line.Append(t.Data); continue; }
                if (child is not IElement e) continue;
                if (e.LocalName is "script" or "style" or "noscript" or "template") continue;
                bool block = Blocks.Contains(e.LocalName);
                if (block) Flush();
                Walk(e);
                if (block) Flush();
            }
        }

        void Flush()
        {
            if (line.Length == 0) return;
            string s = CollapseSpaces(line.ToString().AsSpan());
            line.Clear();
            if (s.Length == 0) return;
            // Readability often keeps the headline inside the content: the first line already holds it.
            if (first && title is not null && string.Equals(s, title, StringComparison.Ordinal)) { first = false; return; }
            first = false;
            text.Append(s).Append('\n');
        }
        Flush();
    }

    /// <summary>Runs of white space (non-breaking spaces included) become one space; line breaks inside a block too.</summary>
    private static string CollapseSpaces(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control)
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
