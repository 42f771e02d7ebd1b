using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

[TestFixture]
public class TinyModelTests
{
    private static Document Run(NerModel model, string text) =>
        NewsPipeline.Create(new Tokenizer(), new SentenceSplitter(), new EntityRecognizer(model)).Process(text);

    [Test]
    public void ModelTrainedInTheTestFindsNewCombinations()
    {
        var doc = Run(TinyCorpus.Model, "President Modi toured Seoul on Tuesday.");
        Assert.That(doc.Entities.Select(e => (e.Text, e.Label)), Is.EqualTo(new[] { ("Modi", "PER"), ("Seoul", "LOC") }));
        Assert.That(doc.Entities.Select(e => e.Type), Is.EqualTo(new[] { EntityType.Person, EntityType.Location }));
        Assert.That(doc.Entities.All(e => e.Confidence is > 0 and <= 1), Is.True);
    }

    [Test]
    public void SaveLoadRoundTripIsByteForByte()
    {
        var first = new MemoryStream();
        TinyCorpus.Model.Save(first);
        var loaded = NerModel.Load(new MemoryStream(first.ToArray()), "tiny");
        var second = new MemoryStream();
        loaded.Save(second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        string text = "Officials in Tokyo said Lula had arrived.";
        Assert.That(Run(loaded, text).Entities.Select(e => e.Text), Is.EqualTo(Run(TinyCorpus.Model, text).Entities.Select(e => e.Text)));
    }

    [Test]
    public void WrongMagicIsRefusedNamingTheSource()
    {
        var e = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream("hello world, not a model"u8.ToArray()), "fake.nnlp"));
        Assert.That(e!.Message, Does.StartWith("fake.nnlp:").And.Contain("not a NewsNlp model"));
    }

    [Test]
    public void TruncatedFileIsRefused()
    {
        var bytes = Saved();
        var e = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.nnlp"));
        Assert.That(e!.Message, Does.StartWith("cut.nnlp:"));
    }

    [Test]
    public void FlippedByteIsRefused()
    {
        var bytes = Saved();
        bytes[^10] ^= 0x55;
        var e = Assert.Throws<ModelFormatException>(() => NerModel.Load(new MemoryStream(bytes), "flip.nnlp"));
        Assert.That(e!.Message, Does.Contain("checksum"));
    }

    [Test]
    public void MissingFileIsAFileNotFoundException() =>
        Assert.Throws<FileNotFoundException>(() => NerModel.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".nnlp")));

    private static byte[] Saved()
    {
        var s = new MemoryStream();
        TinyCorpus.Model.Save(s);
        return s.ToArray();
    }
}

[TestFixture]
public class ShippedModelTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [TestCase("Russian President Vladimir Putin will travel to North Korea on Tuesday.", "Vladimir Putin", "PERSON", EntityType.Person)]
    [TestCase("Russian President Vladimir Putin will travel to North Korea on Tuesday.", "North Korea", "GPE", EntityType.Location)]
    [TestCase("Russian President Vladimir Putin will travel to North Korea on Tuesday.", "Tuesday", "DATE", EntityType.Date)]
    [TestCase("The United Nations Security Council met in New York last week.", "New York", "GPE", EntityType.Location)]
    [TestCase("Shares of Microsoft rose 3 percent after the company reported earnings.", "Microsoft", "ORG", EntityType.Organization)]
    public void EnglishNewsFindsTheObviousEntities(string text, string entity, string label, EntityType type)
    {
        var doc = Pipeline.Process(text);
        Assert.That(doc.Entities.Select(e => (e.Text, e.Label, e.Type)), Does.Contain((entity, label, type)),
            string.Join(", ", doc.Entities.Select(e => $"{e.Text}/{e.Label}")));
    }

    [Test]
    public void ConllModelFindsPeoplePlacesAndOrganisations()
    {
        var model = NerModel.Load(Path.Combine(Serialization.RepoRoot.Path, "models", "en-conll03", "model.nnlp"));
        var doc = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter(), new EntityRecognizer(model))
            .Process("German Chancellor Helmut Kohl met officials of the European Union in Brussels on Friday.");
        var found = doc.Entities.Select(e => (e.Text, e.Label)).ToList();
        Assert.That(found, Does.Contain(("Helmut Kohl", "PER")));
        Assert.That(found, Does.Contain(("Brussels", "LOC")));
        Assert.That(found, Does.Contain(("European Union", "ORG")));
    }

    [Test]
    public void EntitiesReslicesTheText()
    {
        var doc = Pipeline.Process("Kremlin spokesman Dmitry Peskov told reporters that Putin's talks with Kim Jong Un would be held in Pyongyang.");
        foreach (var e in doc.Entities) Assert.That(doc.Text[e.Start..e.End], Is.EqualTo(e.Text));
        Assert.That(doc.Entities.Select(e => e.Text), Does.Contain("Putin"), "possessive 's is split from the name");
    }

    [Test]
    public void BundledModelLoadsQuickly()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var s = File.OpenRead(Path.Combine(Serialization.RepoRoot.Path, "models", "en-news", "model.nnlp"));
        var model = NerModel.Load(s, "en-news");
        TestContext.Out.WriteLine($"en-news loaded in {clock.ElapsedMilliseconds} ms");
        Assert.That(model.Labels, Has.Count.EqualTo(18));
    }
}

/// <summary>Characters glued to a name: invisible format characters inside it, emoji and pictographic symbols beside it.</summary>
[TestFixture]
public class GluedCharacterTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [TestCase("\uFEFF")]
    [TestCase("\u200B")]
    [TestCase("\u200D")]
    [TestCase("\u00AD")]
    public void AFormatCharacterInsideANameDoesNotSplitIt(string format)
    {
        string berlin = "Ber" + format + "lin";
        var doc = Pipeline.Process($"Scholz flew to {berlin} on Monday.");
        var place = doc.Entities.Single(e => e.Start == 15);
        Assert.That((place.Text, place.End, place.Label), Is.EqualTo((berlin, 15 + berlin.Length, "GPE")), "offsets index the unchanged text");
    }

    [Test]
    public void WordsWithFormatCharactersAreReadAsWithout()
    {
        const string plain = "German Chancellor Olaf Scholz met Emmanuel Macron in Berlin on Monday, the government said.";
        string marked = plain.Replace("Scholz", "Scho\u00ADlz").Replace("Macron", "Mac\u200Bron").Replace("government", "govern\uFEFFment");
        var a = Pipeline.Process(plain);
        var b = Pipeline.Process(marked);
        Assert.That(b.Entities.Select(e => (e.Label, e.Text.Replace("\u00AD", "").Replace("\u200B", ""))), Is.EqualTo(a.Entities.Select(e => (e.Label, e.Text))));
        Assert.That(b.Syntax!.Select(s => (s.Upos, s.Lemma, s.Head, s.Relation)), Is.EqualTo(a.Syntax!.Select(s => (s.Upos, s.Lemma, s.Head, s.Relation))), "tags, lemmas and parse");
    }

    [TestCase("Biden🙂 said he would run again.", "Biden")]
    [TestCase("Biden👍🏽 said he would run again.", "Biden")]
    [TestCase("🙂Biden said he would run again.", "Biden")]
    [TestCase("Shares of Microsoft™ rose 3 percent on Monday.", "Microsoft")]
    public void ANameNeverIncludesAnEmojiOrSymbolBesideIt(string text, string name)
    {
        var doc = Pipeline.Process(text);
        Assert.That(doc.Entities.Select(e => e.Text), Does.Contain(name), string.Join(", ", doc.Entities.Select(e => $"{e.Text}/{e.Label}")));
        foreach (var e in doc.Entities)
            Assert.That(e.Text.Any(c => char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol), Is.False, e.Text);
    }

    [Test]
    public void AmountsKeepTheirSigns()
    {
        var doc = Pipeline.Process("Prices rose 45% to $5 billion, and it was 30° in Madrid.");
        Assert.That(doc.Entities.Select(e => e.Text), Does.Contain("45%").And.Contain("$5 billion"));
    }
}
