using NewsNlp.Training.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>Reading CoNLL-2012 propositions: nested and one-word spans, V, continuations, escapes.</summary>
public class Conll2012CorpusTests
{
    private const string Sample = """
        #begin document (nw/test/00/t_0000); part 000
        nw/t 0 0 Kim NNP (TOP(S(NP*) - - - - (PERSON) (ARG0*) * -
        nw/t 0 1 hosted VBD (VP* host 01 1 - * (V*) * -
        nw/t 0 2 Putin NNP (NP*) - - - - (PERSON) (ARG1*) * -
        nw/t 0 3 -LRB- -LRB- (PRN* - - - - * * * -
        nw/t 0 4 again RB *) - - - - * * * -
        nw/t 0 5 to TO (S(VP* - - - - * (ARGM-PRP* * -
        nw/t 0 6 talk VB (VP* talk 01 1 - * * (V*) -
        nw/t 0 7 . . *)))))) - - - - * *) * -

        #end document
        """;

    [Test]
    public void ReadsWordsPredicatesAndArgumentSpans()
    {
        var sentences = Conll2012Corpus.Read(new StringReader(Sample));
        Assert.That(sentences, Has.Count.EqualTo(1));
        var s = sentences[0];
        Assert.That(s.Words[3], Is.EqualTo("("), "treebank escapes are undone");
        Assert.That(s.Propositions.Select(p => (p.Word, p.Lemma)), Is.EqualTo(new[] { (1, "host"), (6, "talk") }));
        Assert.That(s.Propositions[0].Arguments, Is.EqualTo(new[]
        {
            new GoldArgument("ARG0", 0, 0), new GoldArgument("ARG1", 2, 2), new GoldArgument("ARGM-PRP", 5, 7),
        }), "V is not an argument; a span may close on its last word");
        Assert.That(s.Propositions[1].Arguments, Is.Empty);
    }

    [Test]
    public void RefusesALineWithTooFewColumns()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Conll2012Corpus.Read(new StringReader("a 0 0 Kim NNP *\n")));
        Assert.That(ex!.Message, Does.Contain(":1:"));
    }
}
