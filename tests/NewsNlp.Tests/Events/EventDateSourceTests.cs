using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Events;

/// <summary>Every event's date says where it came from: its clause, its sentence, the dateline, or the publish date.</summary>
public class EventDateSourceTests
{
    private static readonly DateTimeOffset Published = new(2024, 6, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static NewsEvent Only(Document d, string lemma) => d.Events.Single(e => e.Action.Lemma == lemma);

    [Test]
    public void TheClauseDateIsText()
    {
        var d = Pipeline.Process("Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday.", Published);
        var date = Only(d, "meet").Date!;
        Assert.That((date.Value, date.Text, date.Source), Is.EqualTo(("2024-06-19", "on Wednesday", DateSource.Text)).Or.EqualTo(("2024-06-19", "Wednesday", DateSource.Text)));
    }

    [Test]
    public void TheSentencesOneDateDatesAnEventOutsideItsClause()
    {
        // "On Wednesday" hangs from "praised"; the coordinated "met" has no date of its own.
        var d = Pipeline.Process("On Wednesday, Kim Jong Un praised Vladimir Putin and met Sergei Shoigu.", Published);
        var meet = Only(d, "meet");
        Assert.That((meet.Date!.Value, meet.Date.Text, meet.Date.Source), Is.EqualTo(("2024-06-19", "Wednesday", DateSource.Sentence)));
        Assert.That(Only(d, "praise").Date!.Source, Is.EqualTo(DateSource.Text));
    }

    [Test]
    public void TwoDatesInTheSentenceGiveNoSentenceDate()
    {
        var d = Pipeline.Process("Kim Jong Un praised Vladimir Putin on Monday and met Sergei Shoigu, state media said on Tuesday.", Published);
        Assert.That(d.Events, Is.Not.Empty);
        foreach (var e in d.Events)
            Assert.That(e.Date!.Source, Is.Not.EqualTo(DateSource.Sentence), e.ToString());
    }

    [Test]
    public void TheDatelineDatesEventsTheirSentencesDoNot()
    {
        var d = Pipeline.Process("NAIROBI, June 18 - Kenyan police fired tear gas at protesters in Nairobi.\n\nPolice arrested twenty protesters near parliament.", Published);
        var arrest = Only(d, "arrest");
        Assert.That((arrest.Date!.Value, arrest.Date.Source), Is.EqualTo(("2024-06-18", DateSource.Article)));
    }

    [Test]
    public void WithNothingInTheTextThePublishDateSaysSo()
    {
        var d = Pipeline.Process("Police arrested twenty protesters in Nairobi.", Published);
        var date = Only(d, "arrest").Date!;
        Assert.That((date.Value, date.Text, date.Source), Is.EqualTo(("2024-06-20", (string?)null, DateSource.PublishDate)));
    }

    [Test]
    public void TheSourceIsInTheJsonAndReadsBack()
    {
        var d = Pipeline.Process("NAIROBI, June 18 - Kenyan police fired tear gas at protesters in Nairobi.\n\nPolice arrested twenty protesters near parliament.", Published);
        string json = DocumentJson.Serialize(d, new JsonOutputOptions { Include = JsonIncludes.Text });
        var sources = JObject.Parse(json)["events"]!.Select(e => (string?)e["date"]?["source"]).ToList();
        Assert.That(sources, Is.Not.Empty);
        Assert.That(sources, Is.All.AnyOf("text", "sentence", "article", "publish-date"));
        Assert.That(sources, Does.Contain("article"));
        var back = DocumentJson.Deserialize(json);
        Assert.That(back.Events.Select(e => e.Date?.Source), Is.EqualTo(d.Events.Select(e => e.Date?.Source)));
    }

    [Test]
    public void AnUnknownSourceInJsonIsRefused()
    {
        var d = Pipeline.Process("Police arrested twenty protesters in Nairobi.", Published);
        string json = DocumentJson.Serialize(d, new JsonOutputOptions { Include = JsonIncludes.Text }).Replace("\"publish-date\"", "\"guess\"", StringComparison.Ordinal);
        Assert.That(() => DocumentJson.Deserialize(json), Throws.InstanceOf<Exception>().With.Message.Contains("guess"));
    }
}
