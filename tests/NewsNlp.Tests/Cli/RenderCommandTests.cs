namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp render</c>: the HTML view of entities, dates, events and relations.</summary>
[TestFixture]
public class RenderCommandTests : TempDirectoryTest
{
    [Test]
    public void ThePageHighlightsEntitiesAndLinksEventsToTheirEvidence()
    {
        string input = Path.Combine(Dir, "visit.txt");
        File.WriteAllText(input, "Russian President Vladimir Putin will visit Pyongyang on Tuesday. <script>alert('x')</script> Police arrested two protesters.");
        string page = Path.Combine(Dir, "page.html");
        var (code, _, err) = CliTests.Run("", false, "render", input, "--published", "2024-06-17", "-o", page);
        Assert.That(code, Is.EqualTo(0), err);
        string html = File.ReadAllText(page);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(html, Does.Contain("<mark class=\"PERSON\"").And.Contain(">Vladimir Putin<"));
        Assert.That(html, Does.Contain("value 2024-06-18"), "a date shows its resolved value on hover");
        // Each sentence is an anchor, classed by its zone (the headline here; furniture would be greyed).
        Assert.That(html, Does.Match("<span class=\"sentence zone-[a-z]+\" title=\"[a-z]+\" id=\"a0-s0\">"));
        Assert.That(html, Does.Contain("<td class=\"code\">042</td>").And.Contain("href=\"#a0-s0\""), "the visit links to its sentence");
        Assert.That(html, Does.Contain("cameo:RUSGOV"));
        Assert.That(html, Does.Contain("<h3>Relations</h3>"));
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
}
