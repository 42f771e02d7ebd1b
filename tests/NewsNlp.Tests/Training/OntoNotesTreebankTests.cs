using NewsNlp.Training.Roles;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Tests.Training;

/// <summary>OntoNotes constituency trees converted to UD dependencies as EWT writes them.</summary>
public class OntoNotesTreebankTests
{
    /// <summary>A CoNLL-2012 sentence from (word, Penn tag, parse bit, named-entity cell) rows.</summary>
    private static ConlluSentence Convert(params (string Word, string Tag, string Bit, string Ne)[] rows)
    {
        var lines = rows.Select((r, i) => $"nw/test/00/t_0001 0 {i} {r.Word} {r.Tag} {r.Bit} - - - - {r.Ne} -");
        var result = OntoNotesTreebank.Read(new StringReader(string.Join("\n", lines) + "\n"), "test");
        Assert.That(result, Has.Count.EqualTo(1));
        return result[0];
    }

    /// <summary>"word:relation:head word" for every word.</summary>
    private static string[] Arcs(ConlluSentence s) =>
        Enumerable.Range(0, s.Count).Select(i => $"{s.Forms[i]}:{s.Relations[i]}:{(s.Heads[i] < 0 ? "ROOT" : s.Forms[s.Heads[i]])}").ToArray();

    [Test]
    public void ANewsLeadWithATitledNameHasTheVerbAsRoot()
    {
        var s = Convert(
            ("Chinese", "JJ", "(TOP(S(NP*", "(NORP)"), ("President", "NNP", "*", "*"), ("Xi", "NNP", "*", "(PERSON*"), ("Jinping", "NNP", "*)", "*)"),
            ("met", "VBD", "(VP*", "*"), ("Putin", "NNP", "(NP*))", "(PERSON)"), (".", ".", "*))", "*"));
        Assert.That(Arcs(s), Is.EqualTo(new[]
        {
            "Chinese:amod:Xi", "President:nmod:desc:Xi", "Xi:nsubj:met", "Jinping:flat:Xi", "met:root:ROOT", "Putin:obj:met", ".:punct:met",
        }));
        Assert.That(s.Upos, Is.EqualTo(new[] { "ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT" }));
    }

    [Test]
    public void PassivesAuxiliariesAndTheByAgent()
    {
        var s = Convert(
            ("Kim", "NNP", "(TOP(S(NP*)", "(PERSON)"), ("has", "VBZ", "(VP*", "*"), ("been", "VBN", "(VP*", "*"), ("met", "VBN", "(VP*", "*"),
            ("by", "IN", "(PP*", "*"), ("Putin", "NNP", "(NP*)))))", "(PERSON)"), (".", ".", "*))", "*"));
        Assert.That(Arcs(s), Is.EqualTo(new[]
        {
            "Kim:nsubj:pass:met", "has:aux:met", "been:aux:pass:met", "met:root:ROOT", "by:case:Putin", "Putin:obl:agent:met", ".:punct:met",
        }));
    }

    [Test]
    public void TheCopulaGivesWayToItsPredicate()
    {
        var s = Convert(
            ("He", "PRP", "(TOP(S(NP*)", "*"), ("is", "VBZ", "(VP*", "*"), ("a", "DT", "(NP*", "*"), ("doctor", "NN", "*))", "*"), (".", ".", "*))", "*"));
        Assert.That(Arcs(s), Is.EqualTo(new[] { "He:nsubj:doctor", "is:cop:doctor", "a:det:doctor", "doctor:root:ROOT", ".:punct:doctor" }));
        var there = Convert(
            ("There", "EX", "(TOP(S(NP*)", "*"), ("were", "VBD", "(VP*", "*"), ("protests", "NNS", "(NP*))", "*"), (".", ".", "*))", "*"));
        Assert.That(Arcs(there), Is.EqualTo(new[] { "There:expl:were", "were:root:ROOT", "protests:nsubj:were", ".:punct:were" }));
    }

    [Test]
    public void CoordinationRelativeClausesAndReportedSpeech()
    {
        var s = Convert(
            ("Russia", "NNP", "(TOP(S(NP(NP*)", "(GPE)"), ("and", "CC", "*", "*"), ("China", "NNP", "(NP*))", "(GPE)"),
            ("blocked", "VBD", "(VP*", "*"), ("the", "DT", "(NP(NP*", "*"), ("plan", "NN", "*)", "*"),
            ("that", "WDT", "(SBAR(WHNP*)", "*"), ("angered", "VBD", "(S(VP*", "*"), ("Kyiv", "NNP", "(NP*))))))", "(GPE)"), (".", ".", "*))", "*"));
        Assert.That(Arcs(s), Is.EqualTo(new[]
        {
            "Russia:nsubj:blocked", "and:cc:China", "China:conj:Russia", "blocked:root:ROOT", "the:det:plan", "plan:obj:blocked",
            "that:nsubj:angered", "angered:acl:relcl:plan", "Kyiv:obj:angered", ".:punct:blocked",
        }));
        var said = Convert(
            ("Talks", "NNS", "(TOP(S(S(NP*)", "*"), ("failed", "VBD", "(VP*))", "*"), (",", ",", "*", "*"),
            ("he", "PRP", "(NP*)", "*"), ("said", "VBD", "(VP*)", "*"), (".", ".", "*))", "*"));
        Assert.That(Arcs(said), Is.EqualTo(new[] { "Talks:nsubj:failed", "failed:root:ROOT", ",:punct:said", "he:nsubj:said", "said:parataxis:failed", ".:punct:failed" }));
    }

    [Test]
    public void FlatListsAreCoordinationsAndSmallClausesGiveTheVerbAnObject()
    {
        var list = Convert(
            ("China", "NNP", "(TOP(S(NP*", "(GPE)"), (",", ",", "*", "*"), ("India", "NNP", "*", "(GPE)"), ("and", "CC", "*", "*"),
            ("Mexico", "NNP", "*)", "(GPE)"), ("agreed", "VBD", "(VP*)", "*"), (".", ".", "*))", "*"));
        Assert.That(Arcs(list), Is.EqualTo(new[] { "China:nsubj:agreed", ",:punct:India", "India:conj:China", "and:cc:Mexico", "Mexico:conj:China", "agreed:root:ROOT", ".:punct:agreed" }));
        var small = Convert(
            ("They", "PRP", "(TOP(S(NP*)", "*"), ("made", "VBD", "(VP*", "*"), ("the", "DT", "(S(NP*", "*"), ("area", "NN", "*)", "*"),
            ("a", "DT", "(NP*", "*"), ("zone", "NN", "*)))", "*"), (".", ".", "*))", "*"));
        Assert.That(Arcs(small), Is.EqualTo(new[] { "They:nsubj:made", "made:root:ROOT", "the:det:area", "area:obj:made", "a:det:zone", "zone:xcomp:made", ".:punct:made" }));
    }

    [Test]
    public void MalformedTreesAreReportedWithTheirLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => OntoNotesTreebank.Read(new StringReader("d 0 0 Hi UH (TOP(INTJ* - - - - * -\n"), "bad.conll"));
        Assert.That(ex!.Message, Does.StartWith("bad.conll:").And.Contain("never closed"));
        ex = Assert.Throws<InvalidDataException>(() => OntoNotesTreebank.Read(new StringReader("d 0 0 Hi UH (TOP(INTJ*)))) - - - - * -\n"), "bad.conll"));
        Assert.That(ex!.Message, Does.Contain("closes no phrase"));
    }

    [Test]
    public void AJackknifeFoldLeavesOutExactlyItsDocumentsAndTheFoldsCoverAll()
    {
        // Twelve one-sentence documents; the fold of a document depends on its id alone.
        var ids = Enumerable.Range(0, 12).Select(i => $"nw/test/00/t_{i:D4}").ToArray();
        string file = string.Concat(ids.Select(id => $"{id} 0 0 Hi UH (TOP(INTJ*)) - - - - * -\n\n"));
        var all = OntoNotesTreebank.Read(new StringReader(file), "test");
        Assert.That(all, Has.Count.EqualTo(12));
        int kept = 0;
        for (int fold = 0; fold < 3; fold++)
        {
            var without = OntoNotesTreebank.Read(new StringReader(file), "test", skipFold: (fold, 3));
            int inFold = ids.Count(id => Conll2012Corpus.Fold(id, 3) == fold);
            Assert.That(without, Has.Count.EqualTo(12 - inFold));
            kept += 12 - inFold;
        }
        // Every document is left out by exactly one of the three parsers.
        Assert.That(kept, Is.EqualTo(2 * 12));
        Assert.That(ids.Select(id => Conll2012Corpus.Fold(id, 3)).Distinct().Count(), Is.GreaterThan(1), "the hash spreads documents over folds");
        Assert.Throws<ArgumentOutOfRangeException>(() => Conll2012Corpus.Fold("x", 0));
    }
}
