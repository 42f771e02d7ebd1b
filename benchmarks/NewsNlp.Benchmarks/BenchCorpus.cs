using System.IO.Compression;
using System.Text;

namespace NewsNlp.Benchmarks;

/// <summary>
/// News text for the benchmarks: the first articles of the BBC News corpus in
/// <c>../shared/data/unlabeled/bbc.txt.gz</c> (read in place, never copied into the repository),
/// or, where that is absent, the CLI's bundled sample article repeated.
/// </summary>
internal static class BenchCorpus
{
    public const int TargetChars = 1_000_000;

    private static readonly Lazy<(string Text, string Source)> Corpus = new(() => (Read(out string source), source));

    /// <summary>The corpus text (read once per process) and, in <paramref name="source"/>, what it is.</summary>
    public static string Load(out string source)
    {
        source = Corpus.Value.Source;
        return Corpus.Value.Text;
    }

    /// <summary>What the corpus is ("BBC News corpus, first 1,000,000 characters").</summary>
    public static string Source => Corpus.Value.Source;

    private static string Read(out string source)
    {
        var path = FindShared("data/unlabeled/bbc.txt.gz");
        if (path is not null)
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            var buffer = new char[TargetChars];
            int n = reader.ReadBlock(buffer, 0, buffer.Length);
            source = $"BBC News corpus, first {n:N0} characters";
            return new string(buffer, 0, n);
        }
        var sample = FindRepoFile("src/NewsNlp.Cli/Samples/sample-article.txt")
            ?? throw new FileNotFoundException("Neither ../shared/data/unlabeled/bbc.txt.gz nor the sample article was found.");
        string text = File.ReadAllText(sample);
        var sb = new StringBuilder(TargetChars + text.Length);
        while (sb.Length < TargetChars) sb.Append(text).Append("\n\n");
        source = "bundled sample article, repeated";
        return sb.ToString();
    }

    /// <summary>Tokens the tokenizer finds in all of <paramref name="texts"/> (the Tokens/s numerator).</summary>
    public static int TokenCount(params IEnumerable<string> texts)
    {
        var tokenizer = new NewsNlp.Tokenization.Tokenizer();
        return texts.Sum(t => tokenizer.Tokenize(t).Length);
    }

    /// <summary>The corpus cut into <paramref name="count"/> article-sized pieces (~2,500 characters, at paragraph breaks).</summary>
    public static string[] Articles(int count)
    {
        string text = Load(out _);
        var articles = new List<string>();
        int start = 0;
        while (articles.Count < count && start < text.Length)
        {
            int end = text.IndexOf("\n\n", Math.Min(text.Length, start + 2_500), StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            articles.Add(text[start..end]);
            start = end + 2;
        }
        return articles.ToArray();
    }

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? FindRepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
