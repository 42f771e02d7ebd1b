using System.Text;
using NATS.Client.Core;

namespace NewsNlp.Worker;

/// <summary>Connections as the worker, <c>submit</c> and <c>collect</c> open them.</summary>
public static class NatsConnectionFactory
{
    /// <summary>Options for <paramref name="url"/>: reconnect forever (a restarted server is waited for), UTF-8 headers (article ids in dead-letter headers).</summary>
    public static NatsOpts Options(string url, string name) => NatsOpts.Default with
    {
        Url = url,
        Name = name,
        MaxReconnectRetry = -1,
        ReconnectWaitMin = TimeSpan.FromMilliseconds(250),
        ReconnectWaitMax = TimeSpan.FromSeconds(2),
        HeaderEncoding = Encoding.UTF8,
    };

    /// <summary>Connects, or throws <see cref="WorkerSetupException"/> saying in one line that the server cannot be reached.</summary>
    public static async Task ConnectAsync(NatsConnection connection, string url)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try { await connection.ConnectAsync().ConfigureAwait(false); }
        catch (NatsException e)
        {
            throw new WorkerSetupException($"cannot reach the NATS server at {url}: {e.GetBaseException().Message}", e);
        }
    }
}
