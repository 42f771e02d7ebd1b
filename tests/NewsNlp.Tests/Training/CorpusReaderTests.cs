using NewsNlp.Training.Corpora;

namespace NewsNlp.Tests.Training;

[TestFixture]
public class CorpusReaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "newsnlp-corpus-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, true);

    [Test]
    public void Iob1ReadsAdjacentEntitiesApart()
    {
        // CoNLL-2003: B- only between two adjacent entities of one type.
        string path = Write("c.txt", "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n\n-DOCSTART- -X- O O\n\nA X X O\n");
        var docs = TaggedCorpus.Read(path);
        Assert.That(docs, Has.Count.EqualTo(2));
        Assert.That(docs[0].Sentences[0].Spans, Is.EqualTo(new[] { (0, 1, "ORG"), (2, 3, "MISC"), (3, 5, "PER"), (5, 6, "PER") }));
    }

    [Test]
    public void AnEmptyWordColumnIsRefusedWithFileAndLine()
    {
        // "Putin\tB-PER\n\tO\n" used to reach the recognizer as an empty word (IndexOutOfRangeException).
        string path = Write("empty.tsv", "Putin\tB-PER\n\tO\n");
        var ex = Assert.Throws<FormatException>(() => TaggedCorpus.Read(path, tagsOptional: true));
        Assert.That(ex!.Message, Is.EqualTo($"{path}:2: the first column (the word) is empty"));
    }

    [Test]
    public void BioAndBilouReadTheSame()
    {
        string bio = Write("bio.txt", "New\tB-GPE\nYork\tI-GPE\nis\tO\nbig\tO\nUS\tB-GPE\n");
        string bilou = Write("bilou.txt", "New\tB-GPE\nYork\tL-GPE\nis\tO\nbig\tO\nUS\tU-GPE\n");
        Assert.That(TaggedCorpus.Read(bio)[0].Sentences[0].Spans, Is.EqualTo(TaggedCorpus.Read(bilou)[0].Sentences[0].Spans));
        Assert.That(TaggedCorpus.Read(bio)[0].Sentences[0].Spans, Is.EqualTo(new[] { (0, 2, "GPE"), (4, 5, "GPE") }));
    }

    [Test]
    public void OntoNotesDocumentsComeFromTheDocsFile()
    {
        string path = Write("x.ner", "A\tDT\t*\tO\n\nB\tDT\t*\tO\n\nC\tNNP\t*\tB-ORG\n");
        Write("x.docs.tsv", "doc\tfirst_sentence\tsentences\ttokens\tsource_path\nd1\t0\t2\t2\tp\nd2\t2\t1\t1\tp\n");
        var docs = TaggedCorpus.Read(path);
        Assert.That(docs.Select(d => d.Sentences.Count), Is.EqualTo(new[] { 2, 1 }));
    }

    [TestCase("-LRB-", "(")]
    [TestCase("-RRB-", ")")]
    [TestCase("/.", ".")]
    [TestCase("``", "\"")]
    [TestCase("word", "word")]
    public void PennTreebankFormsAreNormalized(string form, string expected) =>
        Assert.That(TaggedCorpus.NormalizeForm(form), Is.EqualTo(expected));

    [Test]
    public void MissingTagColumnIsAClearError()
    {
        string path = Write("bad.txt", "word\n");
        var e = Assert.Throws<FormatException>(() => TaggedCorpus.Read(path));
        Assert.That(e!.Message, Does.Contain("bad.txt:1"));
    }

    private string Write(string name, string content)
    {
        string p = Path.Combine(_dir, name);
        File.WriteAllText(p, content);
        return p;
    }
}
