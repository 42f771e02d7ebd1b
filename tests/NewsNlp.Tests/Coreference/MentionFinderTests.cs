using NewsNlp.Coreference;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Coreference;

/// <summary>Mention spans against OntoNotes' conventions, through the default pipeline's syntax and names.</summary>
[TestFixture]
public class MentionFinderTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static List<string> Mentions(string text, out List<Mention> mentions)
    {
        var doc = Pipeline.Process(text);
        mentions = CoreferenceResolver.Prepare(doc)!.Mentions;
        var spans = new List<string>(mentions.Count);
        foreach (var m in mentions) spans.Add(doc.Text[doc.WordSpan[m.FirstWord].Start..doc.WordSpan[m.LastWord].End]);
        return spans;
    }

    [Test]
    public void ACoordinationIsAMentionBesideItsConjuncts()
    {
        var spans = Mentions("Uday and Qusay were killed in Mosul. Police arrested her and her husband on Monday.", out var mentions);
        Assert.That(spans, Does.Contain("Uday and Qusay").And.Contain("Uday").And.Contain("Qusay"), string.Join(" | ", spans));
        Assert.That(spans, Does.Contain("her and her husband").And.Contain("her husband"), string.Join(" | ", spans));
        var group = mentions[spans.IndexOf("Uday and Qusay")];
        Assert.That(group.Coordination, Is.True);
        Assert.That(group.Number, Is.EqualTo(Number.Plural));
        Assert.That(group.Kind, Is.EqualTo(MentionKind.Nominal));
    }

    [Test]
    public void AStandaloneDemonstrativeIsAMentionButADeterminerIsNot()
    {
        var spans = Mentions("The plan failed. That is why this government resigned.", out var mentions);
        Assert.That(spans, Does.Contain("That"), string.Join(" | ", spans));
        Assert.That(spans, Does.Not.Contain("this"), string.Join(" | ", spans));
        Assert.That(spans, Does.Contain("this government"), string.Join(" | ", spans));
        Assert.That(mentions[spans.IndexOf("That")].Demonstrative, Is.True);
    }

    [Test]
    public void ANameTakesNoPrepositionalPhraseWithoutAComma()
    {
        var spans = Mentions("The storm hit Maryland on Tuesday. Officials in Annapolis , the state capital , said roads were closed.", out _);
        Assert.That(spans, Does.Contain("Maryland"), string.Join(" | ", spans));
        Assert.That(spans.Where(s => s.StartsWith("Maryland ", StringComparison.Ordinal)), Is.Empty, string.Join(" | ", spans));
        Assert.That(spans, Does.Contain("Annapolis , the state capital ,"), string.Join(" | ", spans));
    }

    [Test]
    public void TodayIsAMentionButADatedDayIsNot()
    {
        var spans = Mentions("Shares fell today after a sharp rise on Oct. 12. Traders said today was quiet.", out _);
        Assert.That(spans.Count(s => s == "today"), Is.EqualTo(2), string.Join(" | ", spans));
        Assert.That(spans.Where(s => s.Contains("Oct.", StringComparison.Ordinal)), Is.Empty, string.Join(" | ", spans));
    }

    [Test]
    public void MentionsInsideQuotationMarksAreMarked()
    {
        var spans = Mentions("Smith said: \"I will stay.\" He left later.", out var mentions);
        Assert.That(mentions[spans.IndexOf("I")].Quoted, Is.True, string.Join(" | ", spans));
        Assert.That(mentions[spans.IndexOf("He")].Quoted, Is.False);
        Assert.That(mentions[spans.IndexOf("Smith")].Quoted, Is.False);
    }
}
