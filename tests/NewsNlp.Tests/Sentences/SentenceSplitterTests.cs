using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Sentences;

[TestFixture]
public class SentenceSplitterTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static string[] Sentences(string text)
    {
        var doc = Pipeline.Process(text);
        return doc.Sentences.Select(s => doc.GetText(s)).ToArray();
    }

    [TestCase("He left. She stayed.", new[] { "He left.", "She stayed." })]
    [TestCase("Really? Yes! Fine.", new[] { "Really?", "Yes!", "Fine." })]
    [TestCase("Troops left the U.S. The war ended.", new[] { "Troops left the U.S.", "The war ended." })]
    [TestCase("The U.S. Army left.", new[] { "The U.S. Army left." })]
    [TestCase("Dr. Smith met Mr. Jones.", new[] { "Dr. Smith met Mr. Jones." })]
    [TestCase("J. K. Rowling wrote it.", new[] { "J. K. Rowling wrote it." })]
    [TestCase("It was Jan. 5. Then it rained.", new[] { "It was Jan. 5.", "Then it rained." })]
    [TestCase("Prices rose 3.5 percent. Markets fell.", new[] { "Prices rose 3.5 percent.", "Markets fell." })]
    public void AbbreviationsAndInitials(string text, string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("\"We will win.\" He smiled.", new[] { "\"We will win.\"", "He smiled." })]
    [TestCase("“We will win,” he said. Then he left.", new[] { "“We will win,” he said.", "Then he left." })]
    [TestCase("(He was tired.) He slept.", new[] { "(He was tired.)", "He slept." })]
    [TestCase("He said: \"Go!\" and left.", new[] { "He said: \"Go!\" and left." })]
    public void QuotesAndBrackets(string text, string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [TestCase("Putin arrives in Pyongyang\n\nThe Russian leader landed.", new[] { "Putin arrives in Pyongyang", "The Russian leader landed." })]
    [TestCase("PUTIN ARRIVES\nThe Russian leader landed.", new[] { "PUTIN ARRIVES", "The Russian leader landed." })]
    [TestCase("First paragraph without stop\n\nSecond one", new[] { "First paragraph without stop", "Second one" })]
    [TestCase("Key points:\n- Talks on Tuesday\n- Deal on Wednesday", new[] { "Key points:", "- Talks on Tuesday", "- Deal on Wednesday" })]
    [TestCase("1. Talks\n2. Deal", new[] { "1. Talks", "2. Deal" })]
    public void HeadlinesParagraphsAndLists(string text, string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void HardWrappedProseIsNotSplitAtLineBreaks()
    {
        string text = "The minister said on Tuesday that the talks with the delegation\nhad gone well and would resume in the spring.";
        Assert.That(Sentences(text), Has.Length.EqualTo(1));
    }

    [Test]
    public void LowercaseContinuationAfterLineBreakIsNotSplit()
    {
        Assert.That(Sentences("The talks\nwent well."), Has.Length.EqualTo(1));
    }

    [Test]
    public void SentencesCoverEveryTokenInOrder()
    {
        var doc = Pipeline.Process("One. Two? Three!\n\nFour \"five.\" Six");
        int next = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.That(s.FirstToken, Is.EqualTo(next));
            Assert.That(s.Start, Is.EqualTo(doc.Tokens[s.FirstToken].Start));
            Assert.That(s.End, Is.EqualTo(doc.Tokens[s.EndToken - 1].End));
            next = s.EndToken;
        }
        Assert.That(next, Is.EqualTo(doc.Tokens.Count));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void EmptyTextHasNoSentences(string text) => Assert.That(Sentences(text), Is.Empty);
}
