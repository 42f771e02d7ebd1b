using NewsNlp.Coreference;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Coreference;

/// <summary>Given names with a clear gender: a person's mention takes it, the pronoun passes respect it, the model file carries the names.</summary>
[TestFixture]
public class FirstNamesTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static readonly FirstNames Names = FirstNames.FromLists(["Mary", "Kim", "Anna"], ["JOHN", "kim", "Peter"]);

    private static (Document Doc, RankingDocument Ranking) Prepare(string text, FirstNames? names)
    {
        var doc = Pipeline.Process(text);
        return (doc, CoreferenceResolver.Prepare(doc, names)!);
    }

    private static Mention Find(Document doc, RankingDocument d, string text) =>
        d.Mentions.First(m => doc.Text[doc.WordSpan[m.FirstWord].Start..doc.WordSpan[m.LastWord].End] == text);

    [Test]
    public void ANameOnOneListHasItsGenderAndANameOnBothHasNone()
    {
        Assert.That(Names.Count, Is.EqualTo(4), "Kim is on both lists and is left out");
        Assert.That(Names.Of("mary"), Is.EqualTo(Gender.Female));
        Assert.That(Names.Of("john"), Is.EqualTo(Gender.Male));
        Assert.That(Names.Of("kim"), Is.EqualTo(Gender.Unknown));
        Assert.That(Names.Of("smith"), Is.EqualTo(Gender.Unknown));

        var (doc, d) = Prepare("John Smith met Mary Jones and Kim Lee in Paris.", Names);
        Assert.That(Find(doc, d, "John Smith").Gender, Is.EqualTo(Gender.Male));
        Assert.That(Find(doc, d, "Mary Jones").Gender, Is.EqualTo(Gender.Female));
        Assert.That(Find(doc, d, "Kim Lee").Gender, Is.EqualTo(Gender.Unknown));
        var (doc0, d0) = Prepare("John Smith met Mary Jones and Kim Lee in Paris.", null);
        Assert.That(Find(doc0, d0, "Mary Jones").Gender, Is.EqualTo(Gender.Unknown), "without the lists a name has no gender");
    }

    [Test]
    public void APronounOfTheOtherGenderIsNoAntecedentsMatch()
    {
        // Without genders the pronoun pass takes the subject first, Peter Brown; with them, she is Mary.
        const string text = "Peter Brown thanked Mary Jones on Monday. She said the deal would close soon.";
        var (doc0, d0) = Prepare(text, null);
        Assert.That(d0.Sieve.Find(Find(doc0, d0, "She").Index), Is.EqualTo(d0.Sieve.Find(Find(doc0, d0, "Peter Brown").Index)));
        var (doc, d) = Prepare(text, Names);
        var she = Find(doc, d, "She");
        Assert.That(d.Sieve.Find(she.Index), Is.EqualTo(d.Sieve.Find(Find(doc, d, "Mary Jones").Index)));
        Assert.That(d.Sieve.Find(she.Index), Is.Not.EqualTo(d.Sieve.Find(Find(doc, d, "Peter Brown").Index)));
    }

    [Test]
    public void TheModelFileCarriesTheNamesAndAVersionOneFileStillLoads()
    {
        var model = new CorefModel(new ModelManifest { Name = "names" }, new NewsNlp.Learning.FeatureWeights([], [0], [], [], 1), new float[CorefModel.BiasCount], Names);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        var loaded = CorefModel.Load(new MemoryStream(buffer.ToArray()), "names.nnlp");
        Assert.That(loaded.FirstNames.Count, Is.EqualTo(4));
        Assert.That(loaded.FirstNames.Of("anna"), Is.EqualTo(Gender.Female));
        Assert.That(loaded.FirstNames.Of("peter"), Is.EqualTo(Gender.Male));

        // A file written before the names existed: version 1, the payload ending after the weights.
        using var old = new MemoryStream();
        var manifest = new ModelManifest { Name = "old", Kind = "coref" };
        manifest.FormatVersion = 1;
        ModelFile.Write(old, CorefModel.Kind, 1, 1, manifest.ToJson(), w =>
        {
            foreach (float b in model.NewBias) w.Write(b);
            model.Weights.Write(w);
        });
        var v1 = CorefModel.Load(new MemoryStream(old.ToArray()), "old.nnlp");
        Assert.That(v1.FirstNames.Count, Is.Zero);
        Assert.That(v1.Manifest.Name, Is.EqualTo("old"));
    }
}
