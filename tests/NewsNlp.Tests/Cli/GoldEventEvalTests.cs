using NewsNlp.Cli.Evaluation;
using static NewsNlp.Cli.Evaluation.GoldEvents;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval events --gold</c>: the annotation guide's matching rules, counted by hand.</summary>
[TestFixture]
public class GoldEventEvalTests : TempDirectoryTest
{
    private static Gold G(string actor, string action, string? target, bool required = true, string? date = null, string? place = null, string? modality = null) =>
        new([actor], [action], target is null ? null : [target], date, place is null ? null : [place], modality, null, null, required, null);

    private static Output O(string actor, string lemma, string? target, string? date = null, string? place = null, string modality = "asserted", string? cameo = "042", string? placeName = null) =>
        new(actor, null, lemma + "ed", lemma, target, null, date, date is not null, place, placeName, modality, "positive", cameo, $"{actor} {lemma} {target}");

    [Test]
    public void APlaceMatchesByItsTextOrItsCanonicalName()
    {
        // The guide's rule for names holds for places too: "Pyongyang" (canonical "North Korea") is Pyongyang.
        var article = new Article("p", null, "", [G("Kim", "host", null, place: "Pyongyang"), G("Putin", "visit", null, place: "North Korea")]);
        var score = new Score();
        Add(article, [O("Kim Jong Un", "host", "Putin", place: "Pyongyang", placeName: "North Korea"), O("Putin", "visit", null, place: "Pyongyang", placeName: "North Korea")], score, null);
        Assert.That(score.Attributes["place"], Is.EqualTo(new[] { 2, 2 }));
    }

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

/// <summary><c>newsnlp eval events --conflibert</c>: the CAMEO root to PentaClass map and the span counts.</summary>
[TestFixture]
public class ConfliBertEvalTests : TempDirectoryTest
{
    [TestCase("010", 0)]
    [TestCase("0231", 0)]
    [TestCase("036", 1)]
    [TestCase("057", 1)]
    [TestCase("061", 2)]
    [TestCase("0871", 2)]
    [TestCase("090", 3)]
    [TestCase("138", 3)]
    [TestCase("141", 4)]
    [TestCase("152", 4)]
    [TestCase("163", 3)]   // sanctions: reducing relations is verbal conflict in Phoenix's classes
    [TestCase("1621", 3)]
    [TestCase("174", 4)]
    [TestCase("204", 4)]
    public void CameoRootsMapToPentaClasses(string code, int penta) =>
        Assert.That(ConfliBertCameo.PentaClassOf(code), Is.EqualTo(penta));

    [Test]
    public void NoCodeOrAnUnknownRootHasNoClass()
    {
        Assert.That(ConfliBertCameo.PentaClassOf(null), Is.Null);
        Assert.That(ConfliBertCameo.PentaClassOf("21"), Is.Null);
        Assert.That(ConfliBertCameo.PentaClassOf("x1"), Is.Null);
    }

    [Test]
    public void AReciprocalEventsSidesAreReciprocalSpansAndACoordinatedPairIsOne()
    {
        const string text = "India and Pakistan signed a pact. Kim met Putin. Russia attacked Ukraine.";
        EntityReference Ref(string name)
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            return new EntityReference(at, at + name.Length, name, EntityType.Location, name, []);
        }
        NewsEvent Event(string actor, string target, bool reciprocal) =>
            new(Ref(actor), new EventAction(0, 1, "x", "x", "040"), Ref(target), null, null, Polarity.Positive, Modality.Asserted, 1, 0, 0, text.Length) { Reciprocal = reciprocal };
        var (sources, targets, reciprocals) = ConfliBertCameo.Roles(text, [Event("India", "Pakistan", true), Event("Kim", "Putin", true), Event("Russia", "Ukraine", false)]);
        Assert.That(sources.Select(s => text[s.Start..s.End]), Is.EqualTo(new[] { "Russia" }));
        Assert.That(targets.Select(s => text[s.Start..s.End]), Is.EqualTo(new[] { "Ukraine" }));
        Assert.That(reciprocals.Select(s => text[s.Start..s.End]), Is.EqualTo(new[] { "India and Pakistan", "Kim", "Putin" }),
            "as ConfliBERT marks them: a coordinated pair is one span, two sides apart are two");
    }

    [Test]
    public void SpansCountExactlyAndByOverlap()
    {
        var s = new ConfliBertCameo.SpanScore();
        // Gold [0,10) and [20,24); ours [0,10) exact, [18,22) overlapping the second, [30,35) wrong.
        s.Add([(0, 10), (20, 24)], [(0, 10), (18, 22), (30, 35)]);
        Assert.That(s.ExactPrf(), Is.EqualTo((1 / 3.0, 0.5, 0.4)));
        var (p, r, f) = s.OverlapPrf();
        Assert.That((p, r), Is.EqualTo((2 / 3.0, 1.0)));
        Assert.That(f, Is.EqualTo(0.8).Within(1e-12));
    }

    [Test]
    public void TheCommandEndsWithTheSummaryLine()
    {
        string file = Path.Combine(Dir, "c.jsonl");
        File.WriteAllText(file, """{"id": "t1", "text": "Police arrested protesters in Nairobi.", "pentaclass": 4, "has_spans": true, "events": [{"actor": [{"text": "Police", "start": 0, "end": 6}], "target": [{"text": "protesters", "start": 16, "end": 26}], "reciprocal": []}]}""" + "\n");
        var (code, output, err) = CliTests.Run("", false, "eval", "events", "--conflibert", file);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("1 sentences, 1 with spans, 1 with a PentaClass"));
        Assert.That(output.TrimEnd().Split('\n')[^1], Does.Match(@"^conflibert source F1 \d\.\d{3} target F1 \d\.\d{3} pentaclass accuracy \d\.\d{3}$"));
    }
}
