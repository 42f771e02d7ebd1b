namespace NewsNlp.Worker;

/// <summary>
/// Where a worker reads articles and writes results, and how much it takes on at once. The names
/// default to one deployment per NATS account; every worker, <c>submit</c> and <c>collect</c> of a
/// deployment must use the same names.
/// </summary>
public sealed record NewsWorkerOptions
{
    /// <summary>The NATS server, e.g. <c>nats://127.0.0.1:4222</c>; for a cluster, several nodes comma separated.</summary>
    public string Url { get; init; } = "nats://127.0.0.1:4222";

    /// <summary>The work-queue stream of articles.</summary>
    public string ArticleStream { get; init; } = "NEWSNLP_ARTICLES";

    /// <summary>The subject articles are published to (one message per article, message id = article id).</summary>
    public string ArticleSubject { get; init; } = "newsnlp.articles";

    /// <summary>The durable pull consumer all workers share.</summary>
    public string Consumer { get; init; } = "newsnlp-workers";

    /// <summary>The de-duplicating stream of results.</summary>
    public string ResultStream { get; init; } = "NEWSNLP_RESULTS";

    /// <summary>One message per article: the document JSON (as <c>newsnlp extract --format jsonl</c> writes it).</summary>
    public string DocumentSubject { get; init; } = "newsnlp.results.documents";

    /// <summary>One message per event: the event's JSON with the document id added as <c>"document"</c>.</summary>
    public string EventSubject { get; init; } = "newsnlp.results.events";

    /// <summary>The stream that keeps dead-lettered articles.</summary>
    public string DeadLetterStream { get; init; } = "NEWSNLP_DEAD";

    /// <summary>Articles that cannot be processed, with the reason in the <see cref="NewsStreams.ReasonHeader"/> header.</summary>
    public string DeadLetterSubject { get; init; } = "newsnlp.dead";

    /// <summary>
    /// How long the result stream remembers message ids: a result published again within it (a
    /// redelivered article) is dropped. Must exceed the longest time an article can stay unacknowledged.
    /// </summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Copies of each stream kept by a JetStream cluster (1 on a single server; 3 on a 3-node cluster survives one node's loss).</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>Articles processed at once (the pipeline's degree of parallelism).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Messages held at once (fetched, not yet acknowledged); null: four per thread.</summary>
    public int? MaxInFlight { get; init; }

    /// <summary>
    /// How long the server waits for an acknowledgement before redelivering. Articles still being
    /// processed are kept alive with in-progress acknowledgements every third of it, so it bounds how
    /// soon a crashed worker's articles come back, not how long an article may take.
    /// </summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries after which an article that failed or whose worker died is dead-lettered.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>Longest accepted <c>text</c> or <c>html</c>, in characters; longer articles are dead-lettered.</summary>
    public int MaxArticleChars { get; init; } = 1_000_000;

    /// <summary>After a stop request, how long in-flight articles may take to finish before the worker gives up on them (they are redelivered).</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Drain the queue and stop: the worker ends once no article is waiting or unacknowledged.</summary>
    public bool Once { get; init; }

    /// <summary>Create or update the streams (idempotent) before starting; the consumer is always created or updated.</summary>
    public bool CreateStreams { get; init; }

    /// <summary>How often the counts are logged.</summary>
    public TimeSpan StatsInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The JSON written for each document (extra parts such as tokens).</summary>
    public NewsNlp.Serialization.JsonOutputOptions Json { get; init; } = new();

    internal int EffectiveMaxInFlight => MaxInFlight ?? 4 * Threads;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line reason when a setting cannot work.</summary>
    public void Validate()
    {
        // A cluster is several URLs, comma separated (the client tries them in turn).
        foreach (string url in (Url ?? "").Split(',', StringSplitOptions.TrimEntries))
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls" or "ws" or "wss") || uri.Host.Length == 0)
                throw new ArgumentException($"'{url}' is not a NATS URL (nats://host:port, several comma separated).");
        if (Replicas is < 1 or > 5) throw new ArgumentException("Replicas must be from 1 to 5 (JetStream's limit).");
        if (Threads < 1) throw new ArgumentException("Threads must be at least 1.");
        if (EffectiveMaxInFlight < 1) throw new ArgumentException("MaxInFlight must be at least 1.");
        if (AckWait < TimeSpan.FromSeconds(1)) throw new ArgumentException("AckWait must be at least one second.");
        if (MaxDeliver < 1) throw new ArgumentException("MaxDeliver must be at least 1.");
        if (MaxArticleChars < 1) throw new ArgumentException("MaxArticleChars must be at least 1.");
        if (DuplicateWindow <= TimeSpan.Zero) throw new ArgumentException("DuplicateWindow must be positive.");
        if (ShutdownGrace < TimeSpan.Zero) throw new ArgumentException("ShutdownGrace cannot be negative.");
        if (Json.Indented) throw new ArgumentException("Results are one compact JSON object per message: Json.Indented must be false.");
    }
}
