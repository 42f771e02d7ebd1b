using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Cli;
using NewsNlp.Tests.Html;

namespace NewsNlp.Tests.Cli;

/// <summary><c>extract</c> on web pages: .html/.htm files, folders of them, JSONL records with "html".</summary>
public class HtmlInputTests : TempDirectoryTest
{
    [Test]
    public void AnHtmlFileIsReadAsAWebPage()
    {
        var path = Path.Combine(Dir, "putin.html");
        File.WriteAllText(path, WebPageTests.NewsPage);
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--quiet", "--published", "2001-01-01");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        var o = Parse(output);
        Assert.That((string?)o["id"], Is.EqualTo("putin"));
        Assert.That((string?)o["page"]!["title"], Does.Contain("Putin to visit North Korea"));
        Assert.That((string?)o["published"], Does.StartWith("2024-06-17"), "the page's own date wins over --published");
        Assert.That(o["entities"]!.Select(e => (string?)e["text"]), Does.Contain("Kim Jong Un"));
    }

    [Test]
    public void JsonLinesTakeHtmlRecordsBesideTextRecords()
    {
        var path = Path.Combine(Dir, "mixed.jsonl");
        File.WriteAllLines(path,
        [
            JsonConvert.SerializeObject(new { id = "web", html = WebPageTests.NewsPage, url = "https://news.example.com/a", published = "2024-06-20" }),
            JsonConvert.SerializeObject(new { id = "plain", text = "Putin met Kim in Pyongyang." }),
        ]);
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--format", "jsonl", "--quiet");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
        Assert.That(docs.Select(d => (string?)d["id"]), Is.EqualTo(new[] { "web", "plain" }));
        Assert.That((string?)docs[0]["published"], Is.EqualTo("2024-06-20"), "the record's own date wins over the page's");
        Assert.That(docs[0]["page"], Is.Not.Null);
        Assert.That(docs[1]["page"], Is.Null);
    }

    [TestCase("{\"id\":\"x\",\"text\":\"a\",\"html\":\"<p>b</p>\"}", "both")]
    [TestCase("{\"id\":\"x\",\"html\":3}", "no string")]
    public void ARecordWithBothOrNeitherIsBadInput(string line, string reason)
    {
        var path = Path.Combine(Dir, "bad.jsonl");
        File.WriteAllText(path, line + "\n");
        var (code, _, err) = CliTests.Run("", false, "extract", path, "--quiet");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(err, Does.Contain("bad.jsonl:1:").And.Contain(reason));
    }

    [Test]
    public void APageWithoutAnArticleIsAnEmptyDocumentWithAWarning()
    {
        File.WriteAllText(Path.Combine(Dir, "login.htm"), "<html><body><form><input name='user'><button>Sign in</button></form></body></html>");
        var (code, output, err) = CliTests.Run("", false, "extract", Dir, "--quiet");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        var o = Parse(output);
        Assert.That(o["entities"], Is.Empty);
        Assert.That(o["page"]!["warnings"], Is.Not.Empty);
    }

    // Dates stay strings (JObject.Parse would turn "published" into a DateTime).
    private static JObject Parse(string json) => JObject.Load(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None });
}
