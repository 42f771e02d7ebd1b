using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace NewsNlp.Tests.Worker;

/// <summary>
/// A real nats-server with JetStream on a free local port and file storage in a test folder; the
/// worker tests use no mocks. Without the binary (Debian: apt-get install nats-server) the tests
/// are ignored, not failed.
/// </summary>
internal sealed class NatsServerProcess : IDisposable
{
    private static readonly string[] Candidates = ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"];
    private readonly string _binary;
    private readonly string _storeDir;
    private Process? _process;

    private NatsServerProcess(string binary, string storeDir)
    {
        _binary = binary;
        _storeDir = storeDir;
        Port = FreePort();
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public static string? Binary =>
        Candidates.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "nats-server")).FirstOrDefault(File.Exists);

    /// <summary>Starts a server, or ignores the test when nats-server is not installed.</summary>
    public static NatsServerProcess StartOrIgnore(string storeDir)
    {
        if (Binary is not { } binary)
        {
            Assert.Ignore("nats-server is not installed (Debian: apt-get install nats-server; .ci/run installs it): the worker tests need a real JetStream server.");
            throw new InvalidOperationException("unreachable");
        }
        var server = new NatsServerProcess(binary, storeDir);
        server.Start();
        return server;
    }

    /// <summary>Starts (or restarts, same port and storage) and waits until JetStream answers.</summary>
    public void Start()
    {
        var psi = new ProcessStartInfo(_binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-js", "-a", "127.0.0.1", "-p", Port.ToString(), "-sd", _storeDir }) psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                WithJetStream(js => js.GetAccountInfoAsync().AsTask()).GetAwaiter().GetResult();
                return;
            }
            catch (Exception) when (clock.Elapsed < TimeSpan.FromSeconds(15) && !_process.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>SIGKILL: the server dies with whatever it held in memory.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p) { p.Kill(); p.WaitForExit(); }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection.</summary>
    public async Task<T> WithJetStream<T>(Func<INatsJSContext, Task<T>> work)
    {
        await using var nats = new NatsConnection(NatsOpts.Default with { Url = Url });
        await nats.ConnectAsync();
        return await work(new NatsJSContext(nats));
    }

    public void Dispose() => Kill();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
