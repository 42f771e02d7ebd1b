namespace NewsNlp.Pipeline;

/// <summary>An article in a batch failed; names the article by its position and id.</summary>
public sealed class ArticleProcessingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleProcessingException(long index, string? id, Exception inner)
        : base($"Article {index}{(id is null ? "" : $" (id \"{id}\")")} failed: {inner.Message}", inner)
    {
        Index = index;
        Id = id;
    }

    /// <summary>Zero-based position of the article in the input.</summary>
    public long Index { get; }

    /// <summary>The article's id, if it had one.</summary>
    public string? Id { get; }
}
