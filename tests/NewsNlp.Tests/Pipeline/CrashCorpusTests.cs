using System.Collections.Concurrent;
using System.IO.Compression;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Tests.Serialization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Every article of the unlabeled news and book corpora (BBC, Reuters-21578, AG News, Brown, State of
/// the Union: ~31,500 real texts) through the default pipeline and the JSON writer, each with a publish
/// date (a few without one): none may throw. Publish dates are spread over the whole calendar, the ends included, so that
/// relative dates ("yesterday", "129,000 weeks ago") meet 0001-01-01 and 9999-12-31 too.
/// Runs where the corpora are present (our machines and CI); about two minutes on two cores.
/// </summary>
[Category("CrashCorpus")]
public class CrashCorpusTests
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "..", "shared", "data", "unlabeled");

    [Test]
    public void NoRealArticleCrashesThePipeline()
    {
        if (!Directory.Exists(Folder)) Assert.Ignore("needs the unlabeled corpora (shared/data/unlabeled), which this machine does not have");
        var articles = Directory.EnumerateFiles(Folder, "*.txt.gz").Order(StringComparer.Ordinal).SelectMany(ReadArticles).ToList();
        Assert.That(articles, Has.Count.GreaterThan(30_000), "the corpora hold ~31,500 articles");

        var pipeline = NewsPipeline.CreateDefault();
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (name, text) = articles[i];
            var published = PublishDate(i);
            try
            {
                var doc = pipeline.Process(text, published, name);
                DocumentJson.Serialize(doc, new JsonOutputOptions());
            }
            catch (Exception e)
            {
                failures.Add($"{name} (published {published:yyyy-MM-dd}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        });
        // One example per place of failure (exception type and innermost frame of ours), most frequent first.
        var groups = failures.GroupBy(Site).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x {g.Key}\n  e.g. {g.First()}");
        Assert.That(failures, Is.Empty, $"{failures.Count} of {articles.Count} articles failed:\n{string.Join("\n", groups)}");
    }

    private static string Site(string failure)
    {
        var lines = failure.Split('\n');
        string type = lines[0][(lines[0].IndexOf("): ", StringComparison.Ordinal) + 3)..].Split(':')[0];
        string frame = lines.Skip(1).FirstOrDefault(l => l.Contains(" NewsNlp.", StringComparison.Ordinal))?.Trim() ?? "?";
        int cut = frame.IndexOf(" in /", StringComparison.Ordinal);
        return $"{type} {(cut > 0 ? frame[..cut] : frame)}";
    }

    /// <summary>A fixed date per article: mostly 1980-2030, a few at a calendar end, a few with none.</summary>
    internal static DateTimeOffset? PublishDate(int index) => (index % 97) switch
    {
        4 => null,
        0 => DateTimeOffset.MinValue,
        1 => DateTimeOffset.MaxValue,
        2 => new DateTimeOffset(1, 1, 3, 0, 0, 0, TimeSpan.Zero),
        3 => new DateTimeOffset(9999, 12, 29, 0, 0, 0, TimeSpan.Zero),
        _ => new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(index * 7919L % 18_262),
    };

    /// <summary>Articles are blocks of lines separated by one blank line (the corpora's README).</summary>
    internal static IEnumerable<(string Name, string Text)> ReadArticles(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        string file = Path.GetFileName(path);
        var block = new System.Text.StringBuilder();
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (block.Length > 0) yield return ($"{file}#{n++}", block.ToString());
                block.Clear();
                continue;
            }
            block.Append(line).Append('\n');
        }
        if (block.Length > 0) yield return ($"{file}#{n}", block.ToString());
    }
}
