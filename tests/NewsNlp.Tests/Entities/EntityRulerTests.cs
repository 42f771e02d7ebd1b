using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

[TestFixture]
public class EntityRulerTests
{
    private static readonly NewsPipeline Tokens = NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new NewsNlp.Sentences.SentenceSplitter());

    [Test]
    public void PhrasesAndPatternsMatchLongestFirst()
    {
        var ruler = new EntityRuler()
            .AddPhrase("Kookmin University", "ORG")
            .AddPhrase("Kookmin", "PERSON")
            .AddPattern([new TokenMatcher(Lower: "north"), new TokenMatcher(Lower: "korea")], "GPE");
        var doc = Tokens.Process("An expert at Kookmin University said NORTH KOREA was ready.");
        var m = ruler.Match(doc);
        Assert.That(m.Select(e => (e.Text, e.Label, e.Type)), Is.EqualTo(new[]
        {
            ("Kookmin University", "ORG", EntityType.Organization),
            ("NORTH KOREA", "GPE", EntityType.Location),
        }));
    }

    [Test]
    public void OverrideReplacesOverlappingModelEntities()
    {
        var doc = Tokens.Process("Andrei Lankov works in Seoul.");
        var model = new List<EntityMention> { new(0, 6, "Andrei", "ORG", EntityType.Organization), new(23, 28, "Seoul", "GPE", EntityType.Location) };
        var merged = new EntityRuler(RuleMode.Override).AddPhrase("Andrei Lankov", "PERSON").Apply(doc, model);
        Assert.That(merged.Select(e => e.Text), Is.EqualTo(new[] { "Andrei Lankov", "Seoul" }));
        var kept = new EntityRuler(RuleMode.Complement).AddPhrase("Andrei Lankov", "PERSON").Apply(doc, model);
        Assert.That(kept.Select(e => e.Text), Is.EqualTo(new[] { "Andrei", "Seoul" }));
    }

    [Test]
    public void JsonLinesRulesLoadAndBadLinesNameTheirNumber()
    {
        var ruler = EntityRuler.FromJsonLines(new StringReader("{\"label\":\"ORG\",\"pattern\":\"Kookmin University\"}\n\n{\"label\":\"GPE\",\"pattern\":[{\"lower\":\"seoul\"}]}\n"));
        Assert.That(ruler.Count, Is.EqualTo(2));
        var e = Assert.Throws<FormatException>(() => EntityRuler.FromJsonLines(new StringReader("{\"label\":\"ORG\",\"pattern\":\"A\"}\n{\"pattern\":\"B\"}\n"), sourceName: "r.jsonl"));
        Assert.That(e!.Message, Does.StartWith("r.jsonl:2:"));
    }

    [Test]
    public void RulerInsideTheRecognizerStage()
    {
        var ruler = new EntityRuler().AddPhrase("Zorblax Institute", "ORG");
        var pipeline = NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new NewsNlp.Sentences.SentenceSplitter(),
            new EntityRecognizer(TinyCorpus.Model, ruler));
        var doc = pipeline.Process("President Putin visited the Zorblax Institute in Moscow.");
        Assert.That(doc.Entities.Select(x => x.Text), Does.Contain("Zorblax Institute"));
    }
}
