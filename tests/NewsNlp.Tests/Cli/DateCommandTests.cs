using Newtonsoft.Json.Linq;

namespace NewsNlp.Tests.Cli;

/// <summary><c>extract --culture</c> and <c>eval dates</c>, in process.</summary>
[TestFixture]
public class DateCommandTests : TempDirectoryTest
{
    [TestCase(null, "2024-03-04")]
    [TestCase("en-GB", "2024-04-03")]
    public void CultureDecidesAmbiguousNumericDates(string? culture, string expected)
    {
        var args = new List<string> { "extract", "--published", "2024-06-17" };
        if (culture is not null) args.AddRange(["--culture", culture]);
        var (code, output, err) = CliTests.Run("The contract was signed on 03/04/2024 in Seoul.", true, args.ToArray());
        Assert.That(code, Is.EqualTo(0), err);
        var values = JObject.Parse(output)["entities"]!.Select(e => (string?)e["value"]).Where(v => v is not null);
        Assert.That(values, Does.Contain(expected));
    }

    [Test]
    public void CameoDictionaryAddsEventsToTheOutput()
    {
        string cameo = Path.Combine(Dir, "verbs.txt");
        File.WriteAllText(cameo, "---  VISIT   [042:043]  ---\nVISIT\n");
        var (code, output, err) = CliTests.Run("Putin will visit Pyongyang on Tuesday.", true, "extract", "--published", "2024-06-17", "--cameo", cameo);
        Assert.That(code, Is.EqualTo(0), err);
        var e = JObject.Parse(output)["events"]!.Single();
        Assert.That(((string?)e["actor"]!["text"], (string?)e["action"]!["cameo"], (string?)e["target"]!["text"], (string?)e["date"]!["value"]),
            Is.EqualTo(("Putin", "042", "Pyongyang", "2024-06-18")));
        (code, _, err) = CliTests.Run("text", true, "extract", "--cameo", Path.Combine(Dir, "missing.txt"));
        Assert.That(code, Is.EqualTo(3), err);
    }

    [Test]
    public void UnknownCultureIsAUsageError()
    {
        var (code, _, err) = CliTests.Run("text", true, "extract", "--culture", "xx-NOPE");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("xx-NOPE"));
    }

    [Test]
    public void EvalDatesCountsGoldMentionsWithTimexValues()
    {
        string path = Path.Combine(Dir, "gold.bio");
        File.WriteAllText(path, "Putin B-PERSON\nvisited O\nlast B-DATE\nSeptember I-DATE\nand O\nthe B-DATE\nday I-DATE\nbefore I-DATE\n. O\n\n"
            + "Talks O\nended O\nin O\nthe O\nblue B-DATE\nmoon I-DATE\n. O\n\n");
        var (code, output, err) = CliTests.Run("", false, "eval", "dates", "--data", path, "--show");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("mentions 3 (DATE)"));
        Assert.That(output, Does.Contain("with a well-formed TIMEX3 value 2 (66.67%)"));
        Assert.That(output, Does.Contain("blue moon"), "misses are listed with --show");
    }
}
