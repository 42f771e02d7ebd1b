using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Roles;

/// <summary>
/// The shipped en-roles model in the default pipeline, by phenomenon: who did what to whom in news
/// sentences, PropBank labels and spans (CoNLL-2012 conventions), controllers as implicit arguments.
/// </summary>
public class RoleLabelerTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private sealed record Parsed(Document Doc)
    {
        public PredicateFrame this[string word] =>
            Doc.Roles.FirstOrDefault(f => Doc.Text[f.Start..f.End] == word)
            ?? throw new AssertionException($"no predicate '{word}' in: {string.Join("; ", Doc.Roles.Select(Describe))}; words: "
                + string.Join(" ", Enumerable.Range(0, Doc.Words.Count).Select(i => $"{Doc.GetText(Doc.Words[i])}/{Doc.Syntax![i].Xpos}/{Doc.Syntax[i].Head}/{Doc.Syntax[i].Relation}")));

        public string? Text(PredicateFrame frame, string label) => frame[label] is { } a ? Doc.Text[a.Start..a.End] : null;

        public string Describe(PredicateFrame f) =>
            $"{Doc.Text[f.Start..f.End]}: " + string.Join(", ", f.Arguments.Select(a => $"{a.Label}{(a.Implicit ? "*" : "")}={Doc.Text[a.Start..a.End]}"));
    }

    private static Parsed Label(string text) => new(Pipeline.Process(text));

    [Test]
    public void AHostHasAgentGuestPlaceAndTime()
    {
        var p = Label("On Wednesday, Kim Jong Un hosted Putin in Pyongyang.");
        var host = p["hosted"];
        Assert.That(host.Lemma, Is.EqualTo("host"));
        Assert.That(p.Text(host, "ARG0"), Is.EqualTo("Kim Jong Un"), p.Describe(host));
        Assert.That(p.Text(host, "ARG1"), Is.EqualTo("Putin"), p.Describe(host));
        Assert.That(p.Text(host, "ARGM-LOC"), Is.EqualTo("in Pyongyang"), p.Describe(host));
        Assert.That(p.Text(host, "ARGM-TMP"), Is.EqualTo("On Wednesday"), p.Describe(host));
        Assert.That(host.Arguments.Any(a => a.Implicit), Is.False);
    }

    [Test]
    public void AHostHasAgentGuestAndTimeInTheIssuesWordOrder()
    {
        // The tagger reads "hosted" after a name as a participle; the syntax stage retags it as the
        // past tense in a sentence with no finite verb, so the tree has a clause to read roles from.
        var p = Label("Kim Jong Un hosted Putin in Pyongyang on Wednesday.");
        var host = p["hosted"];
        Assert.That(p.Text(host, "ARG0"), Is.EqualTo("Kim Jong Un"), p.Describe(host));
        Assert.That(p.Text(host, "ARG1"), Is.EqualTo("Putin"), p.Describe(host));
        Assert.That(p.Text(host, "ARGM-TMP"), Is.EqualTo("on Wednesday"), p.Describe(host));
    }

    [Test]
    public void AHostHasAPlaceInTheIssuesWordOrder()
    {
        var p = Label("Kim Jong Un hosted Putin in Pyongyang on Wednesday.");
        var host = p["hosted"];
        Assert.That(p.Text(host, "ARGM-LOC"), Is.EqualTo("in Pyongyang"), p.Describe(host));
    }

    [Test]
    public void APassiveByPhraseIsTheAgent()
    {
        var p = Label("Putin was welcomed by Kim.");
        var welcome = p["welcomed"];
        Assert.That(p.Text(welcome, "ARG1"), Is.EqualTo("Putin"), p.Describe(welcome));
        Assert.That(p.Text(welcome, "ARG0"), Is.EqualTo("by Kim"), "PropBank's ARG0 span keeps the preposition: " + p.Describe(welcome));
    }

    [Test]
    public void ModalAndNegationAreArguments()
    {
        var p = Label("Russia will not send troops to Ukraine.");
        var send = p["send"];
        Assert.That(p.Text(send, "ARG0"), Is.EqualTo("Russia"), p.Describe(send));
        Assert.That(p.Text(send, "ARGM-MOD"), Is.EqualTo("will"), p.Describe(send));
        Assert.That(p.Text(send, "ARGM-NEG"), Is.EqualTo("not"), p.Describe(send));
        Assert.That(p.Text(send, "ARG1"), Is.EqualTo("troops"), p.Describe(send));
    }

    [Test]
    public void TheAccusedIsTheAgentOfTheGerund()
    {
        var p = Label("The United States has accused Pyongyang of providing Russia with artillery shells.");
        var accuse = p["accused"];
        Assert.That(p.Text(accuse, "ARG0"), Is.EqualTo("The United States"), p.Describe(accuse));
        Assert.That(p.Text(accuse, "ARG1"), Is.EqualTo("Pyongyang"), p.Describe(accuse));
        Assert.That(p.Text(accuse, "ARG2"), Is.EqualTo("of providing Russia with artillery shells"), p.Describe(accuse));
        var provide = p["providing"];
        // CoNLL-2012 mostly writes the controller as an argument of its own (72 % of dev's "to"-infinitives
        // and "of/from"-gerunds have an ARG0 or ARG1 before the verb), so the model finds it; where it does
        // not, the tree's controller is added, flagged implicit. Either way there is one ARG0: Pyongyang.
        Assert.That(provide.Arguments.Count(a => a.Label == "ARG0"), Is.EqualTo(1), p.Describe(provide));
        Assert.That(p.Text(provide, "ARG0"), Is.EqualTo("Pyongyang"), "the controller, not the United States: " + p.Describe(provide));
        Assert.That(p.Text(provide, "ARG2"), Is.EqualTo("Russia"), p.Describe(provide));
        Assert.That(p.Text(provide, "ARG1"), Is.EqualTo("with artillery shells"), p.Describe(provide));
    }

    [TestCase("Putin is set to visit Pyongyang.", "visit", "Putin", "Pyongyang")]
    [TestCase("Washington urged Kim to visit Moscow.", "visit", "Kim", "Moscow")]
    [TestCase("Kim agreed to host Putin.", "host", "Kim", "Putin")]
    public void AControlledInfinitiveHasItsControllerAsAgent(string text, string verb, string controller, string theme)
    {
        var p = Label(text);
        var frame = p[verb];
        Assert.That(frame.Arguments.Count(a => a.Label == "ARG0"), Is.EqualTo(1), p.Describe(frame));
        Assert.That(p.Text(frame, "ARG0"), Is.EqualTo(controller), p.Describe(frame));
        Assert.That(p.Text(frame, "ARG1"), Is.EqualTo(theme), p.Describe(frame));
    }

    [Test]
    public void EveryArgumentReslicesTheTextAtWordBoundaries()
    {
        var doc = Pipeline.Process("Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday. "
            + "The talks are expected to focus on expanding military cooperation between Moscow and Pyongyang.");
        Assert.That(doc.Roles, Is.Not.Empty);
        foreach (var f in doc.Roles)
        {
            Assert.That((doc.Words[f.Word].Start, doc.Words[f.Word].End), Is.EqualTo((f.Start, f.End)));
            foreach (var a in f.Arguments)
            {
                Assert.That(a.Start, Is.EqualTo(doc.Words[a.FirstWord].Start));
                Assert.That(a.End, Is.EqualTo(doc.Words[a.EndWord - 1].End));
                Assert.That(a.HeadWord, Is.InRange(a.FirstWord, a.EndWord - 1));
                Assert.That(a.Implicit || a.EndWord <= f.Word || a.FirstWord > f.Word, Is.True, "an explicit argument never covers its predicate: " + string.Join("; ", doc.Roles.Select(r => $"{doc.Text[r.Start..r.End]}: {string.Join(", ", r.Arguments.Select(x => $"{x.Label}{(x.Implicit ? "*" : "")}={doc.Text[x.Start..x.End]}"))}")));
            }
        }
        Assert.That(doc.Roles.Select(f => f.Sentence).Distinct(), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void TheStageNeedsSyntax()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() =>
            NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new NewsNlp.Sentences.SentenceSplitter(), new NewsNlp.Roles.RoleLabeler(BundledModels.EnglishRoles)));
        Assert.That(ex!.Message, Does.Contain("Syntax"));
    }
}
