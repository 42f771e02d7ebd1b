using NewsNlp.Cli.Evaluation;
using static NewsNlp.Cli.Evaluation.GoldEvents;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval events --gold</c>: the annotation guide's matching rules, counted by hand.</summary>
[TestFixture]
public class GoldEventEvalTests : TempDirectoryTest
{
    private static Gold G(string actor, string action, string? target, bool required = true, string? date = null, string? place = null, string? modality = null) =>
        new([actor], [action], target is null ? null : [target], date, place is null ? null : [place], modality, null, null, required, null);

    private static Output O(string actor, string lemma, string? target, string? date = null, string? place = null, string modality = "asserted", string? cameo = "042") =>
        new(actor, null, lemma + "ed", lemma, target, null, date, date is not null, place, modality, "positive", cameo, $"{actor} {lemma} {target}");

    [Test]
    public void NamesMatchAsCaseInsensitiveSubstringsOfTextOrCanonicalName()
    {
        Assert.That(NameMatches(["putin"], "Russian President Vladimir Putin", null), Is.True);
        Assert.That(NameMatches(["North Korea", "Pyongyang"], "North Korean", null), Is.True, "a substring, as the guide says");
        Assert.That(NameMatches(["Pyongyang"], "Seoul", "Republic of Korea"), Is.False);
        Assert.That(NameMatches(["Pyongyang"], "the capital", "Pyongyang"), Is.True);
        Assert.That(ActionMatches(["visit", "trip"], "will visit", "visit"), Is.True);
        Assert.That(ActionMatches(["meet"], "talks", "talk"), Is.False);
    }

    [Test]
    public void PrecisionAndRecallFollowTheGuide()
    {
        // Gold: two required events and one optional; a null target accepts any target.
        var article = new Article("a", null, "", [G("Putin", "visit", "Pyongyang", date: "2024-06-18", modality: "planned"), G("Kim", "host", null, place: "Pyongyang"), G("KCNA", "say", null, required: false)]);
        List<Output> outputs =
        [
            O("Vladimir Putin", "visit", "Pyongyang", date: "2024-06-18", modality: "planned"), // required 1: date and modality right
            O("Kim Jong Un", "host", "Putin", place: "Seoul"),                                     // required 2 (any target): place wrong
            O("KCNA", "say", null, cameo: "010"),                                                  // optional: neither way
            O("The talks", "focus", "cooperation", cameo: null),                                   // extra
            O("Vladimir Putin", "visit", "Pyongyang"),                                             // a second copy of one act: extra
        ];
        var score = new Score();
        var shown = new StringWriter();
        Add(article, outputs, score, shown);
        Assert.That((score.Required, score.MatchedRequired, score.MatchedOptional, score.Unmatched), Is.EqualTo((2, 2, 1, 2)));
        Assert.That(score.Precision, Is.EqualTo(0.5)); // 2 / (2 + 2)
        Assert.That(score.Recall, Is.EqualTo(1.0));
        Assert.That(score.Attributes["date"], Is.EqualTo(new[] { 1, 1 }));
        Assert.That(score.Attributes["place"], Is.EqualTo(new[] { 0, 1 }));
        Assert.That(score.Attributes["modality"], Is.EqualTo(new[] { 2, 2 }));
        Assert.That(shown.ToString(), Does.Contain("extra  a: The talks focus cooperation"));
        Assert.That(shown.ToString(), Does.Not.Contain("miss"));
    }

    [Test]
    public void AnOutputMatchingARequiredAndAnOptionalEventGoesToTheRequiredOne()
    {
        var article = new Article("b", null, "", [G("police", "arrest", null, required: false), G("police", "arrest", "protesters")]);
        var score = new Score();
        Add(article, [O("Kenyan police", "arrest", "protesters")], score, null);
        Assert.That((score.MatchedRequired, score.MatchedOptional, score.Unmatched), Is.EqualTo((1, 0, 0)));
        Add(new Article("c", null, "", [G("Egypt", "mediate", "Israel")]), [], score, null);
        Assert.That(score.Recall, Is.EqualTo(0.5));
    }

    [Test]
    public void TheCommandScoresTheDefaultPipelineAndEndsWithTheSummaryLine()
    {
        // No gold event at all: whatever the pipeline extracts is extra, and recall has nothing to find.
        string gold = Path.Combine(Dir, "gold.jsonl");
        File.WriteAllText(gold, """
            {"id": "x1", "published": "2024-06-17", "text": "Kim Jong Un hosted Vladimir Putin in Pyongyang on Wednesday.", "events": [{"actor": ["Nobody"], "action": ["sing"], "target": null, "required": true}]}
            """ + "\n");
        var (code, output, err) = CliTests.Run("", false, "eval", "events", "--gold", gold, "--show");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("1 articles: 1 required events"));
        Assert.That(output, Does.Contain("miss   x1: Nobody —sing→ (any)"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Does.Match(@"^events P \d\.\d{3} R 0\.000 F1 \d\.\d{3}$"));
    }

    [Test]
    public void ABadGoldLineNamesItsFileAndLine()
    {
        string gold = Path.Combine(Dir, "bad.jsonl");
        File.WriteAllText(gold, "{\"id\": \"ok\", \"text\": \"A.\", \"events\": []}\n{\"id\": \"broken\", \"text\": \n");
        var (code, _, err) = CliTests.Run("", false, "eval", "events", "--gold", gold);
        Assert.That(code, Is.EqualTo(3));
        Assert.That(err, Does.Contain("bad.jsonl:2"));
    }
}
