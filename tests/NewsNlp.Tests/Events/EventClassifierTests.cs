using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Events;

/// <summary>The learned event class: its text form, its place in the event model, its features, and what it does to a document's events.</summary>
public class EventClassifierTests
{
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheTextFormRoundTrips()
    {
        var weights = new Dictionary<string, double[]>
        {
            ["bias"] = [0.5, 0, 0, 0, -0.5],
            ["w=aid"] = [0, 0, 2, 0, 0],
            ["unused"] = [0, 0, 0, 0, 0],
        };
        string text = EventClassifier.Format(weights);
        var classifier = EventClassifier.Parse(new StringReader(text), "classifier.tsv");
        Assert.That(classifier.FeatureCount, Is.EqualTo(2), "all-zero rows are not written");
        var (c, p) = classifier.Classify(["bias", "w=aid", "never-seen"]);
        double[] z = [0.5, 0, 2, 0, -0.5];
        Assert.That(c, Is.EqualTo(EventClass.MaterialCooperation));
        Assert.That(p, Is.EqualTo(Math.Exp(2) / z.Sum(Math.Exp)).Within(1e-12), "the softmax probability of the chosen class");
        Assert.That(classifier.Classify(["bias"]).Class, Is.EqualTo(EventClass.Statement));
        Assert.That(EventClassifier.Format(weights), Is.EqualTo(text), "the same weights give the same text");
    }

    [TestCase("bias\t1\t2\t3\t4\n", "classifier.tsv:1")]
    [TestCase("bias\t1\t2\t3\t4\tx\n", "classifier.tsv:1")]
    [TestCase("w=a\t0\t0\t0\t0\t1\nw=a\t0\t0\t0\t0\t1\n", "listed twice")]
    [TestCase("bias\t1\t2\t3\t4\tInfinity\n", "not a finite number")]
    [TestCase("\n", "no weights")]
    public void AMalformedClassifierNamesItsLine(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => EventClassifier.Parse(new StringReader(text), "classifier.tsv"));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void AModelKeepsItsClassifierThroughSaveAndLoadAndACorruptOneIsRefused()
    {
        var model = EventClassifierTrainer.WithClassifier(BundledModels.EnglishEvents, new Dictionary<string, double[]> { ["bias"] = [0, 0, 0, 0, 3] });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = EventModel.Load(stream);
        Assert.That(loaded.Classifier!.Classify(["bias"]).Class, Is.EqualTo(EventClass.MaterialConflict));
        Assert.That(loaded.WithClassifier(null).Classifier, Is.Null);
        Assert.Throws<FormatException>(() => BundledModels.EnglishEvents.WithClassifier("bias\t1\n"));
    }

    [Test]
    public void AClassifierSetsTheClassOfCodedEventsAndLeavesTheCodeAlone()
    {
        // A classifier that calls everything material conflict, whatever the verb says.
        var model = EventClassifierTrainer.WithClassifier(BundledModels.EnglishEvents, new Dictionary<string, double[]> { ["bias"] = [0, 0, 0, 0, 1] });
        var pipeline = NewsPipeline.Create([.. NewsPipelineBuilder.Stages(new() { Layers = NewsPipelineOptions.AllLayers & ~(DocumentLayers.Events | DocumentLayers.Relations) }),
            new EventExtractor(model)]);
        const string text = "Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday.";
        var plain = CandidatePipeline.Instance.Process(text, Monday).Events.Single(e => e.Action.Lemma == "meet");
        Assert.That(plain.Action.Class, Is.Not.EqualTo(EventClass.MaterialConflict), "the bundled model does not call a meeting material conflict");
        var meet = pipeline.Process(text, Monday).Events.Single(e => e.Action.Lemma == "meet");
        Assert.That((meet.Action.Cameo, meet.Action.Class), Is.EqualTo((plain.Action.Cameo, EventClass.MaterialConflict)));
    }

    [Test]
    public void TheFeaturesAreTheEventsOwnAndTheWordsOfItsExtent()
    {
        const string text = "Officials said on Friday that the United States gave 625 new firearms to the Philippine Marines.";
        var doc = CandidatePipeline.Instance.Process(text, Monday);
        var e = new NewsEvent(
            new EntityReference(text.IndexOf("the United States", StringComparison.Ordinal), text.IndexOf(" gave", StringComparison.Ordinal), "the United States", EntityType.Location, null, []),
            new EventAction(text.IndexOf("gave", StringComparison.Ordinal), text.IndexOf("gave", StringComparison.Ordinal) + 4, "gave", "give", "070"),
            new EntityReference(text.IndexOf("the Philippine", StringComparison.Ordinal), text.Length - 1, "the Philippine Marines", EntityType.Organization, null, []),
            null, null, Polarity.Positive, Modality.Asserted, 1, 0, 0, text.Length);
        var features = new List<string>();
        EventClassifier.Features(doc, e, features);
        Assert.That(features, Does.Contain("class=material-cooperation").And.Contain("code=070").And.Contain("root=07").And.Contain("lemma=give"));
        Assert.That(features, Does.Contain("w=firearms").And.Contain("b=new_firearms").And.Contain("w=marines"));
        Assert.That(features, Has.None.EqualTo("w=officials").And.None.EqualTo("w=friday").And.None.EqualTo("w=625").And.None.EqualTo("w=."),
            "words outside the actor-to-target extent, and words without a letter, are not features");
    }

    [Test]
    public void TheBundledModelClassesEveryCodedEvent()
    {
        var classifier = BundledModels.EnglishEvents.Classifier;
        Assert.That(classifier, Is.Not.Null, "the shipped event model has a classifier");
        var doc = NewsPipeline.CreateDefault().Process("Police arrested two protesters in Seoul on Sunday. Russia and China signed an agreement on energy cooperation.", Monday);
        var coded = doc.Events.Where(e => e.Action.Cameo is not null).ToList();
        Assert.That(coded, Has.Count.GreaterThanOrEqualTo(2));
        var features = new List<string>();
        foreach (var e in coded)
        {
            features.Clear();
            EventClassifier.Features(doc, e, features);
            Assert.That(e.Action.Class, Is.EqualTo(classifier!.Classify(features).Class), $"{e}: the class is the model's");
        }
    }

    [Test]
    public void TrainingSeparatesASeparableSetTheSameWayEveryTime()
    {
        var examples = new List<ClassifierExample>();
        for (int i = 0; i < 20; i++)
        {
            string zone = i % 2 == 0 ? "w=said" : "w=told";
            examples.Add(new ClassifierExample(["bias", "lemma=give", "w=aid", zone], 2, i % 5));
            examples.Add(new ClassifierExample(["bias", "lemma=give", "w=warning", zone], 3, i % 5));
            examples.Add(new ClassifierExample(["bias", "lemma=attack", zone], 4, i % 5));
        }
        var weights = EventClassifierTrainer.Train(examples, l2: 1);
        Assert.That(EventClassifierTrainer.Predict(weights, ["bias", "lemma=give", "w=aid"]), Is.EqualTo(2));
        Assert.That(EventClassifierTrainer.Predict(weights, ["bias", "lemma=give", "w=warning"]), Is.EqualTo(3));
        Assert.That(EventClassifierTrainer.Predict(weights, ["bias", "lemma=attack"]), Is.EqualTo(4));
        Assert.That(EventClassifierTrainer.Train(examples, l2: 1), Is.EqualTo(weights), "no randomness");
        Assert.That(EventClassifierTrainer.Train([], l2: 1), Is.Empty);
        Assert.Throws<ArgumentException>(() => EventClassifierTrainer.Train([new ClassifierExample(["bias"], 5, 0)], l2: 1));
    }

    [TestCase("042", EventClass.VerbalCooperation)]
    [TestCase("010", EventClass.Statement)]
    [TestCase("0874", EventClass.MaterialCooperation)]
    [TestCase("1123", EventClass.VerbalConflict)]
    [TestCase("163", EventClass.VerbalConflict)]
    [TestCase("145", EventClass.MaterialConflict)]
    [TestCase("190", EventClass.MaterialConflict)]
    [TestCase(null, null)]
    [TestCase("21", null)]
    [TestCase("x1", null)]
    [TestCase("-1", null)]
    public void WithoutAClassifierTheClassIsTheCodes(string? code, EventClass? expected)
    {
        Assert.That(Cameo.ClassOf(code), Is.EqualTo(expected));
        Assert.That(new EventAction(0, 4, "meet", "meet", code).Class, Is.EqualTo(expected));
    }

    [Test]
    public void AClassSetOnTheActionStandsAndACodeChangedAfterwardsIsFollowedOnlyWhenNoneWasSet()
    {
        var met = new EventAction(0, 3, "met", "meet", "042");
        Assert.That((met with { Cameo = "190" }).Class, Is.EqualTo(EventClass.MaterialConflict), "a derived class follows the code");
        var learned = met with { Class = EventClass.MaterialCooperation };
        Assert.That(learned.Class, Is.EqualTo(EventClass.MaterialCooperation));
        Assert.That((learned with { Cameo = "190" }).Class, Is.EqualTo(EventClass.MaterialCooperation), "a learned class is the model's, whatever the code");
        Assert.That(learned, Is.Not.EqualTo(met));
    }

    [Test]
    public void TheClassIsWrittenAndReadBackInJson()
    {
        var doc = NewsPipeline.CreateDefault().Process("Police arrested two protesters in Seoul on Sunday.", Monday, "c1");
        var arrest = doc.Events.Single(e => e.Action.Lemma == "arrest");
        string json = DocumentJson.Serialize(doc);
        Assert.That(Newtonsoft.Json.Linq.JObject.Parse(json)["events"]![0]!["action"]!["class"]!.ToString(), Is.EqualTo(DocumentJson.Name(arrest.Action.Class!.Value)));
        var back = DocumentJson.Deserialize(json.Replace("\"events\"", "\"text\":" + Newtonsoft.Json.JsonConvert.ToString(doc.Text) + ",\"events\"", StringComparison.Ordinal));
        Assert.That(back.Events.Single().Action, Is.EqualTo(arrest.Action));
        string bad = json.Replace("\"class\":\"" + DocumentJson.Name(arrest.Action.Class!.Value) + "\"", "\"class\":\"violent\"", StringComparison.Ordinal);
        Assert.That(bad, Is.Not.EqualTo(json));
        var e = Assert.Throws<Newtonsoft.Json.JsonException>(() => DocumentJson.Deserialize(bad.Replace("\"events\"", "\"text\":" + Newtonsoft.Json.JsonConvert.ToString(doc.Text) + ",\"events\"", StringComparison.Ordinal)));
        Assert.That(e!.Message, Does.Contain("class"));
    }
}
