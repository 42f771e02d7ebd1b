using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Inputs from real articles (and the issue that reported them) that once ended a run.</summary>
public class RealArticleRegressionTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // A word made only of hyphens or underscores has no dictionary words at all; the event stage
    // asked the actor dictionary for its first one (Reuters-21578 has dozens of "some--if" dashes).
    [TestCase("They want to buy some--if they can.")]
    [TestCase("Police arrested -- and later released -- the protesters.")]
    [TestCase("The army shelled __ near the border.")]
    [TestCase("Officials said ___ would visit Moscow.")]
    public void WordsOfOnlyDashesDoNotEndTheRun(string text)
    {
        foreach (var published in new DateTimeOffset?[] { null, new DateTimeOffset(1987, 3, 2, 0, 0, 0, TimeSpan.Zero) })
        {
            var doc = Pipeline.Process(text, published);
            Assert.That(doc.Layers.HasFlag(DocumentLayers.Events), Is.True);
        }
    }

    [Test]
    public void AnEmptyPhraseMatchesNoActorOrAgent()
    {
        var actors = BundledModels.EnglishEvents.Actors;
        Assert.That(ActorDictionary.Words("--"), Is.Empty);
        Assert.That(actors.MatchAgent([], 0, out var agent), Is.Zero);
        Assert.That(actors.MatchActor([], 0, out var actor), Is.Zero);
        Assert.That(agent, Is.Null);
        Assert.That(actor, Is.Null);
        Assert.That(() => actors.MatchActor(["POLICE"], -1, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void ACallerPassingDefaultAsThePublishDateGetsReferenceValues()
    {
        var doc = Pipeline.Process("Putin arrived yesterday and leaves tomorrow.", published: default(DateTimeOffset));
        var values = doc.Dates.ToDictionary(d => d.Text, d => d.Value);
        Assert.That(values["yesterday"], Is.EqualTo("PAST_REF"));
        Assert.That(values["tomorrow"], Is.EqualTo("0001-01-02"));
    }
}
