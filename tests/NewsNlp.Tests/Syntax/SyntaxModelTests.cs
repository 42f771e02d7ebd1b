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
    public void AParserEnsembleMergesItsMembersIntoOneTable()
    {
        var train = TinyTreebank.Sentences(1, 120);
        var dev = TinyTreebank.Sentences(2, 30);
        var options = new SyntaxTrainingOptions { MaxEpochs = 3, Patience = 0, MinFeatureCount = 1, JackknifeFolds = 0, Ensemble = 3 };
        var tagging = TinyTreebank.Model.WithParser(null, new ModelManifest { Name = "tiny-tagger" });
        var model = SyntaxTrainer.TrainParser(train, dev, tagging, new ModelManifest { Name = "tiny-ensemble" }, options);
        var score = SyntaxTrainer.Score(model, TinyTreebank.Sentences(3, 40));
        Assert.That(score.Las, Is.GreaterThan(90), "the merged parser still parses its kind of sentence");
        Assert.That(model.Manifest.Scores["dev.las"], Is.EqualTo(Math.Round(SyntaxTrainer.Score(model, dev).Las, 2)), "the reported score is the merged model's");
    }

    [Test]
    public void TriTrainingAddsTheUnlabeledSentencesBothParsersAgreeOn()
    {
        var train = TinyTreebank.Sentences(1, 120);
        var dev = TinyTreebank.Sentences(2, 30);
        // Raw text in the treebank's language: a title line (skipped), then paragraphs, one sentence each.
        string file = Path.Combine(Path.GetTempPath(), $"newsnlp-unlabeled-{Guid.NewGuid():N}.txt.gz");
        var raw = TinyTreebank.Sentences(7, 25).Select(s => string.Join(' ', s.Forms)).ToList();
        using (var gz = new System.IO.Compression.GZipStream(File.Create(file), System.IO.Compression.CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
        {
            w.Write("Kim met Putin on Friday .\n");
            foreach (var line in raw) w.Write(line + "\n");
        }
        try
        {
            var log = new StringWriter();
            var options = new SyntaxTrainingOptions
            {
                MaxEpochs = 3, Patience = 0, MinFeatureCount = 1, JackknifeFolds = 0, Unlabeled = [file], UnlabeledMax = 100, Log = log,
            };
            var tagging = TinyTreebank.Model.WithParser(null, new ModelManifest { Name = "tiny-tagger" });
            var model = SyntaxTrainer.TrainParser(train, dev, tagging, new ModelManifest { Name = "tiny-tri" }, options);
            Assert.That(log.ToString(), Does.Contain("right-to-left parser"));
            Assert.That(log.ToString(), Does.Contain("agree on 25 of 25 unlabeled sentences"), "the title line is not read");
            Assert.That(log.ToString(), Does.Contain("145 training sentences"), "120 treebank + 25 agreed sentences");
            Assert.That(SyntaxTrainer.Score(model, TinyTreebank.Sentences(3, 40)).Las, Is.GreaterThan(90));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ReversingWordsTwiceRestoresThem()
    {
        var words = new SentenceWords();
        var (text, spans) = SentenceWords.Join(["Kim", "met", "Putin", "in", "Moscow", "."]);
        words.Load(text, spans, NewsNlp.Learning.WordClusters.Empty);
        for (int i = 0; i < words.Count; i++) words.Tag[i] = 10 + i;
        words.Reverse();
        Assert.That(words.Form(0).ToString(), Is.EqualTo("."));
        Assert.That(words.Form(5).ToString(), Is.EqualTo("Kim"));
        Assert.That(words.Tag[0], Is.EqualTo(15));
        Assert.That(words.Lower[1], Is.EqualTo(NewsNlp.Learning.FeatureHash.AddNormalized(0, "Moscow")));
        words.Reverse();
        Assert.That(Enumerable.Range(0, words.Count).Select(i => words.Form(i).ToString()), Is.EqualTo(new[] { "Kim", "met", "Putin", "in", "Moscow", "." }));
        Assert.That(words.Tag[..6], Is.EqualTo(new[] { 10, 11, 12, 13, 14, 15 }));
    }

    [Test]
    public void AveragingTablesCountsAMissingWeightAsZero()
    {
        var a = new NewsNlp.Learning.FeatureWeights([1u, 2u], [0, 2, 3], [0, 1, 2], [2f, 4f, 6f], 3);
        var b = new NewsNlp.Learning.FeatureWeights([2u, 3u], [0, 1, 2], [2, 0], [2f, 8f], 3);
        var merged = PerceptronTable.Average([a, b], 3);
        var entries = merged.Entries().OrderBy(e => e.Key).ThenBy(e => e.Tag).ToArray();
        Assert.That(entries, Is.EqualTo(new[] { (1u, 0, 1f), (1u, 1, 2f), (2u, 2, 4f), (3u, 0, 4f) }));
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
