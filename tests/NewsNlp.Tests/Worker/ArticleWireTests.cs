using System.Text;
using NewsNlp.Pipeline;
using NewsNlp.Worker;

namespace NewsNlp.Tests.Worker;

/// <summary>The article message format: what is refused, and round trips with <c>extract</c>'s JSON Lines meaning.</summary>
[TestFixture]
public class ArticleWireTests
{
    private static NewsArticle? Parse(string json, out string reason, string? messageId = null, int maxChars = 1000) =>
        ArticleWire.TryParse(Encoding.UTF8.GetBytes(json), messageId, maxChars, out reason);

    [TestCase("", "empty message")]
    [TestCase("{\"id\":\"a\",\"text\":", "bad JSON")]
    [TestCase("[1,2]", "not an object")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\"} {}", "bad JSON")]
    [TestCase("{\"id\":\"a\"}", "no string \"text\" or \"html\"")]
    [TestCase("{\"id\":\"a\",\"text\":42}", "no string \"text\" or \"html\"")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"html\":\"<p>x</p>\"}", "both")]
    [TestCase("{\"id\":\"a\",\"text\":\" \\n \"}", "the text is empty")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"lang\":\"en\"}", "unknown field \"lang\"")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"published\":\"yesterday\"}", "yesterday")]
    [TestCase("{\"id\":[1],\"text\":\"x\"}", "no \"id\"")]
    [TestCase("{\"text\":\"x\"}", "no \"id\"")]
    [TestCase("{\"id\":\"a\",\"text\":\"x\",\"url\":5}", "\"url\" must be a string")]
    public void BadInputIsRefusedWithAReason(string json, string reason)
    {
        Assert.That(Parse(json, out string why), Is.Null);
        Assert.That(why, Does.Contain(reason));
    }

    [Test]
    public void NotUtf8IsRefused()
    {
        Assert.That(ArticleWire.TryParse(new byte[] { (byte)'{', 0xFF, 0xFE, (byte)'}' }, null, 100, out string why), Is.Null);
        Assert.That(why, Does.Contain("UTF-8"));
    }

    [Test]
    public void TextOverTheLimitIsRefused()
    {
        Assert.That(Parse("{\"id\":\"a\",\"text\":\"" + new string('x', 11) + "\"}", out string why, maxChars: 10), Is.Null);
        Assert.That(why, Does.Contain("11 characters, over the limit of 10"));
        Assert.That(Parse("{\"id\":\"a\",\"text\":\"" + new string('x', 10) + "\"}", out _, maxChars: 10), Is.Not.Null);
    }

    [Test]
    public void TheMessageIdStandsInForAMissingId()
    {
        var a = Parse("{\"text\":\"Police arrested two men.\"}", out _, messageId: "m-1");
        Assert.That(a!.Id, Is.EqualTo("m-1"));
        Assert.That(Parse("{\"id\":7,\"text\":\"x\"}", out _, messageId: "m-1")!.Id, Is.EqualTo("7"));
    }

    [Test]
    public void TextArticlesRoundTrip()
    {
        var article = new NewsArticle("SEOUL, June 17 - Police \"arrested\" two men.\n", new DateTimeOffset(2024, 6, 17, 9, 30, 0, TimeSpan.FromHours(9)), "a/1");
        var back = ArticleWire.TryParse(ArticleWire.Serialize(article), null, 1000, out string why);
        Assert.That(back, Is.EqualTo(article), why);
    }

    // As in extract's JSON Lines: a web page's "published" wins over the page's date; a page without
    // one keeps its own date, and so does a page whose date was only a default (--published).
    [Test]
    public void WebPagesKeepTheirDateRules()
    {
        var page = NewsArticle.FromHtml("<html><body><p>Police arrested two men.</p></body></html>", new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), "p1", "https://example.com/a");
        var own = ArticleWire.TryParse(ArticleWire.Serialize(page), null, 1000, out _)!;
        Assert.That((own.Html, own.Url, own.Published, own.PublishedIsDefault), Is.EqualTo((page.Html, page.Url, page.Published, false)));

        var defaulted = ArticleWire.TryParse(ArticleWire.Serialize(page with { PublishedIsDefault = true }), null, 1000, out _)!;
        Assert.That((defaulted.Published, defaulted.PublishedIsDefault), Is.EqualTo(((DateTimeOffset?)null, true)));
    }

    [Test]
    public void AnArticleWithoutAnIdCannotBeQueued() =>
        Assert.Throws<ArgumentException>(() => ArticleWire.Serialize(new NewsArticle("x")));
}
