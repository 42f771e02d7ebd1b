using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>The first event extractor over the default pipeline's syntax, entities and dates.</summary>
public class EventExtractorTests
{
    private const string Verbs = """
        ---  VISIT   [042:043]  ---
        VISIT
        ---  MEET_PEOPLE   [040]  ---
        +MEET_WITH {+MET_WITH}
        MEET {MEETS MET MEETING}
        ---  EXPLAIN_VERBAL   [010]  ---
        SAY {SAYS SAID SAYING}
        ---  BLAME   [112]  ---
        ACCUSE
        ---  VETO   [---]  ---
        BLOCK [1233]
        ---  ATTACK   [190]  ---
        ATTACK
        """;

    // The default stages up to dates: these tests run their own event stage over a small verb list.
    private static readonly NewsPipeline Pipeline = NewsPipeline.Create(NewsPipeline.CreateDefault().Stages.Where(s => s is not EventExtractor));
    private static readonly EventExtractor Extractor = new(CameoVerbDictionary.Load(new StringReader(Verbs), "test verbs"));
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    private static List<NewsEvent> Events(string text) => Extractor.Extract(Pipeline.Process(text, Monday));

    [Test]
    public void APlannedVisitHasActorTargetDateAndCode()
    {
        var e = Events("Putin will visit Pyongyang on Tuesday.").Single();
        Assert.That(e.Actor!.Text, Is.EqualTo("Putin"));
        Assert.That(e.Actor.Type, Is.EqualTo(EntityType.Person));
        Assert.That((e.Action.Lemma, e.Action.Cameo), Is.EqualTo(("visit", "042")));
        Assert.That(e.Target!.Text, Is.EqualTo("Pyongyang"));
        Assert.That(e.Date!.Value, Is.EqualTo("2024-06-18"));
        Assert.That((e.Modality, e.Polarity), Is.EqualTo((Modality.Planned, Polarity.Positive)));
    }

    [Test]
    public void SetToAndHeadlineFormsInheritTheSubject()
    {
        var e = Events("Russian President Vladimir Putin is set to visit North Korea.").Single(x => x.Action.Lemma == "visit");
        Assert.That(e.Actor!.Text, Does.Contain("Putin"));
        Assert.That(e.Target!.Text, Is.EqualTo("North Korea"));
        Assert.That(e.Modality, Is.EqualTo(Modality.Planned));
    }

    [Test]
    public void ADatelineIsNotTheActor()
    {
        var e = Events("MOSCOW, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday.").Single(x => x.Action.Lemma == "visit");
        Assert.That(e.Actor!.Text, Does.Contain("Putin"));
        Assert.That(e.Target!.Text, Is.EqualTo("North Korea"));
        Assert.That(e.Date!.Value, Is.EqualTo("2024-06-18"), "the clause's Tuesday, not the dateline's June 17");
    }

    [Test]
    public void CoordinatedActorsGiveOneEventEach()
    {
        var events = Events("Russia and China blocked the resolution on Monday.");
        Assert.That(events.Select(e => e.Actor!.Text), Is.EquivalentTo(new[] { "Russia", "China" }));
        Assert.That(events.Select(e => e.Action.Cameo), Is.All.EqualTo("1233"));
    }

    [Test]
    public void PassivesAreTurnedRound()
    {
        var e = Events("Kim was met by Putin in Moscow last week.").Single();
        Assert.That(e.Actor!.Text, Is.EqualTo("Putin"));
        Assert.That(e.Target!.Text, Is.EqualTo("Kim"));
        Assert.That(e.Place!.Text, Is.EqualTo("Moscow"));
        Assert.That(e.Date!.Value, Is.EqualTo("2024-W24"));
    }

    [Test]
    public void ReportedSpeechAndNegation()
    {
        var events = Events("Officials said Kim did not meet Putin.");
        var say = events.Single(e => e.Action.Lemma == "say");
        Assert.That((say.Actor!.Text, say.Action.Cameo), Is.EqualTo(("Officials", "010")));
        Assert.That(say.Actor.Codes, Does.Contain("generic-agent"));
        var meet = events.Single(e => e.Action.Lemma == "meet");
        Assert.That((meet.Actor!.Text, meet.Target!.Text), Is.EqualTo(("Kim", "Putin")));
        Assert.That((meet.Modality, meet.Polarity), Is.EqualTo((Modality.Reported, Polarity.Negative)));
        Assert.That(meet.Date!.Text, Is.Null, "no date in the clause: the publish date, marked by a null text");
        Assert.That(meet.Date.Value, Is.EqualTo("2024-06-17"));
    }

    [Test]
    public void AccusationsAreCodedAndWhatTheyAllegeIsAlleged()
    {
        var events = Events("US officials accused Pyongyang of attacking the border post.");
        var accuse = events.Single(e => e.Action.Lemma == "accuse");
        Assert.That((accuse.Target!.Text, accuse.Action.Cameo), Is.EqualTo(("Pyongyang", "112")));
        Assert.That(events.Where(e => e.Action.Lemma == "attack").Select(e => e.Modality), Is.All.EqualTo(Modality.Alleged));
    }

    [Test]
    public void EventsAppearInTheJsonOutput()
    {
        var doc = Pipeline.Process("Putin will visit Pyongyang on Tuesday.", Monday);
        Extractor.Process(doc);
        var json = Newtonsoft.Json.Linq.JObject.Parse(NewsNlp.Serialization.DocumentJson.Serialize(doc));
        var e = json["events"]!.Single();
        Assert.That((string?)e["action"]!["cameo"], Is.EqualTo("042"));
        Assert.That((string?)e["actor"]!["text"], Is.EqualTo("Putin"));
        Assert.That((string?)e["date"]!["value"], Is.EqualTo("2024-06-18"));
        Assert.That((string?)e["modality"], Is.EqualTo("planned"));
    }
}

/// <summary>Places and countries an event points at, with the bundled event model (Phoenix actors, GeoNames places).</summary>
public class PlaceCodingTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    private static EntityReference Target(string text) =>
        Pipeline.Process(text, Monday).Events.First(e => e.Target is not null).Target!;

    [Test]
    public void ACapitalNamesItsCountryWithOneIsoCode()
    {
        var paris = Target("Putin visited Paris.");
        Assert.That(paris.Canonical, Is.EqualTo("France"));
        Assert.That(paris.Codes.Where(c => c.StartsWith("iso:", StringComparison.Ordinal)), Is.EqualTo(new[] { "iso:FR" }));
        Assert.That(paris.Codes, Does.Contain("cameo:FRA"));
        Assert.That((paris.Geo!.Name, paris.Geo.CountryCode, paris.Geo.FeatureCode), Is.EqualTo(("Paris", "FR", "PPLC")));
    }

    [TestCase("Biden visited Washington on Monday.")]
    [TestCase("The British prime minister visited Washington.")]
    public void WashingtonIsTheCapital(string text)
    {
        var washington = Target(text);
        Assert.That((washington.Geo!.Name, washington.Geo.CountryCode), Is.EqualTo(("Washington, D.C.", "US")));
        Assert.That(washington.Codes.Where(c => c.StartsWith("iso:", StringComparison.Ordinal)), Is.EqualTo(new[] { "iso:US" }));
    }

    [Test]
    public void TheArticlesCountriesChooseBetweenTownsOfOneName()
    {
        Assert.That(Target("Putin visited Birmingham.").Geo!.CountryCode, Is.EqualTo("GB"), "the bigger one");
        var alabama = Target("Joe Biden visited Birmingham.");
        Assert.That(alabama.Geo!.CountryCode, Is.EqualTo("US"), "the one in the country the article names (Joe Biden is USAGOV)");
        // Phoenix codes "Birmingham" GBR after the English city: the place found decides the country.
        Assert.That(alabama.Canonical, Is.EqualTo("United States"));
        Assert.That(alabama.Codes.Where(c => !c.StartsWith("geonames:", StringComparison.Ordinal)), Is.EqualTo(new[] { "cameo:USA", "iso:US" }));
    }

    [Test]
    public void AGatheringTakesThePlaceTheArticleGivesIt()
    {
        const string hosted = "Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair.";
        var doc = Pipeline.Process(hosted + " The meeting in London will discuss security.", Monday);
        var host = doc.Events.Single(e => e.Action.Lemma == "host");
        Assert.That(host.Place?.Text, Is.EqualTo("London"));
        // Without a place for the gathering, none is made up.
        var alone = Pipeline.Process(hosted, Monday).Events.Single(e => e.Action.Lemma == "host");
        Assert.That(alone.Place, Is.Null);
    }

    [Test]
    public void ACourtTakesThePlaceTheArticleNamesItByAndANamedGatheringPrefersItsInPhrase()
    {
        const string told = "Platon Lebedev has told a court that the fraud charges against him are false.";
        var doc = CandidatePipeline.Instance.Process(told + " \"I could not understand the file,\" he told a Moscow court.", Monday);
        var tell = doc.Events.First(e => e.Action.Lemma == "tell" && e.Target?.Text == "a court");
        Assert.That(tell.Place?.Text, Is.EqualTo("Moscow"), "'a Moscow court' names the court's place");
        Assert.That(CandidatePipeline.Instance.Process(told, Monday).Events.First(e => e.Action.Lemma == "tell").Place, Is.Null, "without it, none is made up");
        const string g7 = "India's finance minister will attend the G7 meeting. The G7 meeting in London will discuss debt.";
        var attend = CandidatePipeline.Instance.Process(g7, Monday).Events.Single(e => e.Action.Lemma == "attend");
        Assert.That(attend.Place?.Text, Is.EqualTo("London"), "an in-phrase before a name that modifies the noun");
    }

    [Test]
    public void AVisitHappensWhereItGoes()
    {
        var visit = CandidatePipeline.Instance.Process("US Secretary of State Colin Powell visited the West Bank on Monday.", Monday).Events.Single(e => e.Action.Lemma == "visit");
        Assert.That(visit.Place?.Text, Does.Contain("West Bank"));
        var met = CandidatePipeline.Instance.Process("US Secretary of State Colin Powell met Mahmoud Abbas on Monday.", Monday).Events.Single(e => e.Action.Lemma == "meet");
        Assert.That(met.Place, Is.Null, "a person met is not a place");
    }

    [Test]
    public void AFormatCharacterInsideAPlaceNameDoesNotHideIt()
    {
        var berlin = Target("Scholz flew to Ber\uFEFFlin on Monday.");
        Assert.That(berlin.Text, Is.EqualTo("Ber\uFEFFlin"));
        Assert.That((berlin.Geo!.Name, berlin.Canonical), Is.EqualTo(("Berlin", "Germany")));
    }

    [Test]
    public void AnActorNeverIncludesAnEmojiBesideTheName()
    {
        var e = CandidatePipeline.Instance.Process("Biden🙂 said he would run again.", Monday).Events.Single(x => x.Action.Lemma == "say");
        Assert.That(e.Actor!.Text, Is.EqualTo("Biden"));
    }
}
