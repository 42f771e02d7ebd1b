using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Worker;

/// <summary><c>newsnlp worker</c> in a child process, so that it can be killed or sent SIGTERM.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(IEnumerable<string> args)
    {
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "newsnlp.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("worker");
        foreach (var a in args) psi.ArgumentList.Add(a);
        var worker = new WorkerProcess(Process.Start(psi)!);
        worker._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (worker._log) worker._log.AppendLine(e.Data); };
        worker._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (worker._log) worker._log.AppendLine(e.Data); };
        worker._process.BeginErrorReadLine();
        worker._process.BeginOutputReadLine();
        return worker;
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the exit; the exit code, or fails the test with the log after <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) Assert.Fail($"the worker did not exit within {timeout.TotalSeconds} s; its log:\n{Log}");
        _process.WaitForExit(); // flushes the asynchronous readers
        return _process.ExitCode;
    }

    public void Kill9() { if (!_process.HasExited) { _process.Kill(); _process.WaitForExit(); } }

    /// <summary>SIGTERM, as a process manager stops a service.</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>SIGSTOP: the worker holds what it was sent and acknowledges nothing until <see cref="Resume"/>.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>SIGCONT, after <see cref="Pause"/>.</summary>
    public void Resume() => Signal("CONT");

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.EqualTo(0), "kill -" + name);
    }

    /// <summary>The count a worker's last log line gives, e.g. "processed" or "redelivered".</summary>
    public long Count(string name)
    {
        var m = System.Text.RegularExpressions.Regex.Matches(Log, name + @" ([0-9,]+)");
        return m.Count == 0 ? -1 : long.Parse(m[^1].Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Kill9();
        _process.Dispose();
    }
}
