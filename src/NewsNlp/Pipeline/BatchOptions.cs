namespace NewsNlp.Pipeline;

/// <summary>Options of <see cref="NewsPipeline.ProcessBatch"/>.</summary>
public sealed class BatchOptions
{
    /// <summary>How many articles are processed at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many articles may be in flight (read but not yet returned); bounds memory. Defaults to
    /// four per degree of parallelism, enough to keep every core busy when article sizes vary.
    /// </summary>
    public int? MaxInFlight { get; init; }

    /// <summary>
    /// What to do with an article that fails. Null (the default): the batch yields the documents
    /// before it and then throws its <see cref="ArticleProcessingException"/>. Set: the exception is
    /// passed here instead (on the thread that enumerates the batch, in input order), the article is
    /// left out of the results and the batch goes on. Throwing from the callback ends the batch.
    /// </summary>
    public Action<ArticleProcessingException>? OnArticleFailed { get; init; }

    internal int EffectiveParallelism => Math.Max(1, MaxDegreeOfParallelism);

    // long arithmetic: four times a huge parallelism must not wrap around to a negative window.
    internal int EffectiveInFlight => (int)Math.Max(EffectiveParallelism, Math.Min(int.MaxValue, MaxInFlight ?? 4L * EffectiveParallelism));
}
