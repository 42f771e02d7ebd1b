using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>Records print as the news reads, never as a type name or a list's type.</summary>
public class RecordTextTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void AnEventReadsLikeTheNews()
    {
        var doc = Pipeline.Process("Russian President Vladimir Putin will visit Pyongyang on Tuesday.", Monday);
        var visit = doc.Events.Single(e => e.Action.Lemma == "visit");
        // Who is visited is the country; where the visit happens is the city named.
        Assert.That(visit.ToString(), Is.EqualTo("Vladimir Putin —visit [042]→ North Korea in Pyongyang (planned, 2024-06-18)"));
    }

    [Test]
    public void NegationPlaceAndMissingPartsAreSpelledOut()
    {
        var putin = new EntityReference(0, 5, "Putin", EntityType.Person, "Vladimir Putin", ["cameo:RUSGOV", "iso:RU"]);
        var seoul = new EntityReference(20, 25, "Seoul", EntityType.Location, null, []);
        var e = new NewsEvent(putin, new EventAction(6, 12, "visited", "visit", "042"), null, new EventDate("on Sunday", "2024-06-16"), seoul,
            Polarity.Negative, Modality.Asserted, 0.7, 0, 0, 30);
        Assert.That(e.ToString(), Is.EqualTo("Vladimir Putin —not visit [042]→ ? in Seoul (asserted, 2024-06-16)"));
        Assert.That(putin.ToString(), Is.EqualTo("Vladimir Putin (PERSON; cameo:RUSGOV iso:RU) [0..5)"));
        Assert.That(new Relation("role", putin, seoul, "President").ToString(), Is.EqualTo("Vladimir Putin —role: President→ Seoul"));
        Assert.That(new EntityMention(0, 5, "Putin", "PERSON", EntityType.Person, 0.974).ToString(), Is.EqualTo("\"Putin\" PERSON [0..5) 0.97"));
        Assert.That(new EventDate(null, "2024-06-17").ToString(), Is.EqualTo("2024-06-17"));
    }

    [Test]
    public void NoRecordPrintsATypeName()
    {
        var doc = Pipeline.Process("Police arrested two protesters in Seoul on Sunday. Chinese Foreign Minister Wang Yi met Jaishankar in New Delhi.", Monday);
        var texts = doc.Events.Select(e => e.ToString()).Concat(doc.Relations.Select(r => r.ToString())).Concat(doc.Entities.Select(e => e.ToString())).ToList();
        Assert.That(texts, Is.Not.Empty);
        Assert.That(texts, Has.None.Contains("System.").And.None.Contains("NewsNlp."));
    }
}
