using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Events;

/// <summary>The learned candidate scorer: its text form, its place in the event model, and what it does to a document's events.</summary>
public class EventScorerTests
{
    private const string Article = """
        Russian President Vladimir Putin will visit North Korea on Tuesday, the Kremlin said on Monday.
        Putin will hold talks with North Korean leader Kim Jong Un in Pyongyang. The United States has accused North Korea of supplying shells to Russia.
        "We are concerned," a State Department spokesman said. Police arrested two protesters in Seoul on Sunday.
        """;

    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheTextFormRoundTrips()
    {
        var weights = new Dictionary<string, double> { ["bias"] = -1.25, ["root=04"] = 2.5, ["target=none"] = -0.75, ["unused"] = 0 };
        string text = EventScorer.Format(weights, 0.3);
        var scorer = EventScorer.Parse(new StringReader(text), "scorer.tsv");
        Assert.That(scorer.Threshold, Is.EqualTo(0.3));
        Assert.That(scorer.FeatureCount, Is.EqualTo(3), "zero weights are not written");
        Assert.That(scorer.Probability(["bias", "root=04", "target=none", "never-seen"]), Is.EqualTo(1 / (1 + Math.Exp(-0.5))).Within(1e-12));
        Assert.That(EventScorer.Format(weights, 0.3), Is.EqualTo(text), "the same weights give the same text");
    }

    [TestCase("threshold\t0.2\nbias\tabc\n", "scorer.tsv:2")]
    [TestCase("threshold\t0.2\nno tab here\n", "scorer.tsv:2")]
    [TestCase("bias\t1\n", "no threshold")]
    [TestCase("threshold\t1.5\n", "no threshold")]
    [TestCase("threshold\tNaN\n", "scorer.tsv:1")]
    public void AMalformedScorerNamesItsLine(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => EventScorer.Parse(new StringReader(text), "scorer.tsv"));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void TheBundledModelScoresAndTheDefaultPipelineKeepsWhatPassesItsThreshold()
    {
        var scorer = BundledModels.EnglishEvents.Scorer;
        Assert.That(scorer, Is.Not.Null, "the shipped event model has a scorer");
        var candidates = CandidatePipeline.Instance.Process(Article, Monday);
        var kept = NewsPipeline.CreateDefault().Process(Article, Monday).Events;
        Assert.That(candidates.Events, Has.Count.GreaterThan(kept.Count), "the scorer drops some candidates of this article");
        var features = new List<string>();
        var expected = new List<(int, string, double)>();
        for (int i = 0; i < candidates.Events.Count; i++)
        {
            features.Clear();
            EventScorer.Features(candidates, candidates.Events, i, features);
            double p = scorer!.Probability(features);
            if (p >= scorer.Threshold) expected.Add((candidates.Events[i].Action.Start, candidates.Events[i].Actor?.Text ?? "-", Math.Round(p, 3)));
        }
        Assert.That(kept.Select(e => (e.Action.Start, e.Actor?.Text ?? "-", e.Confidence)), Is.EqualTo(expected),
            "the kept events are the candidates at or over the threshold, in order, with the probability as confidence");
        Assert.That(kept.Any(e => e.Action.Lemma == "arrest" && e.Target?.Text == "two protesters"), "a plain act with an actor and a target survives");
    }

    [Test]
    public void AModelKeepsItsScorerThroughSaveAndLoadAndCanDropIt()
    {
        var model = EventScorerTrainer.WithScorer(BundledModels.EnglishEvents, new Dictionary<string, double> { ["bias"] = 3 }, 0.5);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = EventModel.Load(stream);
        Assert.That(loaded.Scorer!.Probability(["bias"]), Is.EqualTo(1 / (1 + Math.Exp(-3))).Within(1e-12));
        Assert.That(EventScorerTrainer.WithoutScorer(loaded).Scorer, Is.Null);
        Assert.Throws<FormatException>(() => BundledModels.EnglishEvents.WithScorer("threshold\tx\n"));
    }

    [Test]
    public void TrainingSeparatesASeparableSetTheSameWayEveryTime()
    {
        var examples = new List<ScorerExample>();
        for (int i = 0; i < 20; i++)
        {
            examples.Add(new ScorerExample(["bias", "root=04", i % 2 == 0 ? "zone=Body" : "zone=Headline"], true, 1, -1));
            examples.Add(new ScorerExample(["bias", "root=01", "target=none", i % 2 == 0 ? "zone=Body" : "zone=Headline"], false, 1, -1));
        }
        var weights = EventScorerTrainer.Train(examples, l2: 1);
        Assert.That(EventScorerTrainer.Probability(weights, ["bias", "root=04", "zone=Body"]), Is.GreaterThan(0.8));
        Assert.That(EventScorerTrainer.Probability(weights, ["bias", "root=01", "target=none", "zone=Body"]), Is.LessThan(0.2));
        Assert.That(EventScorerTrainer.Train(examples, l2: 1), Is.EqualTo(weights), "no randomness");
        Assert.That(EventScorerTrainer.Train([]), Is.Empty);
    }

    [Test]
    public void TheScorerReadsTheWordsFromActorToTarget()
    {
        var doc = CandidatePipeline.Instance.Process("On Sunday, police arrested two protesters in Seoul.", Monday);
        int arrest = doc.Events.ToList().FindIndex(e => e.Action.Lemma == "arrest");
        Assert.That(arrest, Is.GreaterThanOrEqualTo(0));
        var features = new List<string>();
        EventScorer.Features(doc, doc.Events, arrest, features);
        Assert.That(features, Does.Contain("w=police").And.Contain("w=protesters").And.Contain("b=arrested_two"));
        Assert.That(features, Has.None.EqualTo("w=sunday"), "a word before the actor is not the event's");
    }

    [Test]
    public void ALightVerbLeavesTheActToItsNoun()
    {
        var doc = CandidatePipeline.Instance.Process("Japanese Prime Minister Shintaro Abe began a visit to Washington on Sunday.", Monday);
        var visit = doc.Events.Single(e => e.Actor?.Text.Contains("Abe") == true);
        Assert.That((visit.Action.Lemma, visit.Action.Text, visit.Target?.Text), Is.EqualTo(("visit", "visit", "Washington")));
        Assert.That(doc.Text[visit.Action.Start..visit.Action.End], Is.EqualTo("visit"), "the trigger is the noun");
        Assert.That(visit.Place?.Text, Is.EqualTo("Washington"), "a visit happens where it goes");
    }
}
