using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NewsNlp.Pipeline;

namespace NewsNlp.Worker;

/// <summary>
/// One run of a worker: a fetch loop that takes messages while there is room, the pipeline's batch
/// over them, and one settle task per message (publish results, then acknowledge; or dead-letter;
/// or negative-acknowledge for a retry). Every message holds one slot of <see cref="_slots"/> from
/// fetch to settle, which is the in-flight bound.
/// </summary>
internal sealed partial class WorkerRun
{
    // The shortest pull the client accepts; it also bounds how long a stop waits for a pull to end.
    private static readonly TimeSpan FetchExpiry = TimeSpan.FromSeconds(1);

    private readonly NewsPipeline _pipeline;
    private readonly NewsWorkerOptions _options;
    private readonly INatsJSContext _js;
    private readonly INatsJSConsumer _consumer;
    private readonly WorkerStats _stats;
    private readonly ILogger _log;
    private readonly CancellationToken _stopping, _hard;
    private readonly int _maxInFlight;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<long, Tracked> _inFlight = new();
    private readonly ConcurrentDictionary<Task, byte> _settling = new();
    // Articles in the order they entered the batch: the batch yields documents (and reports failures) in that order.
    private readonly ConcurrentQueue<Tracked> _batchOrder = new();
    private readonly Channel<Tracked> _accepted = Channel.CreateUnbounded<Tracked>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private long _nextKey;

    public WorkerRun(NewsPipeline pipeline, NewsWorkerOptions options, INatsJSContext js, INatsJSConsumer consumer, WorkerStats stats, ILogger log,
        CancellationToken stopping, CancellationToken hard)
    {
        _pipeline = pipeline; _options = options; _js = js; _consumer = consumer; _stats = stats; _log = log;
        _stopping = stopping; _hard = hard;
        _maxInFlight = options.EffectiveMaxInFlight;
        _slots = new SemaphoreSlim(_maxInFlight, _maxInFlight);
    }

    public bool GraceExceeded { get; private set; }

    /// <summary>A message from fetch to settle.</summary>
    private sealed class Tracked(INatsJSMsg<byte[]> msg, long key, ulong deliveries)
    {
        public INatsJSMsg<byte[]> Msg { get; } = msg;
        public long Key { get; } = key;
        public ulong Deliveries { get; } = deliveries;
        public ulong StreamSequence { get; } = msg.Metadata?.Sequence.Stream ?? 0;
        public NewsArticle? Article { get; set; }
        public string? Id => Article?.Id ?? MessageId;
        public string? MessageId { get; } = msg.Headers is { } h && h.TryGetValue("Nats-Msg-Id", out var v) ? v.ToString() : null;
        // Stopwatch ticks of the last sign of life sent for it (fetch, in-progress ack).
        public long LastTouch;
    }

    public async Task ExecuteAsync()
    {
        using var background = CancellationTokenSource.CreateLinkedTokenSource(_hard);
        var fetch = Task.Run(FetchLoopAsync);
        var progress = ProgressLoopAsync(background.Token);
        var statsLog = StatsLoopAsync(background.Token);
        var batchOptions = new BatchOptions
        {
            MaxDegreeOfParallelism = _options.Threads,
            MaxInFlight = _maxInFlight,
            OnArticleFailed = e => { var failed = NextInBatch(e.Id); Settle(failed, () => FailAsync(failed, e)); },
        };
        try
        {
            await foreach (var doc in _pipeline.ProcessBatchAsync(Articles(), batchOptions, _hard).ConfigureAwait(false))
            {
                var t = NextInBatch(doc.Id);
                Settle(t, () => CompleteAsync(t, doc));
            }
            await fetch.ConfigureAwait(false);
            await Task.WhenAll(_settling.Keys).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_hard.IsCancellationRequested)
        {
            GraceExceeded = true;
            _log.LogWarning("grace period over with {Count} article(s) unacknowledged: they will be redelivered", _inFlight.Count);
        }
        finally
        {
            await background.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(fetch, progress, statsLog).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private Tracked NextInBatch(string? id)
    {
        if (!_batchOrder.TryDequeue(out var t)) throw new InvalidOperationException("The batch returned more documents than it was given articles.");
        Debug.Assert(t.Article!.Id == id, "documents come back in input order");
        return t;
    }

    /// <summary>The batch's input: accepted articles, until the fetch loop ends.</summary>
    private async IAsyncEnumerable<NewsArticle> Articles()
    {
        await foreach (var t in _accepted.Reader.ReadAllAsync(_hard).ConfigureAwait(false))
        {
            _batchOrder.Enqueue(t);
            yield return t.Article!;
        }
    }

    private async Task FetchLoopAsync()
    {
        try
        {
            var retry = TimeSpan.FromMilliseconds(250);
            while (!_stopping.IsCancellationRequested)
            {
                try { await _slots.WaitAsync(_stopping).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
                // Ask for as many messages as there are free slots: one pull for a batch, not one per message.
                int want = 1;
                while (want < _maxInFlight && _slots.Wait(0)) want++;
                int got = 0;
                bool failed = false;
                try
                {
                    // Not cancelled by a stop: a pull ends within FetchExpiry, and a message it brought is processed, not dropped.
                    await foreach (var msg in _consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = want, Expires = FetchExpiry }, cancellationToken: _hard).ConfigureAwait(false))
                    {
                        got++;
                        Accept(msg);
                    }
                    retry = TimeSpan.FromMilliseconds(250);
                }
                catch (Exception e) when (!_hard.IsCancellationRequested)
                {
                    failed = true;
                    _log.LogWarning("fetch failed ({Reason}); retrying in {Delay} ms", NewsWorker.Describe(e), retry.TotalMilliseconds);
                }
                finally
                {
                    if (want > got) _slots.Release(want - got);
                }
                if (failed)
                {
                    await Task.Delay(retry, _hard).ConfigureAwait(false);
                    retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
                    continue;
                }
                if (got == 0 && _options.Once && _slots.CurrentCount == _maxInFlight && await QueueEmptyAsync().ConfigureAwait(false))
                {
                    _log.LogInformation("the article queue is empty");
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (_hard.IsCancellationRequested) { }
        finally
        {
            _accepted.Writer.TryComplete();
        }
    }

    /// <summary>
    /// No article waiting and none unacknowledged, by this worker or any other: an article a crashed
    /// worker held comes back after the ack wait, so it is waited for.
    /// </summary>
    private async Task<bool> QueueEmptyAsync()
    {
        try
        {
            await _consumer.RefreshAsync(_hard).ConfigureAwait(false);
            return _consumer.Info.NumPending == 0 && _consumer.Info.NumAckPending == 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogWarning("cannot read the consumer's state ({Reason})", NewsWorker.Describe(e));
            return false;
        }
    }

    private void Accept(INatsJSMsg<byte[]> msg)
    {
        ulong deliveries = msg.Metadata?.NumDelivered ?? 1;
        var t = new Tracked(msg, Interlocked.Increment(ref _nextKey), deliveries) { LastTouch = Stopwatch.GetTimestamp() };
        _inFlight[t.Key] = t;
        _stats.Received(deliveries > 1);
        if (deliveries > (ulong)_options.MaxDeliver)
        {
            Settle(t, () => DeadLetterAsync(t, $"delivered {deliveries - 1} times without an acknowledgement (its workers crashed or timed out)"));
            return;
        }
        var article = ArticleWire.TryParse(msg.Data ?? [], t.MessageId, _options.MaxArticleChars, out string reason);
        if (article is null)
        {
            Settle(t, () => DeadLetterAsync(t, "bad input: " + reason));
            return;
        }
        t.Article = article;
        _accepted.Writer.TryWrite(t);
    }

    /// <summary>Runs a settle task off the batch's loop, and frees the message's slot when it ends.</summary>
    private void Settle(Tracked t, Func<Task> settle)
    {
        var task = Task.Run(async () =>
        {
            try { await settle().ConfigureAwait(false); }
            catch (OperationCanceledException) when (_hard.IsCancellationRequested) { }
            catch (Exception e)
            {
                // Not acknowledged: the article comes back after the ack wait.
                _log.LogError("article {Id}: {Reason}; left unacknowledged for redelivery", t.Id, NewsWorker.Describe(e));
            }
            finally
            {
                _inFlight.TryRemove(t.Key, out _);
                _slots.Release();
            }
        });
        _settling[task] = 0;
        task.ContinueWith(static (done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _), _settling,
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Keeps articles that are queued or being processed from being redelivered.</summary>
    private async Task ProgressLoopAsync(CancellationToken ct)
    {
        var period = _options.AckWait / 3;
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
                foreach (var t in _inFlight.Values)
                {
                    if (Stopwatch.GetElapsedTime(Interlocked.Read(ref t.LastTouch)) < period) continue;
                    Interlocked.Exchange(ref t.LastTouch, Stopwatch.GetTimestamp());
                    try { await t.Msg.AckProgressAsync(cancellationToken: ct).ConfigureAwait(false); }
                    catch (Exception e) when (e is not OperationCanceledException) { /* disconnected: the next tick tries again */ }
                }
        }
        catch (OperationCanceledException) { }
    }

    private async Task StatsLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.StatsInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
                _log.LogInformation("{Stats}, in flight {InFlight}", _stats, _inFlight.Count);
        }
        catch (OperationCanceledException) { }
    }
}
