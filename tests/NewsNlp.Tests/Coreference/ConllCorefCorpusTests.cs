using NewsNlp.Training.Coreference;

namespace NewsNlp.Tests.Coreference;

/// <summary>The CoNLL-2012 reader: chains (nested, one-word, several per word), documents and parts, the rebuilt text.</summary>
[TestFixture]
public class ConllCorefCorpusTests
{
    private const string Sample = """
        #begin document (nw/xinhua/00/chtb_0001); part 000
        nw/xinhua/00/chtb_0001  0  0  Chinese   JJ   (TOP(S(NP*  -  -  -  -  (NORP)  *  (0
        nw/xinhua/00/chtb_0001  0  1  Foreign   NNP  *           -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  2  Minister  NNP  *           -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  3  Wang      NNP  *           -  -  -  -  (PERSON* *  -
        nw/xinhua/00/chtb_0001  0  4  Yi        NNP  *)          -  -  -  -  *)      *  0)
        nw/xinhua/00/chtb_0001  0  5  met       VBD  (VP*        -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  6  his       PRP$ (NP*        -  -  -  -  *       *  (1|(0)
        nw/xinhua/00/chtb_0001  0  7  counterpart NN *))         -  -  -  -  *       *  1)
        nw/xinhua/00/chtb_0001  0  8  /.        .    *))         -  -  -  -  *       *  -

        nw/xinhua/00/chtb_0001  0  0  Wang      NNP  (TOP(S(NP*) -  -  -  -  (PERSON) *  (0)
        nw/xinhua/00/chtb_0001  0  1  did       VBD  (VP*        -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  2  n't       RB   *           -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  3  -LRB-     -LRB- *          -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  4  say       VB   *           -  -  -  -  *       *  -
        nw/xinhua/00/chtb_0001  0  5  -RRB-     -RRB- *))        -  -  -  -  *       *  -

        #end document
        #begin document (nw/xinhua/00/chtb_0001); part 001
        nw/xinhua/00/chtb_0001  1  0  Hello     UH   (TOP*)      -  -  -  -  *       *  -

        #end document
        """;

    [Test]
    public void ChainsNestAndShareWords()
    {
        var docs = ConllCorefCorpus.Read(new StringReader(Sample));
        Assert.That(docs.Select(d => d.Id), Is.EqualTo(new[] { "nw/xinhua/00/chtb_0001/000", "nw/xinhua/00/chtb_0001/001" }));
        var d = docs[0];
        Assert.That(d.Words, Has.Length.EqualTo(15));
        Assert.That(d.SentenceStarts, Is.EqualTo(new[] { 0, 9 }));
        Assert.That(d.Clusters, Has.Count.EqualTo(2));
        Assert.That(d.Clusters[0], Is.EqualTo(new[] { new MentionSpan(0, 4), new MentionSpan(6, 6), new MentionSpan(9, 9) }), "in the order they close");
        Assert.That(d.Clusters[1], Is.EqualTo(new[] { new MentionSpan(6, 7) }));
        Assert.That(docs[1].Clusters, Is.Empty);
    }

    [Test]
    public void TextIsRebuiltWithEscapesUndoneAndOffsetsKept()
    {
        var d = ConllCorefCorpus.Read(new StringReader(Sample))[0];
        Assert.That(d.Text, Is.EqualTo("Chinese Foreign Minister Wang Yi met his counterpart.\nWang didn't (say)"));
        for (int i = 0; i < d.Words.Length; i++)
            Assert.That(d.Text[d.Spans[i].Start..d.Spans[i].End], Is.EqualTo(ConllCorefCorpus.Surface(d.Words[i])));
        // "Wang Yi" by chars, a span cut inside a word, a span over the line break.
        Assert.That(d.ToWords(25, 32), Is.EqualTo(new MentionSpan(3, 4)));
        Assert.That(d.ToWords(26, 31), Is.EqualTo(new MentionSpan(3, 4)));
        Assert.That(d.ToWords(25, 30), Is.EqualTo(new MentionSpan(3, 3)), "ending on the space after Wang");
        Assert.That(d.ToWords(54, 58), Is.EqualTo(new MentionSpan(9, 9)));
        Assert.That(d.ToWords(53, 54), Is.Null, "the newline alone covers no word");
    }

    [Test]
    public void BrokenChainsAreFormatErrors()
    {
        var bad = "#begin document (x); part 000\nx 0 0 a DT * - - - - * * (3\n\n#end document\n";
        Assert.Throws<FormatException>(() => ConllCorefCorpus.Read(new StringReader(bad)));
        Assert.Throws<FormatException>(() => ConllCorefCorpus.Read(new StringReader(bad.Replace("(3", "4)"))));
    }
}
