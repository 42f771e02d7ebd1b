using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsNlp.Cli.Output;

/// <summary>The reader of standard output has gone (<c>newsnlp extract ... | head -1</c>): the run stops quietly.</summary>
internal sealed class OutputClosedException(Exception inner) : Exception("standard output was closed", inner);

/// <summary>
/// Standard output that turns a closed pipe (EPIPE) into <see cref="OutputClosedException"/>, so that
/// a run stops at the first write nobody reads instead of processing its whole input for nothing.
/// Other write errors (a full disk) pass through unchanged.
/// </summary>
internal sealed class ClosedPipeGuard(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine { get => inner.NewLine; set => inner.NewLine = value; }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try { write(); }
        catch (IOException e) when (IsBrokenPipe(e)) { throw new OutputClosedException(e); }
    }

    /// <summary>EPIPE (32 on Linux and macOS); ERROR_BROKEN_PIPE (109) or ERROR_NO_DATA (232) on Windows.</summary>
    internal static bool IsBrokenPipe(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 109 or 232 : e.HResult == 32;

    /// <summary>
    /// The process's standard output. .NET's console stream pretends that writes to a closed pipe
    /// succeed, so when the output is a pipe (not a terminal, not a file) it is written through a
    /// plain stream on descriptor 1, which reports EPIPE. Files keep the console writer: a stream of
    /// our own would track its own file position and overwrite standard error in '&gt; log 2&gt;&amp;1'.
    /// </summary>
    public static TextWriter OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected) return Console.Out;
        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek) return new StreamWriter(stream, CliMain.Utf8, 1 << 16);
            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Not a descriptor a stream can wrap: the console writer still works.
        }
        return Console.Out;
    }
}
