using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Tests.Syntax;

/// <summary>The learned lemmatizer: exceptions, suffix rules for unseen words, case by tag.</summary>
public class LemmatizerTests
{
    private static readonly Lemmatizer Lemmatizer = LemmatizerTrainer.Train(ConlluCorpus.Read(new StringReader(Treebank())));

    private static string Treebank()
    {
        (string Form, string Lemma, string Upos, string Xpos)[] words =
        [
            ("met", "meet", "VERB", "VBD"), ("was", "be", "AUX", "VBD"), ("were", "be", "AUX", "VBD"),
            ("accused", "accuse", "VERB", "VBD"), ("caused", "cause", "VERB", "VBD"), ("refused", "refuse", "VERB", "VBD"),
            ("used", "use", "VERB", "VBD"), ("visited", "visit", "VERB", "VBD"), ("wanted", "want", "VERB", "VBD"),
            ("missiles", "missile", "NOUN", "NNS"), ("talks", "talk", "NOUN", "NNS"), ("cities", "city", "NOUN", "NNS"),
            ("countries", "country", "NOUN", "NNS"), ("parties", "party", "NOUN", "NNS"), ("leaders", "leader", "NOUN", "NNS"),
            ("officials", "official", "NOUN", "NNS"), ("houses", "house", "NOUN", "NNS"), ("rates", "rate", "NOUN", "NNS"),
            ("forces", "force", "NOUN", "NNS"), ("Talks", "talk", "NOUN", "NNS"), ("Koreas", "Korea", "PROPN", "NNPS"),
            ("Americas", "America", "PROPN", "NNPS"), ("Pyongyang", "Pyongyang", "PROPN", "NNP"), ("The", "the", "DET", "DT"),
        ];
        return OneWordSentences(words);
    }

    /// <summary>CoNLL-U with one sentence per (form, lemma, UPOS, XPOS).</summary>
    private static string OneWordSentences((string Form, string Lemma, string Upos, string Xpos)[] words)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in words) sb.Append($"1\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t0\troot\t_\t_\n\n");
        return sb.ToString();
    }

    [TestCase("met", "VBD", "meet")]
    [TestCase("was", "VBD", "be")]
    [TestCase("missiles", "NNS", "missile")]
    [TestCase("accused", "VBD", "accuse")]
    public void SeenWordsUseTheirExceptions(string form, string xpos, string lemma) =>
        Assert.That(Lemmatizer.Lemmatize(form, xpos), Is.EqualTo(lemma));

    [TestCase("abused", "VBD", "abuse")]
    [TestCase("wanted", "VBD", "want")]
    [TestCase("protested", "VBD", "protest")]
    [TestCase("militaries", "NNS", "military")]
    [TestCase("drones", "NNS", "drone")]
    public void UnseenWordsFollowSuffixRules(string form, string xpos, string lemma) =>
        Assert.That(Lemmatizer.Lemmatize(form, xpos), Is.EqualTo(lemma));

    private static readonly Lemmatizer VerbLemmatizer = LemmatizerTrainer.Train(ConlluCorpus.Read(new StringReader(VerbTreebank())));

    private static string VerbTreebank()
    {
        // "-ed" → "" dominates; "decline", "plan" and "stop" are known only as nouns.
        (string Form, string Lemma, string Upos, string Xpos)[] words =
        [
            ("visited", "visit", "VERB", "VBD"), ("wanted", "want", "VERB", "VBD"), ("protested", "protest", "VERB", "VBD"),
            ("walked", "walk", "VERB", "VBD"), ("joined", "join", "VERB", "VBD"), ("accused", "accuse", "VERB", "VBD"),
            ("talking", "talk", "VERB", "VBG"), ("meeting", "meet", "VERB", "VBG"),
            ("decline", "decline", "NOUN", "NN"), ("plan", "plan", "NOUN", "NN"), ("stop", "stop", "NOUN", "NN"), ("write", "write", "NOUN", "NN"),
        ];
        return OneWordSentences(words);
    }

    [TestCase("declined", "VBD", "decline")]
    [TestCase("planned", "VBD", "plan")]
    [TestCase("stopped", "VBD", "stop")]
    [TestCase("writing", "VBG", "write")]
    public void ARuleOutputThatIsNoWordGivesWayToAKnownSpelling(string form, string xpos, string lemma) =>
        Assert.That(VerbLemmatizer.Lemmatize(form, xpos), Is.EqualTo(lemma));

    [TestCase("frowned", "VBD", "frown")]
    [TestCase("kissed", "VBD", "kiss")]
    [TestCase("declines", "NNS", "declines")]
    public void UnknownOutputsWithoutAKnownVariantKeepTheRule(string form, string xpos, string lemma) =>
        Assert.That(VerbLemmatizer.Lemmatize(form, xpos), Is.EqualTo(lemma));

    [Test]
    public void CaseFollowsTheTag()
    {
        Assert.That(Lemmatizer.Lemmatize("Missiles", "NNS"), Is.EqualTo("missile"), "common nouns lower-case");
        Assert.That(Lemmatizer.Lemmatize("Seoul", "NNP"), Is.EqualTo("Seoul"), "proper nouns keep their case");
        Assert.That(Lemmatizer.Lemmatize("THE", "DT"), Is.EqualTo("the"));
        Assert.That(Lemmatizer.Lemmatize("", "NN"), Is.EqualTo(""));
    }
}
