using System.Runtime.CompilerServices;

namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    /// <summary>
    /// Processes an asynchronous stream of articles (a queue, a database cursor, an HTTP feed) on
    /// several cores and yields the documents in input order, holding at most
    /// <see cref="BatchOptions.MaxInFlight"/> articles at once.
    /// </summary>
    /// <exception cref="ArticleProcessingException">An article failed; the batch stops there.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<Document> ProcessBatchAsync(IAsyncEnumerable<NewsArticle> articles, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return BatchAsync(articles, options ?? new BatchOptions(), cancellationToken);
    }

    private async IAsyncEnumerable<Document> BatchAsync(IAsyncEnumerable<NewsArticle> articles, BatchOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var window = new BatchWindow(this, options, cancellationToken);
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (window.Add(article)) yield return await AwaitAsync(window.Next()).ConfigureAwait(false);
            }
            while (window.Count > 0)
                yield return await AwaitAsync(window.Next()).ConfigureAwait(false);
        }
        finally
        {
            await window.StopAsync().ConfigureAwait(false);
        }
    }

    private static async Task<Document> AwaitAsync(Task<Document> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (TaskCanceledException e)
        {
            throw new OperationCanceledException(e.Message, e, e.CancellationToken);
        }
    }
}
