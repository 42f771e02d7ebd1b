namespace NewsNlp.Pipeline;

/// <summary>An article to process: its text, optional id and optional publish date.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Published">Publish date, against which relative dates are resolved; null when unknown.</param>
/// <param name="Id">The caller's id, carried to the output.</param>
public sealed record NewsArticle(string Text, DateTimeOffset? Published = null, string? Id = null)
{
    /// <summary>
    /// The article as a web page: when set, the batch extracts the page's article (on a worker
    /// thread, like the rest of the work) and <see cref="Text"/> is not used. See <see cref="FromHtml"/>.
    /// </summary>
    public string? Html { get; init; }

    /// <summary>The page's address, when <see cref="Html"/> is set and the address is known.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// For a web page: when true, <see cref="Published"/> is only a default, used when the page's
    /// metadata gives no date (as the command line's <c>--published</c> is); when false (the
    /// default), the caller's date wins over the page's.
    /// </summary>
    public bool PublishedIsDefault { get; init; }

    /// <summary>
    /// An article given as a web page. <paramref name="published"/>, when given, wins over the
    /// date in the page's metadata.
    /// </summary>
    public static NewsArticle FromHtml(string html, DateTimeOffset? published = null, string? id = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return new NewsArticle("", published, id) { Html = html, Url = url };
    }
}
