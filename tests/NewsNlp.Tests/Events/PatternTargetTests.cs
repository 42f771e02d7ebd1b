using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>
/// Verb patterns that ask for a compound subject (PETRARCH's <c>%</c>), and targets a plain object
/// leaves to a "with" partner or to the object of a purpose infinitive.
/// </summary>
public class PatternTargetTests
{
    private const string Verbs = """
        ---  AGREE   [050]  ---
        AGREE
        - % * [030:030]
        ---  SIGN   [057]  ---
        SIGN
        ---  CELEBRATE   [043]  ---
        CELEBRATE
        """;

    private static readonly NewsPipeline Pipeline = NewsPipeline.Create(NewsPipeline.CreateDefault().Stages.Where(s => s is not EventExtractor));
    private static readonly CameoVerbDictionary Dictionary = CameoVerbDictionary.Load(new StringReader(Verbs), "test verbs");
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    private static List<NewsEvent> Events(string text, bool reverse = false) =>
        new EventExtractor(Dictionary, reverseEvents: reverse).Extract(Pipeline.Process(text, Monday));

    private static string Pair(NewsEvent e) => $"{e.Actor?.Text} -{e.Action.Cameo}-> {e.Target?.Text}";

    [Test]
    public void ACompoundSubjectPatternMakesItsMembersActOnEachOther()
    {
        const string Text = "France and Germany agree that territorial disputes in the South China Sea should be resolved through arbitration.";
        Assert.That(Events(Text, reverse: true).Select(Pair), Is.EquivalentTo(new[] { "France -030-> Germany", "Germany -030-> France" }),
            "each direction once, and not towards the sea named in the clause");
        Assert.That(Events(Text).Select(Pair), Is.EqualTo(new[] { "France -030-> Germany" }), "one act, one event without reverse events");
    }

    [Test]
    public void WithoutACompoundSubjectTheVerbKeepsItsOwnCode()
    {
        var e = Events("France agreed that territorial disputes should be resolved through arbitration.").Single();
        Assert.That((e.Actor!.Text, e.Action.Cameo), Is.EqualTo(("France", "050")));
    }

    [Test]
    public void APlainObjectLeavesTheTargetToItsWithPartner()
    {
        var e = Events("Putin celebrated the anniversary at Moscow with Xi Jinping on Sunday.").Single();
        Assert.That(Pair(e), Is.EqualTo("Putin -043-> Xi Jinping"));
    }

    [Test]
    public void APlainObjectLeavesTheTargetToThePurposeInfinitive()
    {
        var e = Events("Russia signed an accord on Thursday to supply Iran with fighter jets.").Single();
        Assert.That(Pair(e), Is.EqualTo("Russia -057-> Iran"));
        // A named object stays the target.
        Assert.That(Pair(Events("Russia signed a deal with Iran to supply fighter jets.").Single()), Is.EqualTo("Russia -057-> Iran"));
    }
}
