namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp render</c>: the HTML view of entities, dates, events and relations.</summary>
[TestFixture]
public class RenderCommandTests : TempDirectoryTest
{
    [Test]
    public void ThePageHighlightsEntitiesAndLinksEventsToTheirEvidence()
    {
        string input = Path.Combine(Dir, "visit.txt");
        File.WriteAllText(input, "Russian President Vladimir Putin will visit Pyongyang on Tuesday. <script>alert('x')</script> Police arrested two protesters. Putin is expected to stay two days.");
        string page = Path.Combine(Dir, "page.html");
        var (code, _, err) = CliTests.Run("", false, "render", input, "--published", "2024-06-17", "-o", page);
        Assert.That(code, Is.EqualTo(0), err);
        string html = File.ReadAllText(page);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Contain("<mark class=\"PERSON\"").And.Contain(">Vladimir Putin<"));
        Assert.That(html, Does.Contain("value 2024-06-18"), "a date shows its resolved value on hover");
        // Each sentence is an anchor, classed by its zone (the headline here; furniture would be greyed).
        Assert.That(html, Does.Match("<span class=\"sentence zone-[a-z]+\" title=\"[a-z]+\" id=\"a0-s0\">"));
        Assert.That(html, Does.Contain("<td class=\"code\">042</td><td>verbal-cooperation</td>").And.Contain("href=\"#a0-s0\""), "the visit links to its sentence");
        Assert.That(html, Does.Contain("cameo:RUSGOV"));
        Assert.That(html, Does.Contain("<h3>Relations</h3>"));
        Assert.That(html, Does.Contain("<h3>Entities</h3>").And.Match("<td>Vladimir Putin</td><td>PERSON</td><td>[^<]*iso:RU[^<]*</td><td>[^<]*Putin · Putin"),
            "the entity list names each entity's codes and mentions");
        Assert.That(html, Does.Not.Contain("<script>"), "article text is escaped");
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void WithoutAnInputItIsAUsageErrorAndWithoutOutputItPrints()
    {
        var (code, _, _) = CliTests.Run("", false, "render");
        Assert.That(code, Is.EqualTo(2));
        string input = Path.Combine(Dir, "a.txt");
        File.WriteAllText(input, "Japan praised Korea.");
        (code, var output, var err) = CliTests.Run("", false, "render", input);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("</html>"));
    }

    [Test]
    public void TheTitleIsTheHeadlineTriggersAreMarkedAndSentenceNumbersAgreeWithTheJson()
    {
        string input = Path.Combine(Dir, "story.txt");
        File.WriteAllText(input, "Putin to visit North Korea as ties deepen\n\nRussian President Vladimir Putin will visit Pyongyang on Tuesday, the Kremlin said. Police arrested two protesters in Moscow.\n");
        string page = Path.Combine(Dir, "story.html");
        var (code, _, err) = CliTests.Run("", false, "render", input, "--published", "2024-06-17", "-o", page);
        Assert.That(code, Is.EqualTo(0), err);
        string html = File.ReadAllText(page);
        Assert.That(html, Does.Contain("<title>Putin to visit North Korea as ties deepen</title>"));
        Assert.That(html, Does.Contain("<h2>Putin to visit North Korea as ties deepen</h2>"));
        Assert.That(html, Does.Match("<mark class=\"trigger\" title=\"[^\"]*visit[^\"]*\">visit</mark>"), "the event's trigger is marked in the text");
        Assert.That(html, Does.Contain("td.date { white-space: nowrap; }").And.Contain("<td class=\"date\">"));
        // The events' sentence numbers are the JSON's.
        var (jcode, json, jerr) = CliTests.Run("", false, "extract", input, "--published", "2024-06-17");
        Assert.That(jcode, Is.EqualTo(0), jerr);
        var root = Newtonsoft.Json.Linq.JToken.Parse(json);
        var events = (root is Newtonsoft.Json.Linq.JArray all ? all[0] : root)["events"]!;
        Assert.That(events, Is.Not.Empty);
        foreach (var e in events)
        {
            int sentence = (int)e["sentence"]!;
            Assert.That(html, Does.Contain($"href=\"#a0-s{sentence}\">sentence {sentence}</a>"));
            Assert.That(html, Does.Contain($"id=\"a0-s{sentence}\"><span class=\"sn\">{sentence}</span>"));
        }
    }

    [Test]
    public void ADateTakenFromThePublishDateLooksDifferentFromOneInTheText()
    {
        string input = Path.Combine(Dir, "dates.txt");
        File.WriteAllText(input, "Police arrested two protesters in Nairobi. Kim Jong Un met Vladimir Putin in Pyongyang on Tuesday.");
        string page = Path.Combine(Dir, "dates.html");
        var (code, _, err) = CliTests.Run("", false, "render", input, "--published", "2024-06-20", "-o", page);
        Assert.That(code, Is.EqualTo(0), err);
        string html = File.ReadAllText(page);
        Assert.That(html, Does.Contain("<span class=\"from-publish\" title=\"no date in the text: the publish date\">2024-06-20*</span>"));
        Assert.That(html, Does.Contain("<span title=\"on Tuesday\">2024-06-18</span>").Or.Contain("<span title=\"Tuesday\">2024-06-18</span>"));
    }
}
