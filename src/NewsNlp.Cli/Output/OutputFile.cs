namespace NewsNlp.Cli.Output;

/// <summary>
/// Output files named on the command line (<c>-o page.html</c>, <c>--output F</c>): a path that
/// cannot be written is the user's mistake, told in one line (exit code 3), not an internal error.
/// </summary>
internal static class OutputFile
{
    /// <summary>Fails early, before the work, when the file's folder does not exist or the path is a folder.</summary>
    /// <exception cref="InputException">The file cannot be written there.</exception>
    public static void Check(string path)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}: a folder, not a file");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) throw new InputException($"{path}: no such folder: {folder}");
    }

    /// <summary>Opens the file for writing (UTF-8, no BOM).</summary>
    /// <exception cref="InputException">The file cannot be created.</exception>
    public static StreamWriter Create(string path)
    {
        Check(path);
        try { return new StreamWriter(path, false, CliMain.Utf8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot write: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="text"/> to the file (UTF-8, no BOM).</summary>
    /// <exception cref="InputException">The file cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        using var writer = Create(path);
        writer.Write(text);
    }
}
