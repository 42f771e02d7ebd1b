using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>
/// A multi-paragraph news article written for this test, through the default pipeline (its event
/// candidates: the rules, before the learned scorer), with every event and relation an analyst
/// should get from it listed by hand.
/// </summary>
public class GoldenArticleTests
{
    private const string Article = """
        SEOUL, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday for two days, the Kremlin said on Monday, his first trip to the reclusive state in 24 years.

        Putin will hold talks with North Korean leader Kim Jong Un in Pyongyang, Kremlin spokesman Dmitry Peskov told reporters. The Russian leader last visited Pyongyang in 2000.

        The United States and South Korea have accused North Korea of supplying artillery shells and missiles to Russia for its war in Ukraine. Pyongyang and Moscow have denied the accusations.

        "We are concerned about the deepening relationship," a State Department spokesman said. Andrei Lankov, an expert on North Korea at Kookmin University in Seoul, said Kim wanted to secure food and energy supplies.

        Police arrested two protesters outside the Russian embassy in Seoul on Sunday.

        ADVERTISEMENT
        Share this article
        Sign up for our newsletter
        """;

    private static readonly DateTimeOffset Published = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Document> Doc = new(() => CandidatePipeline.Instance.Process(Article, Published));

    private static string Name(EntityReference? r) => r is null ? "-" : r.Canonical ?? r.Text;

    [Test]
    public void EveryEventIsFoundAndNothingElse()
    {
        // (actor, lemma, CAMEO code, target, date, place, modality); canonical names where the article resolves them.
        var expected = new[]
        {
            ("Vladimir Putin", "visit", "042", "North Korea", "2024-06-18", "North Korea", "planned"), // a visit happens where it goes
            ("Kremlin", "say", "010", "-", "2024-06-17", "-", "asserted"),
            ("Vladimir Putin", "talk", "046", "Kim Jong Un", "2024-06-17", "-", "planned"), // "will hold talks": the noun names the act
            ("Dmitry Peskov", "tell", "010", "reporters", "2024-06-17", "-", "asserted"),
            ("Vladimir Putin", "visit", "042", "North Korea", "2000", "Pyongyang", "asserted"), // "The Russian leader last visited Pyongyang in 2000."
            ("United States", "accuse", "112", "North Korea", "2024-06-17", "-", "asserted"),
            ("South Korea", "accuse", "112", "North Korea", "2024-06-17", "-", "asserted"),
            ("North Korea", "supply", "072", "Russia", "2024-06-17", "-", "alleged"),
            ("North Korea", "deny", "016", "the accusations", "2024-06-17", "-", "asserted"), // Pyongyang stands for North Korea
            ("Russia", "deny", "016", "the accusations", "2024-06-17", "-", "asserted"),
            ("a State Department spokesman", "say", "010", "-", "2024-06-17", "-", "asserted"),
            ("Andrei Lankov", "say", "010", "Kim Jong Un", "2024-06-17", "-", "asserted"), // "said Kim wanted ...": a statement about Kim
            ("Kim Jong Un", "want", "030", "-", "2024-06-17", "-", "reported"),
            ("Police", "arrest", "173", "two protesters", "2024-06-16", "Seoul", "asserted"),
        };
        var actual = Doc.Value.Events.Select(e => (Name(e.Actor), e.Action.Lemma, e.Action.Cameo ?? "", Name(e.Target), e.Date?.Value ?? "-", Name(e.Place), e.Modality.ToString().ToLowerInvariant())).ToArray();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void ActorsCarryCodesAndPlacesCarryGeoNames()
    {
        var events = Doc.Value.Events;
        var visit = events.First(e => e.Action.Lemma == "visit");
        Assert.That(visit.Actor!.Codes, Is.EquivalentTo(new[] { "cameo:RUSGOV", "iso:RU" }));
        Assert.That(visit.Target!.Codes, Does.Contain("iso:KP"));
        var russianLeader = events.Single(e => e.Date?.Value == "2000");
        Assert.That(russianLeader.Actor!.Text, Is.EqualTo("The Russian leader"));
        Assert.That(russianLeader.Target!.Geo!.GeoNamesId, Is.EqualTo(1871859), "Pyongyang's GeoNames id");
        var denial = events.First(e => e.Action.Lemma == "deny");
        Assert.That((denial.Actor!.Text, denial.Actor.Canonical), Is.EqualTo(("Pyongyang", "North Korea")), "a capital keeps its text and links to its country");
        var arrest = events.Single(e => e.Action.Lemma == "arrest");
        Assert.That(arrest.Actor!.Codes, Does.Contain("generic-agent"));
        Assert.That(arrest.Place!.Geo!.CountryCode, Is.EqualTo("KR"));
    }

    [Test]
    public void RelationsNameRolesAffiliationsAndPlaces()
    {
        var relations = Doc.Value.Relations.Select(r => (r.Type, Name(r.Subject), Name(r.Object), r.Role ?? "-")).ToArray();
        Assert.That(relations, Is.EquivalentTo(new[]
        {
            ("role", "Vladimir Putin", "Russia", "President"),
            ("role", "Dmitry Peskov", "Kremlin", "spokesman"),
            ("affiliation", "Andrei Lankov", "Kookmin University", "expert"),
            ("role", "Andrei Lankov", "Kookmin University", "expert"),
            ("located_in", "Kookmin University", "South Korea", "-"),
        }));
    }

    [Test]
    public void PronounsFollowThePersonLastNamed()
    {
        var doc = NewsPipeline.CreateDefault().Process("Vladimir Putin arrived in Pyongyang on Wednesday. He met Kim Jong Un at the airport.", Published);
        var meet = doc.Events.Single(e => e.Action.Lemma == "meet");
        Assert.That((meet.Actor!.Text, meet.Actor.Canonical), Is.EqualTo(("He", "Vladimir Putin")));
        Assert.That(meet.Actor.Codes, Does.Contain("cameo:RUSGOV"));
    }

    [Test]
    public void NominalEventsNeedANamedPossessor()
    {
        var doc = CandidatePipeline.Instance.Process(
            "Putin's visit to Pyongyang was his first in 24 years. Kim Jong Un arrived in Moscow at Putin's invitation. "
            + "Russia's invasion of Ukraine began in 2022. His visit was short. The country's economy grew.", Published);
        var nominal = doc.Events.Where(e => e.Action.Text is "visit" or "invitation" or "invasion").Select(e => (Name(e.Actor), e.Action.Lemma, e.Action.Cameo, Name(e.Target))).ToArray();
        Assert.That(nominal, Is.EquivalentTo(new[]
        {
            ("Vladimir Putin", "visit", (string?)"042", "North Korea"),
            ("Vladimir Putin", "invite", (string?)"040", "Kim Jong Un"), // "arrived at Putin's invitation": the one who arrives was invited
            ("Russia", "invade", (string?)"192", "Ukraine"),
        }), "\"his visit\" has no named possessor and gives nothing");
        Assert.That(doc.Events.Single(e => e.Action.Lemma == "arrive").Target?.Canonical, Is.Not.EqualTo("Vladimir Putin"), "arriving at Putin's invitation is not arriving at Putin");
    }

    [Test]
    public void ALongArticleWithThousandsOfNamesAndPronounsIsResolvedWhole()
    {
        // 3,000 sentences, 6,000 person mentions and 3,000 pronouns in one document: resolution looks
        // back a bounded window (it used to scan every earlier mention, quadratic in the article).
        var rng = new Random(7);
        string[] names = ["Putin", "Kim", "Xi", "Biden", "Modi", "Macron", "Scholz", "Erdogan"];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 1500; i++)
        {
            string a = names[rng.Next(names.Length)], b = names[rng.Next(names.Length)];
            text.Append(a).Append(" met ").Append(b).Append(" in Moscow. He praised ").Append(b).Append(". ");
        }
        var doc = NewsPipeline.CreateDefault().Process(text.ToString(), Published);
        var praise = doc.Events.Where(e => e.Action.Lemma == "praise").ToList();
        Assert.That(praise, Has.Count.GreaterThan(1000));
        Assert.That(praise.Count(e => e.Actor?.Text == "He" && e.Actor.Canonical is not null), Is.GreaterThan(1000), "\"he\" resolves to a person named just before");
    }

    [TestCase("ADVERTISEMENT")]
    [TestCase("Share this article on Facebook")]
    [TestCase("Sign up for our newsletter")]
    [TestCase("Follow us on Twitter")]
    [TestCase("© 2024 Reuters. All rights reserved.")]
    public void BoilerplateLinesGiveNoEvents(string line)
    {
        var doc = NewsPipeline.CreateDefault().Process(line + "\n", Published);
        Assert.That(doc.Events, Is.Empty);
        Assert.That(NewsPipeline.CreateDefault().Process("Police arrested two protesters.\n" + line + "\n", Published).Events, Has.Count.EqualTo(1));
    }
}
