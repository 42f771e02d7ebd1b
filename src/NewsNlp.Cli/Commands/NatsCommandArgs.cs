using System.Globalization;
using NewsNlp.Worker;

namespace NewsNlp.Cli.Commands;

/// <summary>Option parsing shared by <c>worker</c>, <c>submit</c> and <c>collect</c>.</summary>
internal static class NatsCommandArgs
{
    /// <summary><c>--nats URL[,URL]</c>: required, NATS URLs (a bare host:port gets nats://).</summary>
    public static string Url(CommandValues a)
    {
        string url = string.Join(',', a.Require("nats").Split(',', StringSplitOptions.TrimEntries)
            .Select(u => u.Contains("://", StringComparison.Ordinal) ? u : "nats://" + u));
        var check = new NewsWorkerOptions { Url = url };
        try { check.Validate(); }
        catch (ArgumentException e) { throw new UsageException("--nats: " + e.Message); }
        return url;
    }

    /// <summary>--nats, --create-streams and --replicas: the deployment every command shares.</summary>
    public static NewsWorkerOptions Deployment(CommandValues a) => new()
    {
        Url = Url(a),
        CreateStreams = a.Has("create-streams"),
        Replicas = Int(a, "replicas", 1, 1, 5),
    };

    public static int Int(CommandValues a, string name, int fallback, int min, int max)
    {
        if (a.Get(name) is not { } s) return fallback;
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < min || v > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}.");
        return v;
    }

    public static TimeSpan Seconds(CommandValues a, string name, TimeSpan fallback, double min, double max)
    {
        if (a.Get(name) is not { } s) return fallback;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= min && v <= max))
            throw new UsageException($"--{name} must be a number of seconds from {min} to {max}.");
        return TimeSpan.FromSeconds(v);
    }
}
