using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Syntax;

/// <summary>The shipped en-ewt model on our own tokenizer's output for news phrasing, by phenomenon.</summary>
public class NewsSyntaxTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private sealed record Parsed(Document Doc)
    {
        public int Index(string word, int occurrence = 0) =>
            Enumerable.Range(0, Doc.Words.Count).Where(i => Doc.GetText(Doc.Words[i]) == word).ElementAt(occurrence);

        public WordSyntax this[string word] => Doc.Syntax![Index(word)];

        public string HeadOf(string word) => this[word].Head < 0 ? "ROOT" : Doc.GetText(Doc.Words[this[word].Head]);
    }

    private static Parsed Parse(string text) => new(Pipeline.Process(text));

    [Test]
    public void AFutureClauseHasItsSubjectAuxiliaryObjectAndTime()
    {
        var p = Parse("Putin will visit Pyongyang on Tuesday.");
        Assert.That(p.HeadOf("visit"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("Putin"), p["Putin"].Relation), Is.EqualTo(("visit", "nsubj")));
        Assert.That((p.HeadOf("will"), p["will"].Relation), Is.EqualTo(("visit", "aux")));
        Assert.That((p.HeadOf("Pyongyang"), p["Pyongyang"].Relation), Is.EqualTo(("visit", "obj")));
        Assert.That(p.HeadOf("Tuesday"), Is.EqualTo("visit"));
        Assert.That(p["Tuesday"].Relation, Does.StartWith("obl"));
        Assert.That(p["visit"].Upos, Is.EqualTo("VERB"));
        Assert.That(p["will"].Xpos, Is.EqualTo("MD"));
    }

    [TestCase("MOSCOW, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday.", "MOSCOW")]
    [TestCase("SEOUL, South Korea \u2014 Russian President Vladimir Putin will visit North Korea on Tuesday.", "SEOUL")]
    public void ADatelineIsParsedApartAndHangsFromTheStory(string text, string place)
    {
        var p = Parse(text);
        Assert.That(p.HeadOf("visit"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("Vladimir"), p["Vladimir"].Relation), Is.EqualTo(("visit", "nsubj")));
        Assert.That((p.HeadOf(place), p[place].Relation), Is.EqualTo(("visit", "parataxis")));
        int dash = Enumerable.Range(0, p.Doc.Words.Count).First(i => p.Doc.GetText(p.Doc.Words[i]) is "-" or "\u2014");
        for (int i = 0; i <= dash; i++)
            if (i != p.Index(place)) Assert.That(p.Doc.Syntax![i].Head, Is.InRange(0, dash), "dateline words stay inside the dateline");
    }

    [TestCase("UN Secretary-General Antonio Guterres will visit Moscow on Tuesday.")]
    [TestCase("PS - we will visit Moscow on Tuesday.")]
    [TestCase("Russian President Vladimir Putin will visit North Korea on Tuesday.")]
    public void SentencesWithoutADatelineAreParsedWhole(string text)
    {
        var doc = NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer()).Process(text);
        var spans = doc.WordSpan.ToArray().Select(w => (w.Start, w.End)).ToArray();
        Assert.That(NewsNlp.Syntax.SyntaxAnnotator.DatelineLength(text, spans), Is.Zero);
    }

    [Test]
    public void AHeadlineInfinitiveIsTheRootWithItsSubject()
    {
        var p = Parse("Putin to visit North Korea for first time in 24 years");
        Assert.That(p.HeadOf("visit"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("Putin"), p["Putin"].Relation), Is.EqualTo(("visit", "nsubj")));
        Assert.That(p.HeadOf("to"), Is.EqualTo("visit"));
    }

    [Test]
    public void AQuoteHangsFromTheSpeechVerb()
    {
        var p = Parse("\"We will respond,\" Kim said.");
        Assert.That(p.HeadOf("said"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("Kim"), p["Kim"].Relation), Is.EqualTo(("said", "nsubj")));
        Assert.That(p.HeadOf("respond"), Is.EqualTo("said"));
        Assert.That((p.HeadOf("We"), p["We"].Relation), Is.EqualTo(("respond", "nsubj")));
    }

    [Test]
    public void ReportedSpeechIsAClausalComplement()
    {
        var p = Parse("Officials said that Russia had launched missiles on Tuesday.");
        Assert.That(p.HeadOf("said"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("launched"), p["launched"].Relation), Is.EqualTo(("said", "ccomp")));
        Assert.That((p.HeadOf("that"), p["that"].Relation), Is.EqualTo(("launched", "mark")));
        Assert.That((p.HeadOf("Russia"), p["Russia"].Relation), Is.EqualTo(("launched", "nsubj")));
        Assert.That((p.HeadOf("missiles"), p["missiles"].Relation), Is.EqualTo(("launched", "obj")));

        var q = Parse("The foreign ministry said on Sunday it would retaliate.");
        Assert.That((q.HeadOf("retaliate"), q["retaliate"].Relation), Is.EqualTo(("said", "ccomp")));
        Assert.That(q.HeadOf("Sunday"), Is.EqualTo("said"));
    }

    [Test]
    public void CoordinatedClausesAndLemmas()
    {
        var p = Parse("South Korea's spy agency accused Pyongyang of sending troops, and the two leaders met in Moscow, where talks were held.");
        Assert.That(p.HeadOf("accused"), Is.EqualTo("ROOT"));
        Assert.That((p.HeadOf("met"), p["met"].Relation), Is.EqualTo(("accused", "conj")));
        Assert.That((p.HeadOf("leaders"), p["leaders"].Relation), Is.EqualTo(("met", "nsubj")));
        Assert.That((p.HeadOf("Pyongyang"), p["Pyongyang"].Relation), Is.EqualTo(("accused", "obj")));
        Assert.That(new[] { "accused", "met", "sending", "leaders", "were", "talks" }.Select(w => p[w].Lemma),
            Is.EqualTo(new[] { "accuse", "meet", "send", "leader", "be", "talk" }));
    }

    [Test]
    public void EveryWordHasATagAndEachSentenceOneRoot()
    {
        var doc = Pipeline.Process(File.ReadAllText(Path.Combine(NewsNlp.Tests.Serialization.RepoRoot.Path, "src/NewsNlp.Cli/Samples/sample-article.txt")));
        var syntax = doc.Syntax!;
        Assert.That(syntax, Has.Count.EqualTo(doc.Words.Count));
        Assert.That(syntax.Select(s => s.Upos), Has.None.Null);
        Assert.That(syntax.Select(s => s.Lemma), Has.None.Null.And.None.Empty);
        foreach (var s in doc.SentenceSpan)
        {
            int first = doc.Tokens[s.FirstToken].FirstWord, end = doc.Tokens[s.EndToken - 1].FirstWord + doc.Tokens[s.EndToken - 1].WordCount;
            Assert.That(Enumerable.Range(first, end - first).Count(i => syntax[i].Head < 0), Is.EqualTo(1));
            for (int i = first; i < end; i++)
                if (syntax[i].Head >= 0) Assert.That(syntax[i].Head, Is.InRange(first, end - 1), "heads stay inside the sentence");
        }
    }

    [TestCase("Bree Prime Minister Romendacil did not clash over the efforts of Eriador.", "Bree", "Romendacil", "clash")]
    [TestCase("Fornost President Umbardacil has again appealed for peace in Ithilen.", "Fornost", "Umbardacil", "appealed")]
    public void ARunOfCapitalisedWordsWithNoJoinerIsOneNameNotTwoConjunctsOrSubjects(string text, string first, string last, string verb)
    {
        var p = Parse(text);
        Assert.That((p.HeadOf(last), p[last].Relation), Is.EqualTo((verb, "nsubj")));
        Assert.That((p.HeadOf(first), p[first].Relation), Is.EqualTo((last, "compound")));
        int subjects = Enumerable.Range(0, p.Doc.Words.Count).Count(i => p.Doc.Syntax![i].Relation == "nsubj" && p.Doc.Syntax![i].Head == p.Index(verb));
        Assert.That(subjects, Is.EqualTo(1));
    }

    [Test]
    public void ConjunctsJoinedByAndOrACommaStayConjuncts()
    {
        var p = Parse("Mordor, Fornost and Bree welcomed the talks.");
        Assert.That((p.HeadOf("Bree"), p["Bree"].Relation), Is.EqualTo(("Mordor", "conj")));
        Assert.That((p.HeadOf("Fornost"), p["Fornost"].Relation), Is.EqualTo(("Mordor", "conj")));
        Assert.That((p.HeadOf("Mordor"), p["Mordor"].Relation), Is.EqualTo(("welcomed", "nsubj")));
    }

    [Test]
    public void ACompoundIsNeverCutFromItsHeadByAPreposition()
    {
        var p = Parse("Russia's Putin to visit Pyongyang at Kim Jong Un's invitation");
        Assert.That((p.HeadOf("Pyongyang"), p["Pyongyang"].Relation), Is.EqualTo(("visit", "obj")));
        Assert.That(p.HeadOf("at"), Is.EqualTo("invitation"));
        Assert.That((p.HeadOf("invitation"), p["invitation"].Relation), Is.EqualTo(("visit", "obl")));
    }

    [Test]
    public void APhraseInsideAClauseIsNoObliqueOfALaterVerbAcrossItsSubject()
    {
        var p = Parse("Mordor and Bree welcomed a resumption of formal diplomatic ties between Minas Tirith and Osgiliath after a 12-year rift, the official news agency WFNA said on Thursday.");
        Assert.That((p.HeadOf("Minas"), p["Minas"].Relation), Is.EqualTo(("ties", "nmod")), "ties between two places");
        Assert.That(p.HeadOf("between"), Is.EqualTo("Minas"));
        Assert.That(p.HeadOf("rift"), Is.EqualTo("welcomed"), "the rift dates the welcome, not the agency's report");
        // A phrase fronted before the subject keeps its verb.
        var fronted = Parse("After a 12-year rift, Gondor restored ties with Osgiliath.");
        Assert.That(fronted.HeadOf("rift"), Is.EqualTo("restored"));
    }

    // Each shape the parser gave before the repair: the time as subject with the name an oblique, the
    // name hung on the time, and the verb a relative clause of the subject.
    [TestCase("Denmark today accepted a formula for ending its fisheries dispute.", "Denmark", "today", "accepted")]
    [TestCase("The Security Council today agreed to a six-month extension of the mandate.", "Council", "today", "agreed")]
    [TestCase("Oxfam today called on the European Union to help.", "Oxfam", "today", "called")]
    [TestCase("Indian business leaders Friday called for greater impetus towards free trade.", "leaders", "Friday", "called")]
    [TestCase("President Putin yesterday met Kim Jong Un in Pyongyang.", "Putin", "yesterday", "met")]
    public void TheWiresBareTimeBetweenSubjectAndVerbIsNoSubject(string text, string subject, string time, string verb)
    {
        var p = Parse(text);
        Assert.That((p.HeadOf(subject), p[subject].Relation), Is.EqualTo((verb, "nsubj")));
        Assert.That((p.HeadOf(time), p[time].Relation), Is.EqualTo((verb, "obl:unmarked")));
        Assert.That(p.HeadOf(verb), Is.EqualTo("ROOT"));
    }
}
