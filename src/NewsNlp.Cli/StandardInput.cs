namespace NewsNlp.Cli;

/// <summary>Whether standard input carries data the user piped or redirected in.</summary>
internal static class StandardInput
{
    /// <summary>
    /// True when standard input is a pipe or a file. A terminal is not, and neither is the null device:
    /// scripts, CI jobs and service managers start programs with stdin on /dev/null, and there
    /// <c>newsnlp extract</c> with no PATH must still run the bundled sample (the README's first command),
    /// while <c>printf '' | newsnlp extract</c> is an empty result.
    /// </summary>
    public static bool IsPiped()
    {
        if (!Console.IsInputRedirected) return false;
        if (!OperatingSystem.IsLinux()) return true;
        try
        {
            // /proc/self/fd/0 links to "pipe:[…]", a file's path, or the device ("/dev/null").
            return File.ResolveLinkTarget("/proc/self/fd/0", returnFinalTarget: false)?.FullName != "/dev/null";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
