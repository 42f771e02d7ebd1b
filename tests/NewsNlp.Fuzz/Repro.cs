using System.Text.RegularExpressions;

namespace NewsNlp.Fuzz;

/// <summary>
/// Runs saved inputs (afl-fuzz's crashes folder, or one file) through a harness outside the fuzzer
/// and groups the failures by exception type and innermost NewsNlp frame, so that a hundred
/// "unique" AFL crashes show up as the two bugs they are.
/// </summary>
internal static class Repro
{
    public static int Run(ReadOnlySpanAction harness, Func<byte[], string> describe, string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
                : [p])
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new Dictionary<string, List<(string File, Exception Error)>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                harness(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                string site = Site(e);
                if (!failures.TryGetValue(site, out var list)) failures[site] = list = [];
                list.Add((file, e));
            }
        }
        Console.WriteLine($"{files.Count} inputs, {failures.Values.Sum(l => l.Count)} failing, {failures.Count} distinct places");
        foreach (var (site, list) in failures.OrderByDescending(kv => kv.Value.Count))
        {
            var (file, error) = list.OrderBy(f => new FileInfo(f.File).Length).First();
            Console.WriteLine();
            Console.WriteLine($"{list.Count} x {site}");
            Console.WriteLine($"  smallest: {file} ({new FileInfo(file).Length} bytes)");
            Console.WriteLine($"  input: {describe(File.ReadAllBytes(file))}");
            Console.WriteLine(error.ToString());
        }
        return failures.Count == 0 ? 0 : 1;
    }

    private static string Site(Exception e)
    {
        var frame = new System.Diagnostics.StackTrace(e, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("NewsNlp", StringComparison.Ordinal) == true
                && m.DeclaringType.Namespace != "NewsNlp.Fuzz");
        // A broken invariant is thrown by the harness itself: its message says which.
        return frame is null
            ? $"{e.GetType().Name}: {Regex.Replace(e.Message, "\"[^\"]*\"", "\"…\"")}"
            : $"{e.GetType().Name} at {frame.DeclaringType?.FullName}.{frame.Name}";
    }
}
