using System.Text;
using NewsNlp.Html;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Html;

/// <summary>Web pages in: the article's text and metadata through SmartReader, never a crash.</summary>
public class WebPageTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // A wire story as a news site serves it: navigation, the headline, a byline, the story, a captioned
    // photo, share buttons, related links, a newsletter prompt and a footer; the date in the metadata.
    internal const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Putin to visit North Korea | World News</title>
        <meta property="og:title" content="Putin to visit North Korea for talks with Kim">
        <meta property="article:published_time" content="2024-06-17T08:30:00Z">
        <meta name="author" content="Jane Smith">
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
        <main><article>
        <h1>Putin to visit North Korea for talks with Kim</h1>
        <p class="byline">By Jane Smith</p>
        <p>SEOUL, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday for talks with
        leader Kim Jong Un, the Kremlin said on Monday, his first trip to the country in 24 years.</p>
        <figure><img src="a.jpg"><figcaption>Kim Jong Un and Vladimir Putin in Vostochny, 13 September 2023. Photo: Reuters</figcaption></figure>
        <p>The visit comes as the United States accuses Pyongyang of supplying Russia with artillery shells and missiles
        for its war in Ukraine, which both countries deny.</p>
        <p>Kremlin spokesman Dmitry Peskov said the two leaders would sign several documents, including a partnership
        agreement, during the two-day visit.</p>
        <p>Putin will travel on to Vietnam after the talks, officials said.</p>
        </article>
        <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        <aside><h2>Related</h2><ul><li><a href="/1">Kim inspects missile factory</a></li><li><a href="/2">Seoul summons Russian envoy</a></li></ul></aside>
        </main>
        <div class="newsletter">Sign up for our newsletter</div>
        <footer><p>© 2024 World News. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
        </body></html>
        """;

    [Test]
    public void TheArticleTextStartsWithTheHeadlineAndLeavesTheFurnitureOut()
    {
        var page = WebPage.Parse(NewsPage, "https://news.example.com/world/putin-north-korea");
        var lines = page.Text.Split('\n');
        Assert.That(page.Title, Does.Contain("Putin to visit North Korea"));
        Assert.That(lines[0], Is.EqualTo(page.Title));
        Assert.That(lines.Count(l => l == page.Title), Is.EqualTo(1), "the headline is not repeated");
        Assert.That(page.Text, Does.Contain("Russian President Vladimir Putin will visit North Korea on Tuesday"));
        Assert.That(page.Text, Does.Contain("Putin will travel on to Vietnam after the talks, officials said."));
        Assert.That(page.Text, Does.Not.Contain("Sign in").And.Not.Contain("Privacy").And.Not.Contain("All rights reserved"));
        Assert.That(lines, Has.None.Empty, "one block per line, no blank lines");
        Assert.That(page.Published, Is.EqualTo(new DateTimeOffset(2024, 6, 17, 8, 30, 0, TimeSpan.Zero)));
        Assert.That(page.Language, Does.StartWith("en"));
        Assert.That(page.Warnings, Is.Empty);
    }

    [Test]
    public void ThePipelineTakesThePagesDateUnlessTheCallerGivesOne()
    {
        var doc = Pipeline.ProcessHtml(NewsPage, id: "p1");
        Assert.That(doc.Published, Is.EqualTo(new DateTimeOffset(2024, 6, 17, 8, 30, 0, TimeSpan.Zero)));
        Assert.That(doc.Page, Is.Not.Null);
        Assert.That(doc.Entities.Select(e => e.Text), Does.Contain("Vladimir Putin").And.Contain("Kim Jong Un"));
        Assert.That(doc.Dates.Single(d => d.Text == "Tuesday").Value, Is.EqualTo("2024-06-18"));
        var mine = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.That(Pipeline.ProcessHtml(NewsPage, mine).Published, Is.EqualTo(mine));
        // As a default (the command line's --published): only for pages without a date.
        var batch = Pipeline.ProcessBatch([NewsArticle.FromHtml(NewsPage, mine) with { PublishedIsDefault = true }]).Single();
        Assert.That(batch.Published, Is.EqualTo(doc.Published));
    }

    [Test]
    public void TheJsonCarriesThePageAndReadsBack()
    {
        var doc = Pipeline.ProcessHtml(NewsPage, id: "p1");
        var options = new JsonOutputOptions { Include = JsonIncludes.Text };
        string json = DocumentJson.Serialize(doc, options);
        var o = Newtonsoft.Json.Linq.JObject.Parse(json);
        Assert.That((string?)o["page"]!["title"], Is.EqualTo(doc.Page!.Title));
        Assert.That(o["page"]!["warnings"], Is.Empty);
        Assert.That(DocumentJson.Serialize(DocumentJson.Deserialize(json), options), Is.EqualTo(json));
        Assert.That(Newtonsoft.Json.Linq.JObject.Parse(DocumentJson.Serialize(Pipeline.Process("Plain text.")))["page"], Is.Null);
    }

    [TestCase("")]
    [TestCase("   \n ")]
    [TestCase("<html><body><nav><a href='/'>Home</a> <a href='/login'>Log in</a></nav></body></html>")]
    [TestCase("<html><body><form><input name='user'><input type='password'><button>Sign in</button></form></body></html>")]
    [TestCase("just some plain text, no markup at all")]
    public void APageWithNoArticleGivesAnEmptyDocumentAndAWarning(string html)
    {
        var doc = Pipeline.ProcessHtml(html);
        Assert.That(doc.Text, Is.Empty);
        Assert.That(doc.Entities, Is.Empty);
        Assert.That(doc.Page!.Warnings, Is.Not.Empty);
    }

    [TestCase("<html><body><p>Putin visited <b>Paris<p>on Monday</i></div></table><<<>>> &bogus; &#xD800; \0</body>")]
    [TestCase("<p>\uD800 broken surrogate and \uFFFF</p>")]
    [TestCase("<!DOCTYPE html><html><head><title>x</title></head><body><p>")]
    public void BrokenMarkupNeverThrows(string html)
    {
        var doc = Pipeline.ProcessHtml(html);
        Assert.That(doc.Page, Is.Not.Null);
    }

    [Test]
    public void APageInAnotherLanguageIsReadWithItsLanguage()
    {
        string html = "<html lang=\"de\"><head><title>Putin besucht Nordkorea</title></head><body><article><h1>Putin besucht Nordkorea</h1>"
            + string.Concat(Enumerable.Repeat("<p>Der russische Präsident Wladimir Putin wird am Dienstag nach Nordkorea reisen, teilte der Kreml am Montag mit. Es ist seine erste Reise in das Land seit 24 Jahren.</p>", 4))
            + "</article></body></html>";
        var page = WebPage.Parse(html);
        Assert.That(page.Language, Is.EqualTo("de"));
        Assert.That(page.Warnings, Has.Some.Contains("language is 'de'"));
        Assert.That(page.Text, Does.StartWith("Putin besucht Nordkorea\nDer russische Präsident"));
    }

    [Test]
    public void AHugePageGivesAClearResult()
    {
        // 10 MB of markup: tens of thousands of elements are refused before parsing them all.
        var sb = new StringBuilder("<html><body>");
        while (sb.Length < 10_000_000) sb.Append("<div><span>cell</span><a href='/x'>link</a></div>");
        sb.Append("</body></html>");
        var page = WebPage.Parse(sb.ToString());
        Assert.That(page.Text, Is.Empty);
        Assert.That(page.Warnings, Is.Not.Empty);
        Assert.That(WebPage.Parse(new string('x', WebPage.MaxLength + 1)).Warnings.Single(), Does.Contain("over the limit"));
    }
}
