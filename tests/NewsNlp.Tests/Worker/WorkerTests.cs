using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NewsNlp.Worker;

namespace NewsNlp.Tests.Worker;

/// <summary>
/// Workers against a real nats-server: scale-out, crashes, a server restart, poison messages and
/// graceful shutdown. The scale-out and kill -9 tests run 500 short articles, as the issue asks; the
/// others 10-60, so that the fixture runs in a couple of minutes on two cores.
/// </summary>
[TestFixture]
[NonParallelizable]
public class WorkerTests : WorkerTestBase
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Test]
    public void TwoWorkerProcessesProduceEveryResultExactlyOnce()
    {
        var articles = MakeArticles(500);
        string path = WriteJsonl(articles);
        Submit(path);
        // Setting the streams up again changes nothing, and the same articles again are not queued twice.
        Submit(path);
        Assert.That(StreamMessages("NEWSNLP_ARTICLES"), Is.EqualTo((long)articles.Count));

        var a = StartWorker("--once", "--threads", "1");
        var b = StartWorker("--once", "--threads", "1");
        Assert.That(a.WaitForExit(Patience), Is.EqualTo(0), a.Log);
        Assert.That(b.WaitForExit(Patience), Is.EqualTo(0), b.Log);

        Assert.That(a.Count("processed") + b.Count("processed"), Is.EqualTo(articles.Count), "each article processed once");
        Assert.That(a.Count("processed"), Is.GreaterThan(0), "both workers took a share");
        Assert.That(b.Count("processed"), Is.GreaterThan(0), "both workers took a share");
        AssertEveryResultExactlyOnce(articles);
        Assert.That(StreamMessages("NEWSNLP_ARTICLES"), Is.Zero, "the work queue is empty");
    }

    [Test]
    public void KilledWorkerLosesNothingAndDuplicatesNothing()
    {
        var articles = MakeArticles(500);
        Submit(WriteJsonl(articles));
        // A short ack wait: the killed worker's articles come back within seconds.
        var victim = StartWorker("--threads", "1", "--ack-wait", "2");
        WaitFor(() => StreamMessages("NEWSNLP_RESULTS") >= 20 || victim.HasExited, Patience, "the first results");
        // Killed only while it holds unacknowledged articles: stopped (SIGSTOP) it can acknowledge
        // nothing more, so what the server counts as pending is exactly what must come back. Between
        // an acknowledgement and its next pull it holds none; then it runs on a moment and is stopped again.
        bool holding = false;
        for (int attempt = 0; attempt < 50 && !holding && !victim.HasExited; attempt++)
        {
            victim.Pause();
            Thread.Sleep(300);
            holding = AckPending() > 0;
            if (!holding) { victim.Resume(); Thread.Sleep(50); }
        }
        Assert.That(holding, Is.True, "the worker was stopped while holding articles");
        victim.Kill9();
        Assert.That(StreamMessages("NEWSNLP_ARTICLES"), Is.GreaterThan(0L), "the worker was killed in the middle");

        var survivor = StartWorker("--once", "--threads", "1", "--ack-wait", "2");
        Assert.That(survivor.WaitForExit(Patience), Is.EqualTo(0), survivor.Log);
        Assert.That(survivor.Count("redelivered"), Is.GreaterThan(0), "the killed worker's in-flight articles were redelivered");
        AssertEveryResultExactlyOnce(articles);
    }

    [Test]
    public void WorkerRidesOutAServerRestart()
    {
        var articles = MakeArticles(60);
        Submit(WriteJsonl(articles));
        var worker = StartWorker("--once", "--threads", "1", "--ack-wait", "2");
        WaitFor(() => StreamMessages("NEWSNLP_RESULTS") >= 20 || worker.HasExited, Patience, "the first results");
        Server.Kill();
        Thread.Sleep(1500);
        Assert.That(worker.HasExited, Is.False, "the worker waits for the server");
        Server.Start();
        Assert.That(worker.WaitForExit(Patience), Is.EqualTo(0), worker.Log);
        AssertEveryResultExactlyOnce(articles);
    }

    [Test]
    public void PoisonMessagesAreDeadLetteredWithTheirReasonAndTheRestGoesThrough()
    {
        var articles = MakeArticles(10);
        Submit(WriteJsonl(articles));
        var poison = new (string Id, string Body, string Reason)[]
        {
            ("p-json", "{\"id\":\"p-json\",\"text\":", "bad JSON"),
            ("p-notext", "{\"id\":\"p-notext\",\"published\":\"2024-06-17\"}", "no string \"text\" or \"html\""),
            ("p-empty", "{\"id\":\"p-empty\",\"text\":\"   \"}", "the text is empty"),
            ("p-long", "{\"id\":\"p-long\",\"text\":\"" + new string('a', 500) + "\"}", "over the limit of 400"),
            ("p-field", "{\"id\":\"p-field\",\"txt\":\"Police arrested two men.\"}", "unknown field \"txt\""),
        };
        Server.WithJetStream(async js =>
        {
            foreach (var p in poison)
                await js.PublishAsync("newsnlp.articles", Encoding.UTF8.GetBytes(p.Body), opts: new NatsJSPubOpts { MsgId = p.Id });
            return 0;
        }).GetAwaiter().GetResult();

        var worker = StartWorker("--once", "--threads", "1", "--max-chars", "400");
        Assert.That(worker.WaitForExit(Patience), Is.EqualTo(0), worker.Log);
        Assert.That(worker.Count("dead-lettered"), Is.EqualTo(poison.Length));

        var dead = Server.WithJetStream(async js =>
        {
            var consumer = await js.CreateOrUpdateConsumerAsync("NEWSNLP_DEAD", new NATS.Client.JetStream.Models.ConsumerConfig("check") { AckPolicy = NATS.Client.JetStream.Models.ConsumerConfigAckPolicy.None });
            var found = new Dictionary<string, string>();
            await foreach (var m in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 100 }))
                found[m.Headers![NewsStreams.ArticleIdHeader].ToString()] = m.Headers[NewsStreams.ReasonHeader].ToString();
            return found;
        }).GetAwaiter().GetResult();
        Assert.That(dead.Keys.Order(), Is.EqualTo(poison.Select(p => p.Id).Order()));
        foreach (var p in poison) Assert.That(dead[p.Id], Does.Contain(p.Reason), p.Id);
        AssertEveryResultExactlyOnce(articles);
    }

    [Test]
    public void SigtermFinishesInFlightArticlesAndExitsZero()
    {
        var articles = MakeArticles(60);
        Submit(WriteJsonl(articles));
        var worker = StartWorker("--threads", "1", "--max-in-flight", "6", "--grace", "60");
        WaitFor(() => StreamMessages("NEWSNLP_RESULTS") >= 10 || worker.HasExited, Patience, "the first results");
        worker.Terminate();
        Assert.That(worker.WaitForExit(TimeSpan.FromSeconds(60)), Is.EqualTo(0), worker.Log);
        Assert.That(worker.Log, Does.Contain("stop requested"));

        var (pending, ackPending) = Server.WithJetStream(async js =>
        {
            var c = await js.GetConsumerAsync("NEWSNLP_ARTICLES", "newsnlp-workers");
            return (c.Info.NumPending, c.Info.NumAckPending);
        }).GetAwaiter().GetResult();
        // Nothing taken and left unacknowledged: what the worker held was finished and acknowledged.
        Assert.That(ackPending, Is.Zero, "in-flight articles acknowledged before the exit");
        long processed = worker.Count("processed");
        Assert.That(processed, Is.GreaterThan(0).And.LessThan(articles.Count), "stopped in the middle");
        Assert.That((long)pending + processed, Is.EqualTo(articles.Count), "every article either processed or still queued");
    }

    [Test]
    public void UnreachableServerIsOneLineAndNonZero()
    {
        // Nothing listens on the server's port once it is stopped.
        Server.Kill();
        var stderr = new StringWriter();
        int code = NewsNlp.Cli.CliMain.RunAsync(["submit", Dir, "--nats", Server.Url], new StringReader(""), new StringWriter(), stderr, false).GetAwaiter().GetResult();
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr.ToString(), Does.StartWith("newsnlp: cannot reach the NATS server at " + Server.Url));
        Assert.That(stderr.ToString().Trim().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");

        var worker = StartWorker("--once");
        Assert.That(worker.WaitForExit(Patience), Is.EqualTo(1), worker.Log);
        Assert.That(worker.Log, Does.Contain("newsnlp: cannot reach the NATS server"));
        Assert.That(worker.Log, Does.Not.Contain("   at "), "no stack trace");
    }
}
