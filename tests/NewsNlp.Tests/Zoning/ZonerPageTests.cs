using NewsNlp.Pipeline;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Zoning;

/// <summary>The bundled en-zones model on a page written in the style of a scraped news page.</summary>
public class ZonerPageTests
{
    // Written for this test (not taken from a site), before the model's output was seen.
    private const string Page = """
        Skip to main content
        Home
        World
        Business
        Markets
        Sport
        Subscribe
        Sign in
        Advertisement
        Russia and North Korea sign defence pact as Putin visits Pyongyang
        By Guy Faulconbridge and Hyonhee Shin
        June 19, 2024 10:42 AM GMT Updated 3 hours ago
        Share this article
        Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands in Pyongyang, June 19, 2024. Sputnik/Gavriil Grigorov/Kremlin via REUTERS
        MOSCOW, June 19 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence pact on Wednesday, pledging to help each other if either country faced aggression.
        The agreement, which Kim said raised relations to the level of an alliance, was signed during Putin's first visit to North Korea in 24 years.
        "This is a truly breakthrough document," Putin told reporters after the talks, adding that Russia did not rule out military-technical cooperation with Pyongyang.
        Western governments have accused North Korea of supplying Russia with artillery shells and ballistic missiles for the war in Ukraine, which both countries deny.
        Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands in Pyongyang, June 19, 2024. Sputnik/Gavriil Grigorov/Kremlin via REUTERS
        The United States said the pact should be of concern to anyone interested in peace and stability on the Korean peninsula.
        Reporting by Guy Faulconbridge in Moscow and Hyonhee Shin in Seoul; Editing by Alex Richardson
        Our Standards: The Thomson Reuters Trust Principles.
        Share this article
        Advertisement
        Read Next
        China says it is ready to work with Russia on regional security
        South Korea summons Russian ambassador over pact
        You might also like
        Oil prices rise as Middle East tensions grow
        Sign up for our newsletter
        Get the latest news delivered to your inbox every morning
        We use cookies to improve your experience. Accept all cookies
        45 comments
        All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.
        © 2024 Reuters. All rights reserved
        """;

    [Test]
    public void AScrapedPageIsZonedSensibly()
    {
        var doc = new Document(Page);
        new Zoner(BundledModels.EnglishZones).Process(doc);
        var zones = doc.Zones;
        ZoneKind KindOf(string start)
        {
            foreach (var z in zones) if (doc.GetText(z).StartsWith(start, StringComparison.Ordinal)) return z.Kind;
            throw new AssertionException($"no zone starts with '{start}'");
        }
        string Dump() => string.Join("\n", zones.Select(z => $"{z.Kind,-10} {z.RepeatOf,3} {z.Confidence:F2} {doc.GetText(z)[..Math.Min(60, z.Length)]}"));

        Assert.That(zones, Has.Count.EqualTo(Page.Split('\n').Count(l => l.Trim().Length > 0)), Dump);
        foreach (var nav in new[] { "Skip to main content", "Home", "World", "Subscribe", "Sign in", "Share this article", "Read Next", "Sign up for our newsletter", "We use cookies" })
            Assert.That(KindOf(nav), Is.EqualTo(ZoneKind.Furniture), nav + "\n" + Dump());
        Assert.That(KindOf("By Guy Faulconbridge"), Is.EqualTo(ZoneKind.Byline), Dump);
        Assert.That(KindOf("Reporting by"), Is.EqualTo(ZoneKind.Byline), Dump);
        Assert.That(KindOf("\u00A9 2024 Reuters"), Is.EqualTo(ZoneKind.Byline), Dump);
        Assert.That(KindOf("Russian President Vladimir Putin and North Korean leader Kim Jong Un shake"), Is.EqualTo(ZoneKind.Caption), Dump);
        // The dateline opens the first paragraph, which stays one body zone.
        Assert.That(KindOf("MOSCOW, June 19 (Reuters) -"), Is.EqualTo(ZoneKind.Body), Dump);
        foreach (var body in new[] { "The agreement", "\"This is a truly", "Western governments", "The United States said" })
            Assert.That(KindOf(body), Is.EqualTo(ZoneKind.Body), body + "\n" + Dump());
        Assert.That(KindOf("Russia and North Korea sign"), Is.AnyOf(ZoneKind.Headline, ZoneKind.Body), Dump);

        // The caption printed twice, and "Share this article" and "Advertisement" printed twice.
        var captions = zones.Where(z => z.Kind == ZoneKind.Caption).ToArray();
        Assert.That(captions, Has.Length.EqualTo(2), Dump);
        Assert.That(captions[1].RepeatOf, Is.EqualTo(zones.IndexOf(captions[0])));
        Assert.That(zones.Count(z => z.IsRepeat), Is.EqualTo(3), Dump);
    }

    [Test]
    public void PlainTextWithOneSentenceALineIsAllStory()
    {
        // Six news sentences, one a line, no title: the model took a line in the middle for a
        // headline and the lines above it for furniture, and the lead's event was lost.
        const string text = "Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday.\n"
            + "Israeli troops killed three Palestinians in a raid on the Jenin refugee camp on Tuesday.\n"
            + "The two leaders will hold talks at the Kremlin next week.\n"
            + "Police in Nairobi arrested 20 protesters after clashes outside parliament.\n"
            + "Rebels attacked a military base near Goma, the army said.\n"
            + "Speaking in Brussels, the EU foreign policy chief condemned the attack on Kyiv.\n";
        var zones = new Zoner(BundledModels.EnglishZones).FindZones(text);
        Assert.That(zones.Select(z => z.Kind).ToArray(), Has.Length.EqualTo(6).And.All.EqualTo(ZoneKind.Body));
    }

    [Test]
    public void ARelatedStoriesListIsFurnitureAndTheStoryAfterItIsNot()
    {
        const string text = "Panama pardons Castro plotters\n"
            + "Four men accused of planning to kill Cuba's Fidel Castro have been pardoned by Panama's president, officials said on Thursday.\n"
            + "Advertisement\n"
            + "The pardons angered the government in Havana, which said the men were terrorists and should stay in prison.\n"
            + "Related News Stories\n"
            + "Cuba breaks diplomatic ties with Panama\n"
            + "Venezuela recalls ambassador over Panama pardons\n"
            + "Castro denounces mafia in Miami\n"
            + "Panama's outgoing president said she acted to prevent the men being extradited to Cuba or Venezuela.\n";
        var zones = new Zoner(BundledModels.EnglishZones).FindZones(text);
        string Line(Zone z) => text[z.Start..z.End];
        var kinds = zones.ToDictionary(Line, z => z.Kind);
        Assert.That(kinds["Advertisement"], Is.EqualTo(ZoneKind.Furniture));
        foreach (var line in (string[])["Related News Stories", "Cuba breaks diplomatic ties with Panama", "Venezuela recalls ambassador over Panama pardons", "Castro denounces mafia in Miami"])
            Assert.That(kinds[line], Is.EqualTo(ZoneKind.Furniture), line);
        Assert.That(kinds.Where(k => k.Key.StartsWith("Panama's outgoing", StringComparison.Ordinal)).Select(k => k.Value), Is.All.EqualTo(ZoneKind.Body), "story prose ends the list");
        Assert.That(kinds.Where(k => k.Key.StartsWith("Four men", StringComparison.Ordinal)).Select(k => k.Value), Is.All.EqualTo(ZoneKind.Body));
    }

    [Test]
    public void TheDefaultPipelineZonesFirstAndKeepsSentencesInsideZones()
    {
        var pipeline = NewsPipeline.CreateDefault();
        Assert.That(pipeline.Stages[0], Is.InstanceOf<IZoner>());
        var doc = pipeline.Process(Page, new DateTimeOffset(2024, 6, 19, 0, 0, 0, TimeSpan.Zero));
        var zones = doc.ZoneSpan;
        int z = 0;
        foreach (var s in doc.SentenceSpan)
        {
            while (zones[z].End <= s.Start) z++;
            Assert.That(s.Start >= zones[z].Start && s.End <= zones[z].End, Is.True, doc.GetText(s));
        }
    }

    [TestCase("Syrian forces clash with Tunisian rioters in the Egyptian square", ZoneKind.Headline)]
    [TestCase("Obama to visit Iran", ZoneKind.Headline)]
    [TestCase("Russia is conducting military exercises in Alaska", ZoneKind.Headline)]
    [TestCase("Advertisement - scroll to continue", ZoneKind.Furniture)]
    [TestCase("Share this article", ZoneKind.Furniture)]
    [TestCase("By Guy Faulconbridge and Hyonhee Shin", ZoneKind.Byline)]
    [TestCase("HOME", ZoneKind.Furniture)]
    public void AnUnpunctuatedTextOfOneLineIsAHeadlineUnlessItIsFurniture(string text, ZoneKind expected)
    {
        var zones = new Zoner(BundledModels.EnglishZones).FindZones(text);
        Assert.That(zones.Select(z => z.Kind), Is.EqualTo(new[] { expected }), text);
    }

    [Test]
    public void AHeadlineOnItsOwnGivesItsEvent()
    {
        var doc = NewsPipeline.CreateDefault().Process("Obama ordered an investigation against Iran");
        Assert.That(doc.Events.Select(e => (e.Actor?.Text, e.Action.Lemma)), Does.Contain(((string?)"Obama", "order")));
    }
}
