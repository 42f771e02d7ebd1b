using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace NewsNlp.Worker;

/// <summary>
/// The streams, consumer, message ids and headers of a deployment: an article work queue, a
/// de-duplicating result stream and a dead-letter stream, all on file storage.
/// </summary>
public static class NewsStreams
{
    /// <summary>The dead-letter header that says why an article was not processed.</summary>
    public const string ReasonHeader = "NewsNlp-Reason";

    /// <summary>The dead-letter header with how many times the article had been delivered.</summary>
    public const string DeliveriesHeader = "NewsNlp-Deliveries";

    /// <summary>The dead-letter and result header with the article id.</summary>
    public const string ArticleIdHeader = "NewsNlp-Article-Id";

    /// <summary>The message id of an article: its id (so submitting an article twice within the window queues it once).</summary>
    public static string ArticleMessageId(string articleId) => articleId;

    /// <summary>The message id of an article's document in the result stream.</summary>
    public static string DocumentMessageId(string articleId) => "doc:" + articleId;

    /// <summary>The message id of an article's <paramref name="index"/>th event in the result stream.</summary>
    public static string EventMessageId(string articleId, int index) => "event:" + articleId + ":" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Creates the three streams that are missing and leaves existing ones as they are (idempotent:
    /// a second call changes nothing, and a worker started with other settings cannot shrink a
    /// cluster's replicated streams). Change an existing stream with the <c>nats</c> tool.
    /// </summary>
    /// <exception cref="NatsJSApiException">The server refused a setting (e.g. a stream of that name with another retention).</exception>
    public static async Task EnsureStreamsAsync(INatsJSContext js, NewsWorkerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(options);
        await CreateIfMissingAsync(js, new StreamConfig(options.ArticleStream, [options.ArticleSubject])
        {
            // Work queue: a message is gone once a worker acknowledges it, and only one consumer may take it.
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            NumReplicas = options.Replicas,
            DuplicateWindow = options.DuplicateWindow,
        }, cancellationToken).ConfigureAwait(false);
        await CreateIfMissingAsync(js, new StreamConfig(options.ResultStream, [options.DocumentSubject, options.EventSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            NumReplicas = options.Replicas,
            // The window is what makes a redelivered article's results a no-op.
            DuplicateWindow = options.DuplicateWindow,
        }, cancellationToken).ConfigureAwait(false);
        await CreateIfMissingAsync(js, new StreamConfig(options.DeadLetterStream, [options.DeadLetterSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            NumReplicas = options.Replicas,
            DuplicateWindow = options.DuplicateWindow,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CreateIfMissingAsync(INatsJSContext js, StreamConfig config, CancellationToken cancellationToken)
    {
        try { await js.GetStreamAsync(config.Name!, cancellationToken: cancellationToken).ConfigureAwait(false); return; }
        catch (NatsJSApiException e) when (e.Error.Code == 404) { }
        try { await js.CreateStreamAsync(config, cancellationToken).ConfigureAwait(false); }
        // Created meanwhile by another worker or submit: JetStream's "stream name already in use".
        catch (NatsJSApiException e) when (e.Error.ErrCode == 10058) { }
    }

    /// <summary>Creates the workers' durable pull consumer, or updates its settings (idempotent).</summary>
    public static async Task<INatsJSConsumer> EnsureConsumerAsync(INatsJSContext js, NewsWorkerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(options);
        return await js.CreateOrUpdateConsumerAsync(options.ArticleStream, new ConsumerConfig(options.Consumer)
        {
            DurableName = options.Consumer,
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = options.AckWait,
            // The workers count deliveries themselves and dead-letter an article one delivery past
            // MaxDeliver, with the reason; the server must keep delivering it until then.
            MaxDeliver = -1,
            FilterSubject = options.ArticleSubject,
        }, cancellationToken).ConfigureAwait(false);
    }
}
