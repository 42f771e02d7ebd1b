using System.Diagnostics;
using Newtonsoft.Json;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Worker;

/// <summary>
/// A JetStream server per test (file storage in the test's folder), worker processes started
/// through the real command line, and checks against the in-process pipeline.
/// </summary>
public abstract class WorkerTestBase : TempDirectoryTest
{
    private static readonly Lazy<NewsPipeline> InProcess = new(NewsPipeline.CreateDefault);
    private readonly List<WorkerProcess> _workers = [];
    private protected NatsServerProcess Server = null!;

    [SetUp]
    public void StartServer() => Server = NatsServerProcess.StartOrIgnore(Path.Combine(Dir, "store"));

    [TearDown]
    public void StopProcesses()
    {
        try
        {
            foreach (var w in _workers)
            {
                if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
                    TestContext.Out.WriteLine("worker log:\n" + w.Log);
                w.Dispose();
            }
        }
        finally
        {
            // One fixture instance runs every test: the next test starts with no workers, and no server outlives its test.
            _workers.Clear();
            Server?.Dispose();
        }
    }

    /// <summary><paramref name="count"/> short news articles with ids art-000.., written as JSON Lines.</summary>
    private protected static List<NewsArticle> MakeArticles(int count, string prefix = "art")
    {
        string[] who = ["Police", "Protesters", "The army", "Officials", "Rebels", "The government of Kenya"];
        string[] act = ["arrested two men", "met a delegation from Japan", "attacked a convoy", "signed an agreement with Turkey", "condemned the strike", "visited the border"];
        string[] where = ["Seoul", "Kabul", "Nairobi", "Caracas", "Manila", "Kyiv"];
        var published = new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i => new NewsArticle(
            $"{where[i % 6].ToUpperInvariant()}, June {1 + i % 28} (Reuters) - {who[i % 6]} {act[i / 6 % 6]} in {where[i / 3 % 6]} on Tuesday, officials said. " +
            $"President Joe Biden said {i} people were hurt.", published, $"{prefix}-{i:D3}")).ToList();
    }

    private protected string WriteJsonl(IEnumerable<NewsArticle> articles, string name = "articles.jsonl")
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllLines(path, articles.Select(a => JsonConvert.SerializeObject(new { id = a.Id, text = a.Text, published = "2024-06-17" })));
        return path;
    }

    /// <summary>The JSON the in-process pipeline gives for <paramref name="article"/> (as extract --format jsonl).</summary>
    private protected static Document Expected(NewsArticle article) => InProcess.Value.Process(article.Text, article.Published, article.Id);

    private protected int Cli(params string[] args)
    {
        var stderr = new StringWriter();
        int code = NewsNlp.Cli.CliMain.RunAsync(args, new StringReader(""), new StringWriter(), stderr, false).GetAwaiter().GetResult();
        TestContext.Out.WriteLine($"newsnlp {args[0]}: {code} {stderr}");
        return code;
    }

    private protected void Submit(string path) =>
        Assert.That(Cli("submit", path, "--nats", Server.Url, "--create-streams", "--quiet"), Is.EqualTo(0), "submit");

    private protected WorkerProcess StartWorker(params string[] args)
    {
        var w = WorkerProcess.Start(["--nats", Server.Url, "--stats-interval", "1", .. args]);
        _workers.Add(w);
        return w;
    }

    /// <summary>Runs collect and returns the documents by id; an id twice fails.</summary>
    private protected Dictionary<string, string> Collect()
    {
        string outDir = Path.Combine(Dir, "out");
        Assert.That(Cli("collect", "--nats", Server.Url, "--out", outDir, "--format", "jsonl"), Is.EqualTo(0), "collect");
        var docs = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(outDir, "documents.jsonl")))
        {
            string id = (string)Newtonsoft.Json.Linq.JObject.Parse(line)["id"]!;
            Assert.That(docs.TryAdd(id, line), Is.True, $"document {id} collected twice");
        }
        return docs;
    }

    private protected long StreamMessages(string stream) =>
        Server.WithJetStream(async js => (await js.GetStreamAsync(stream)).Info.State.Messages).GetAwaiter().GetResult();

    /// <summary>Articles the server has delivered to the workers' consumer and not yet seen acknowledged.</summary>
    private protected long AckPending() =>
        Server.WithJetStream(async js => (await js.GetConsumerAsync("NEWSNLP_ARTICLES", "newsnlp-workers")).Info.NumAckPending).GetAwaiter().GetResult();

    /// <summary>
    /// Every article's document is there once, byte for byte the in-process pipeline's, and the result
    /// stream holds exactly one message per document and per event: no duplicate got in.
    /// </summary>
    private protected void AssertEveryResultExactlyOnce(IReadOnlyList<NewsArticle> articles)
    {
        var docs = Collect();
        Assert.That(docs.Keys.Order(), Is.EqualTo(articles.Select(a => a.Id).Order()), "one document per article");
        long expectedMessages = 0;
        foreach (var a in articles)
        {
            var doc = Expected(a);
            expectedMessages += 1 + doc.Events.Count;
            Assert.That(docs[a.Id!], Is.EqualTo(DocumentJson.Serialize(doc)), $"document {a.Id} as the in-process pipeline writes it");
        }
        Assert.That(StreamMessages("NEWSNLP_RESULTS"), Is.EqualTo(expectedMessages), "result stream: one message per document and per event");
    }

    private protected static void WaitFor(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}");
            Thread.Sleep(100);
        }
    }
}
