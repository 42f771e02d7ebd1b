using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    /// <summary>
    /// Processes an asynchronous stream of articles (a queue, a database cursor, an HTTP feed) on
    /// several cores and yields the documents in input order, holding at most
    /// <see cref="BatchOptions.MaxInFlight"/> articles at once.
    /// </summary>
    /// <remarks>
    /// While <paramref name="articles"/> waits for its next article, finished documents are handed out
    /// (still in input order) rather than held until <see cref="BatchOptions.MaxInFlight"/> articles are
    /// read: a queue that sends more only after earlier documents are out keeps moving.
    /// Failures never lose finished work, as in <see cref="ProcessBatch"/>: when <paramref name="articles"/>
    /// throws, the documents of the articles it returned before are yielded first and then its exception
    /// is rethrown unchanged; a failed article comes after the documents before it, as
    /// <see cref="ArticleProcessingException"/> or through <see cref="BatchOptions.OnArticleFailed"/>.
    /// </remarks>
    /// <exception cref="ArticleProcessingException">An article failed (and <see cref="BatchOptions.OnArticleFailed"/> is not set); the batch stops there.</exception>
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
        var source = articles.GetAsyncEnumerator(cancellationToken);
        // A request to the source still running while documents are handed out (see below).
        Task<bool>? pendingMove = null;
        try
        {
            while (true)
            {
                // As in Batch: a throwing source gets its exception rethrown after the finished documents.
                bool more;
                ExceptionDispatchInfo? failed = null;
                var moveNext = source.MoveNextAsync();
                if (!moveNext.IsCompleted && window.Count > 0)
                {
                    // The source waits (a queue with nothing new for now): hand out the documents already
                    // finished, in order, instead of holding them until the window fills. A queue consumer
                    // acknowledges a message only once its document is out, so holding them would stall it.
                    pendingMove = moveNext.AsTask();
                    while (window.Count > 0 && !pendingMove.IsCompleted)
                    {
                        var oldest = window.Peek();
                        if (!oldest.IsCompleted) await Task.WhenAny(pendingMove, oldest).ConfigureAwait(false);
                        if (!oldest.IsCompleted) continue;
                        if (await TakeAsync(window.Next(), options).ConfigureAwait(false) is { } ready) yield return ready;
                    }
                    moveNext = new ValueTask<bool>(pendingMove);
                }
                try { more = await moveNext.ConfigureAwait(false); }
                catch (Exception e) when (e is not OperationCanceledException) { failed = ExceptionDispatchInfo.Capture(e); more = false; }
                finally { pendingMove = null; }
                if (!more)
                {
                    while (window.Count > 0)
                        if (await TakeAsync(window.Next(), options).ConfigureAwait(false) is { } rest) yield return rest;
                    failed?.Throw();
                    yield break;
                }
                cancellationToken.ThrowIfCancellationRequested();
                if (window.Add(source.Current) && await TakeAsync(window.Next(), options).ConfigureAwait(false) is { } doc) yield return doc;
            }
        }
        finally
        {
            await window.StopAsync().ConfigureAwait(false);
            // Left early (the caller stopped, an article failed) while the source was asked for its next
            // article: an async enumerator cannot be disposed during MoveNextAsync, so that request is
            // let finish first (a source that honours the cancellation token ends it at once).
            if (pendingMove is not null) await ((Task)pendingMove).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<Document?> TakeAsync(Task<Document> task, BatchOptions options)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (TaskCanceledException e)
        {
            throw new OperationCanceledException(e.Message, e, e.CancellationToken);
        }
        catch (ArticleProcessingException e) when (options.OnArticleFailed is not null)
        {
            options.OnArticleFailed(e);
            return null;
        }
    }
}
