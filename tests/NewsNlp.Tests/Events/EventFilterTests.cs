using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>Only someone acts: abstract nouns and nobody never become actors.</summary>
public class EventFilterTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static NewsEvent Event(EntityReference? actor) =>
        new(actor, new EventAction(10, 16, "visits", "visit", "042"), null, null, null, Polarity.Positive, Modality.Asserted, 0.8, 0, 0, 30);

    private static EntityReference Ref(string text, EntityType type, params string[] codes) => new(0, text.Length, text, type, null, codes);

    [Test]
    public void PeopleOrganisationsPlacesCodedActorsAndGenericAgentsAreSomeoneAbstractNounsAndNobodyAreNot()
    {
        var document = Pipeline.Process("The talks went on.");
        var events = new List<NewsEvent>
        {
            Event(Ref("Vladimir Putin", EntityType.Person)),
            Event(Ref("the Kremlin", EntityType.Organization)),
            Event(Ref("Pyongyang", EntityType.Location)),
            Event(Ref("the rebels", EntityType.Other, "cameo:REB")),
            Event(Ref("The talks", EntityType.Other)),
            Event(Ref("investment", EntityType.Other)),
            Event(null),
        };
        EventFilter.Apply(document, events);
        Assert.That(events.Select(e => e.Actor!.Text), Is.EqualTo(new[] { "Vladimir Putin", "the Kremlin", "Pyongyang", "the rebels" }));
    }

    [Test]
    public void AGroupTheRecognizerLabelledNorpIsSomeone()
    {
        var document = Pipeline.Process("Palestinians marched in Gaza.");
        var norp = document.Entities.FirstOrDefault(m => m.Label == "NORP");
        Assume.That(norp, Is.Not.Null, "the recognizer labels 'Palestinians' NORP");
        var events = new List<NewsEvent> { Event(new EntityReference(norp!.Start, norp.End, norp.Text, EntityType.Other, null, [])) };
        EventFilter.Apply(document, events);
        Assert.That(events, Has.Count.EqualTo(1));
    }

    [TestCase("The talks are expected to focus on expanding military cooperation between Moscow and Pyongyang.")]
    [TestCase("Military and economic cooperation increased sharply after Kim Jong Un met Putin in the Russian Far East last September.")]
    [TestCase("Investment needs to ensure that the company survives, all mergers lead to job cuts.")]
    public void NoEventOfARealSentenceHasAnAbstractActor(string text)
    {
        var d = Pipeline.Process(text, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
        foreach (var e in d.Events)
        {
            Assert.That(e.Actor, Is.Not.Null, e.ToString());
            Assert.That(e.Actor!.Text, Does.Not.StartWith("The talks").And.Not.StartWith("Military").And.Not.StartWith("Investment").And.Not.StartWith("all mergers"), e.ToString());
        }
    }

    [Test]
    public void AnActorIsNeverItsOwnTargetButTwoActorsOfOneCountryMayMeet()
    {
        var document = Pipeline.Process("Turkey gave Turkey aid.");
        var turkey = Ref("Turkey", EntityType.Location, "cameo:TUR");
        var events = new List<NewsEvent>
        {
            Event(turkey) with { Target = Ref("Turkey", EntityType.Location, "cameo:TUR") },
            Event(Ref("Russian police", EntityType.Other, "cameo:RUSCOP") with { Canonical = "Russia" })
                with { Target = Ref("Russian students", EntityType.Other, "cameo:RUSEDU") with { Canonical = "Russia" } },
        };
        EventFilter.Apply(document, events);
        Assert.That(events, Has.Count.EqualTo(2), "the actor stays");
        Assert.That(events[0].Target, Is.Null, "Turkey does not act on Turkey");
        Assert.That(events[1].Target?.Text, Is.EqualTo("Russian students"), "police and students of one country are two participants");
    }
}
