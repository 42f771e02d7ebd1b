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

    internal int EffectiveParallelism => Math.Max(1, MaxDegreeOfParallelism);

    internal int EffectiveInFlight => Math.Max(EffectiveParallelism, MaxInFlight ?? 4 * EffectiveParallelism);
}
