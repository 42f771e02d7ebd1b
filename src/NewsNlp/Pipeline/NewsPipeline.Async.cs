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
        // The same FIFO window as the synchronous batch: order kept, memory bounded.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.EffectiveParallelism).ConcurrentScheduler;
        int window = options.EffectiveInFlight;
        var queue = new Queue<Task<Document>>(window);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long index = 0;
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                long i = index++;
                var a = article;
                var token = linked.Token;
                queue.Enqueue(Task.Factory.StartNew(() => Run(a, i, token), token, TaskCreationOptions.None, scheduler));
                if (queue.Count >= window)
                    yield return await AwaitAsync(queue.Dequeue()).ConfigureAwait(false);
            }
            while (queue.Count > 0)
                yield return await AwaitAsync(queue.Dequeue()).ConfigureAwait(false);
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            foreach (var t in queue)
                await ((Task)t).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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
