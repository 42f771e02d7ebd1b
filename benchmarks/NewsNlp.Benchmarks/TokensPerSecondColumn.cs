using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>Adds "Tokens/s" (one core): the corpus's token count divided by the mean time of one pass.</summary>
internal sealed class TokensPerSecondColumn : IColumn
{
    private readonly int _tokens;

    public TokensPerSecondColumn(int tokens) => _tokens = tokens;

    public string Id => nameof(TokensPerSecondColumn);
    public string ColumnName => "Tokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Tokens processed per second on one core (corpus tokens / mean time per pass)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean;
        if (mean is null or 0) return "-";
        return (_tokens / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>
/// The configuration every throughput benchmark shares: prints what the corpus is and adds the
/// Tokens/s column for its <paramref name="tokens"/>.
/// </summary>
internal abstract class TokensPerSecondConfig : ManualConfig
{
    protected TokensPerSecondConfig(int tokens, string corpus, string unit = "tokens")
    {
        Console.WriteLine($"// {corpus}; {tokens:N0} {unit}");
        AddColumn(new TokensPerSecondColumn(tokens));
    }
}
