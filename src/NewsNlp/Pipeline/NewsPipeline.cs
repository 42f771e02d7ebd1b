using System.Runtime.ExceptionServices;

namespace NewsNlp.Pipeline;

/// <summary>
/// The entry point: a checked sequence of stages that turns article text into a
/// <see cref="Document"/>. Build one with <see cref="CreateDefault"/>, <see cref="NewsPipelineBuilder"/> or <see cref="Create"/>, keep it,
/// and call it from as many threads as you like; it holds no mutable state.
/// </summary>
/// <example>
/// <code>
/// var pipeline = NewsPipeline.CreateDefault();
/// Document doc = pipeline.Process("Putin will visit Pyongyang on Tuesday.", new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
/// foreach (var sentence in doc.Sentences) Console.WriteLine(doc.GetText(sentence));
/// </code>
/// </example>
public sealed partial class NewsPipeline
{
    private readonly IPipelineStage[] _stages;

    private NewsPipeline(IPipelineStage[] stages)
    {
        _stages = stages;
        foreach (var s in stages) Produces |= s.Produces;
    }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IPipelineStage> Stages => _stages;

    /// <summary>Every layer the pipeline writes.</summary>
    public DocumentLayers Produces { get; }

    /// <summary>
    /// The default English pipeline: zoner (bundled <c>en-zones</c>), tokenizer, sentence splitter, syntax
    /// (<c>en-ewt</c>), semantic roles (<c>en-roles</c>), the bundled <c>en-news</c> entity recognizer, date resolver, coreference and event extractor
    /// (models loaded once per process on first use, then shared). The same as
    /// <see cref="NewsPipelineBuilder.Build"/> with default options, where other models, rules,
    /// dictionaries, culture and stages are chosen.
    /// </summary>
    public static NewsPipeline CreateDefault() => NewsPipelineBuilder.Build();

    /// <summary>
    /// Builds a pipeline from <paramref name="stages"/>, checking that each stage's required layers
    /// are produced by an earlier stage and that no layer is produced twice.
    /// </summary>
    /// <exception cref="PipelineConfigurationException">The stages do not fit together.</exception>
    public static NewsPipeline Create(params IEnumerable<IPipelineStage> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var list = stages.ToArray();
        if (list.Length == 0) throw new PipelineConfigurationException("A pipeline needs at least one stage.");
        var have = DocumentLayers.None;
        for (int i = 0; i < list.Length; i++)
        {
            var stage = list[i] ?? throw new PipelineConfigurationException($"Stage {i} is null.");
            var missing = stage.Requires & ~have;
            if (missing != 0)
                throw new PipelineConfigurationException(
                    $"Stage '{stage.Name}' requires {missing}, which no earlier stage produces. Put a stage that produces it first.");
            var twice = stage.Produces & have;
            if (twice != 0)
                throw new PipelineConfigurationException($"Stage '{stage.Name}' produces {twice}, which an earlier stage already produces.");
            have |= stage.Produces;
        }
        return new NewsPipeline(list);
    }

    /// <summary>Processes one article.</summary>
    /// <param name="text">Article text. Empty or white-space text gives an empty document.</param>
    /// <param name="published">Publish date for resolving relative dates; null when unknown.</param>
    /// <param name="id">Optional document id, carried to the output.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Process(string text, DateTimeOffset? published = null, string? id = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(text, published, id);
        Process(document, cancellationToken);
        return document;
    }

    /// <summary>
    /// Processes a web page: SmartReader (the .NET port of Mozilla's Readability) finds the article's
    /// text, title, byline, language and publish date; the title becomes the first line of
    /// <see cref="Document.Text"/> and the page's details are on <see cref="Document.Page"/>. A page
    /// with no article gives an empty document whose <see cref="Html.WebPage.Warnings"/> say why.
    /// </summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="published">Publish date; null takes the page's own (its metadata), if any.</param>
    /// <param name="id">Optional document id, carried to the output.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public Document ProcessHtml(string html, DateTimeOffset? published = null, string? id = null, string? url = null, CancellationToken cancellationToken = default) =>
        ProcessHtml(html, published, id, url, publishedIsDefault: false, cancellationToken);

    private Document ProcessHtml(string html, DateTimeOffset? published, string? id, string? url, bool publishedIsDefault, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        var page = Html.WebPage.Parse(html, url);
        var date = publishedIsDefault ? page.Published ?? published : published ?? page.Published;
        var document = new Document(page.Text, date, id) { Page = page };
        Process(document, cancellationToken);
        return document;
    }

    /// <summary>Runs every stage over a new document (one whose layers are not yet written).</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
    }

    /// <summary>
    /// Processes a stream of articles on several cores and yields the documents in input order.
    /// At most <see cref="BatchOptions.MaxInFlight"/> articles are held at once, so memory stays
    /// bounded whatever the length of the input.
    /// </summary>
    /// <remarks>
    /// Failures never lose finished work. When <paramref name="articles"/> throws (a bad input line,
    /// an unreadable file), the documents of every article it returned before are yielded first, and
    /// then its exception is rethrown unchanged. When an article fails, the documents before it are
    /// yielded, then <see cref="ArticleProcessingException"/> is thrown; with
    /// <see cref="BatchOptions.OnArticleFailed"/> set, the article is reported there and left out instead,
    /// and the batch goes on.
    /// </remarks>
    /// <exception cref="ArticleProcessingException">An article failed (and <see cref="BatchOptions.OnArticleFailed"/> is not set); the batch stops there.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Document> ProcessBatch(IEnumerable<NewsArticle> articles, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Batch(articles, options ?? new BatchOptions(), cancellationToken);
    }

    private IEnumerable<Document> Batch(IEnumerable<NewsArticle> articles, BatchOptions options, CancellationToken cancellationToken)
    {
        using var window = new BatchWindow(this, options, cancellationToken);
        try
        {
            using var source = articles.GetEnumerator();
            while (true)
            {
                // A source that throws must not take the finished documents with it: catch its
                // exception, hand out what the window holds, then rethrow it (a yield cannot sit
                // inside a try with a catch, hence the captured exception).
                bool more;
                ExceptionDispatchInfo? failed = null;
                try { more = source.MoveNext(); }
                catch (Exception e) when (e is not OperationCanceledException) { failed = ExceptionDispatchInfo.Capture(e); more = false; }
                if (!more)
                {
                    while (window.Count > 0)
                        if (Take(window.Next(), options) is { } rest) yield return rest;
                    failed?.Throw();
                    yield break;
                }
                cancellationToken.ThrowIfCancellationRequested();
                if (window.Add(source.Current) && Take(window.Next(), options) is { } doc) yield return doc;
            }
        }
        finally
        {
            // Early exit (break, exception, cancellation): stop the work still queued.
            window.Stop();
        }
    }

    /// <summary>
    /// The batch machinery shared by the synchronous and asynchronous batches: a concurrent scheduler
    /// caps the parallelism, and a FIFO window of tasks keeps input order and bounds memory (the
    /// oldest task is awaited before another article is read past the window).
    /// </summary>
    private sealed class BatchWindow(NewsPipeline pipeline, BatchOptions options, CancellationToken cancellationToken) : IDisposable
    {
        private readonly TaskScheduler _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.EffectiveParallelism).ConcurrentScheduler;
        private readonly int _size = options.EffectiveInFlight;
        // Not sized up front: a huge MaxDegreeOfParallelism must not allocate a huge empty queue.
        private readonly Queue<Task<Document>> _queue = new(Math.Min(options.EffectiveInFlight, 256));
        private readonly CancellationTokenSource _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        private long _index;

        public int Count => _queue.Count;

        /// <summary>Starts an article; true when the window is full and the caller must take the oldest.</summary>
        public bool Add(NewsArticle article)
        {
            long i = _index++;
            var token = _linked.Token;
            _queue.Enqueue(Task.Factory.StartNew(() => pipeline.Run(article, i, token), token, TaskCreationOptions.None, _scheduler));
            return _queue.Count >= _size;
        }

        public Task<Document> Next() => _queue.Dequeue();

        public Task<Document> Peek() => _queue.Peek();

        public void Stop()
        {
            _linked.Cancel();
            foreach (var t in _queue)
                try { t.Wait(CancellationToken.None); } catch (AggregateException) { }
        }

        public async Task StopAsync()
        {
            await _linked.CancelAsync().ConfigureAwait(false);
            foreach (var t in _queue)
                await ((Task)t).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        public void Dispose() => _linked.Dispose();
    }

    private Document Run(NewsArticle? article, long index, CancellationToken cancellationToken)
    {
        if (article is null) throw new ArticleProcessingException(index, null, new ArgumentNullException(nameof(article)));
        try
        {
            return article.Html is { } html
                ? ProcessHtml(html, article.Published, article.Id, article.Url, article.PublishedIsDefault, cancellationToken)
                : Process(article.Text, article.Published, article.Id, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ArticleProcessingException(index, article.Id, e);
        }
    }

    /// <summary>The oldest document, or null when its article failed and <see cref="BatchOptions.OnArticleFailed"/> took the failure.</summary>
    private static Document? Take(Task<Document> task, BatchOptions options)
    {
        try
        {
            return task.GetAwaiter().GetResult();
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
