using System.Diagnostics;

namespace NewsNlp.Worker;

/// <summary>A worker's counts since it started; safe to read from any thread while it runs.</summary>
public sealed class WorkerStats
{
    private long _processed, _failed, _redelivered, _deadLettered, _duplicates, _firstTicks, _lastTicks;

    /// <summary>Articles whose results were published and whose message was acknowledged.</summary>
    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>Articles the pipeline failed on (each failure counts, retried or not).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Messages received that had been delivered before (a crashed or slow worker, a failure).</summary>
    public long Redelivered => Interlocked.Read(ref _redelivered);

    /// <summary>Articles sent to the dead-letter subject (bad input, or too many deliveries).</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Results the result stream dropped as already there (the article had been processed before).</summary>
    public long DuplicateResults => Interlocked.Read(ref _duplicates);

    /// <summary>Seconds from the first message received to the last one settled (0 before that).</summary>
    public double BusySeconds
    {
        get
        {
            long first = Interlocked.Read(ref _firstTicks), last = Interlocked.Read(ref _lastTicks);
            return first == 0 || last <= first ? 0 : Stopwatch.GetElapsedTime(first, last).TotalSeconds;
        }
    }

    /// <summary>Processed articles per busy second.</summary>
    public double ArticlesPerSecond => BusySeconds > 0 ? Processed / BusySeconds : 0;

    internal void Received(bool redelivered)
    {
        Interlocked.CompareExchange(ref _firstTicks, Stopwatch.GetTimestamp(), 0);
        if (redelivered) Interlocked.Increment(ref _redelivered);
    }

    internal void AddProcessed() { Interlocked.Increment(ref _processed); Settled(); }

    internal void AddFailed() => Interlocked.Increment(ref _failed);

    internal void AddDeadLettered() { Interlocked.Increment(ref _deadLettered); Settled(); }

    internal void AddDuplicate() => Interlocked.Increment(ref _duplicates);

    internal void Settled() => Interlocked.Exchange(ref _lastTicks, Stopwatch.GetTimestamp());

    /// <summary>One log line: the counts and the rate.</summary>
    public override string ToString() =>
        $"processed {Processed:N0} ({ArticlesPerSecond:N1} articles/s), failed {Failed:N0}, redelivered {Redelivered:N0}, dead-lettered {DeadLettered:N0}, duplicate results {DuplicateResults:N0}";
}
