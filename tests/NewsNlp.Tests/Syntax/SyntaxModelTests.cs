using NewsNlp.Models;
using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Tests.Syntax;

/// <summary>Training, saving and loading a syntax model built inside the tests.</summary>
public class SyntaxModelTests
{
    [Test]
    public void ATinyModelLearnsItsTreebank()
    {
        var score = SyntaxTrainer.Score(TinyTreebank.Model, TinyTreebank.Sentences(3, 40));
        Assert.That(score.Upos, Is.GreaterThanOrEqualTo(99.0));
        Assert.That(score.Lemma, Is.GreaterThanOrEqualTo(99.0));
        Assert.That(score.Uas, Is.GreaterThanOrEqualTo(98.0));
        Assert.That(score.Las, Is.GreaterThanOrEqualTo(98.0));
    }

    [Test]
    public void AnnotateGivesTagsLemmasAndATree()
    {
        var annotator = new SyntaxAnnotator(TinyTreebank.Model);
        var result = annotator.Annotate(["Officials", "said", "Kim", "met", "Putin", "."]);
        Assert.That(result.Select(r => r.Upos), Is.EqualTo(new[] { "NOUN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT" }));
        Assert.That(result.Select(r => r.Lemma), Is.EqualTo(new[] { "official", "say", "Kim", "meet", "Putin", "." }));
        Assert.That(result.Select(r => r.Head), Is.EqualTo(new[] { 1, -1, 3, 1, 3, 1 }));
        Assert.That(result.Select(r => r.Relation), Is.EqualTo(new[] { "nsubj", "root", "nsubj", "ccomp", "obj", "punct" }));
    }

    [Test]
    public void SavingALoadedModelReproducesItsBytes()
    {
        using var first = new MemoryStream();
        TinyTreebank.Model.Save(first);
        var loaded = SyntaxModel.Load(new MemoryStream(first.ToArray()), "tiny");
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        string[] words = ["Putin", "visited", "Seoul", "on", "Friday", "."];
        Assert.That(new SyntaxAnnotator(loaded).Annotate(words), Is.EqualTo(new SyntaxAnnotator(TinyTreebank.Model).Annotate(words)));
    }

    [Test]
    public void ATaggerOnlyModelLeavesHeadsEmpty()
    {
        var tagging = TinyTreebank.Model.WithParser(null, new ModelManifest { Name = "tagger-only" });
        var result = new SyntaxAnnotator(tagging).Annotate(["Putin", "visited", "Seoul", "."]);
        Assert.That(result.Select(r => r.Head), Is.All.EqualTo(-1));
        Assert.That(result.Select(r => r.Relation), Is.All.Null);
        Assert.That(result[1].Lemma, Is.EqualTo("visit"));
    }

    [Test]
    public void CorruptOrWrongModelFilesFailWithTheirName()
    {
        using var ms = new MemoryStream();
        TinyTreebank.Model.Save(ms);
        var bytes = ms.ToArray();
        var truncated = bytes[..(bytes.Length / 2)];
        var ex = Assert.Throws<ModelFormatException>(() => SyntaxModel.Load(new MemoryStream(truncated), "half.nnlp"));
        Assert.That(ex!.Message, Does.Contain("half.nnlp"));

        using var ner = new MemoryStream();
        NewsNlp.Tests.Entities.TinyCorpus.Model.Save(ner);
        ex = Assert.Throws<ModelFormatException>(() => SyntaxModel.Load(new MemoryStream(ner.ToArray()), "ner.nnlp"));
        Assert.That(ex!.Message, Does.Contain("ner.nnlp"));

        Assert.Throws<ArgumentException>(() => new SyntaxAnnotator(TinyTreebank.Model).Annotate(["Putin", ""]));
        Assert.That(new SyntaxAnnotator(TinyTreebank.Model).Annotate([]), Is.Empty);
    }

    [Test]
    public void ConlluReaderKeepsLinesAndSkipsRangesAndEmptyNodes()
    {
        const string text = "# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
            + "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
        var s = ConlluCorpus.Read(new StringReader(text)).Single();
        Assert.That(s.Forms, Is.EqualTo(new[] { "I", "do", "n't", "know", "." }));
        Assert.That(s.Heads, Is.EqualTo(new[] { 3, 3, 3, -1, 3 }));
        Assert.That(s.Lines, Has.Count.EqualTo(8));
        Assert.Throws<InvalidDataException>(() => ConlluCorpus.Read(new StringReader("1\tI\tI\n\n")));
        Assert.Throws<InvalidDataException>(() => ConlluCorpus.Read(new StringReader("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n")));
    }
}
