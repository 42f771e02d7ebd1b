using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Properties of the whole default pipeline over generated news-like and hostile text with any
/// publish date (or none): every layer's spans re-slice the text, and JSON round trips are stable.
/// </summary>
[TestFixture]
public class PipelinePropertyTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // Pieces that reach every stage: names the recognizer and actor dictionaries know, event verbs,
    // date expressions that shift from the publish date, and the punctuation and characters that
    // once broke a stage (dashes, closers, format characters, surrogates, controls).
    private static readonly string[] Pieces =
    [
        "Putin", "Vladimir Putin", "Kim Jong Un", "Russia", "North Korea", "Pyongyang", "the Kremlin", "police", "protesters",
        "visited", "will visit", "met", "attacked", "accused", "of providing", "said", "urged", "to", "arrested", "in", "on",
        "yesterday", "tomorrow", "on Tuesday", "last month", "next year", "129,000 weeks ago", "13 September 2023", "Q1 2024",
        "from Friday to Monday", "the 1990s", "at 3 p.m.", ".", ",", "!", "?", "--", "__", "\"", "'", "(", ")", "\"'\"'",
        "\n", "\n\n", " ", "Mr.", "U.S.", "\uFEFF", "\u200B", "🙂", "\uD800", "\u0000", "https://example.com/a?b=1", "#tag", "@user",
    ];

    private static Arbitrary<string> TextArb() =>
        Gen.OneOf(
                Gen.Elements(Pieces),
                Gen.Elements(Pieces),
                Gen.Elements(Pieces),
                ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
            .ListOf()
            .Select(parts => string.Join(" ", parts))
            .ToArbitrary();

    // Any instant DateTimeOffset can hold, both ends included, or no publish date at all.
    private static Arbitrary<DateTimeOffset?> PublishedArb() =>
        Gen.OneOf(
                Gen.Constant<DateTimeOffset?>(null),
                Gen.Elements<DateTimeOffset?>(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default(DateTimeOffset)),
                Gen.Choose(0, int.MaxValue).Select(k => (DateTimeOffset?)new DateTimeOffset(DateTimeOffset.MaxValue.Ticks / int.MaxValue * k, TimeSpan.Zero)))
            .ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property EverySpanOfEveryLayerReslicesTheText() =>
        Prop.ForAll(TextArb(), PublishedArb(), (text, published) =>
        {
            var doc = Pipeline.Process(text, published);
            TestText.AssertInvariants(doc);
            foreach (var s in doc.Sentences) AssertSpan(text, s.Start, s.End, null);
            foreach (var e in doc.Entities) AssertSpan(text, e.Start, e.End, e.Text);
            foreach (var d in doc.Dates) AssertSpan(text, d.Start, d.End, d.Text);
            foreach (var e in doc.Events)
            {
                AssertSpan(text, e.Start, e.End, null);
                AssertSpan(text, e.Action.Start, e.Action.End, e.Action.Text);
                foreach (var r in new[] { e.Actor, e.Target, e.Place })
                    if (r is not null) AssertSpan(text, r.Start, r.End, r.Text);
                Assert.That(e.Sentence, Is.InRange(0, doc.Sentences.Count - 1));
            }
            foreach (var r in doc.Relations)
            {
                AssertSpan(text, r.Subject.Start, r.Subject.End, r.Subject.Text);
                AssertSpan(text, r.Object.Start, r.Object.End, r.Object.Text);
            }
            return true;
        });

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property SerialiseParseSerialiseIsStable() =>
        Prop.ForAll(TextArb(), PublishedArb(), (text, published) =>
        {
            var options = new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text };
            string once = DocumentJson.Serialize(Pipeline.Process(text, published, "p"), options);
            var back = DocumentJson.Deserialize(once);
            Assert.That(back.Text, Is.EqualTo(text));
            Assert.That(back.Published, Is.EqualTo(published));
            return DocumentJson.Serialize(back, options) == once;
        });

    [Test]
    public void AnArticleWithEventsRelationsAndSyntaxRoundTripsByteForByte()
    {
        const string Text = "SEOUL, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday, the Kremlin said.\n"
            + "He will hold talks with North Korean leader Kim Jong Un in Pyongyang. Police arrested two protesters in Seoul on Sunday.";
        var options = new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text, Indented = true };
        var doc = Pipeline.Process(Text, new DateTimeOffset(2024, 6, 17, 9, 30, 15, 250, TimeSpan.FromHours(9)), "a1");
        Assert.That(doc.Events, Is.Not.Empty);
        Assert.That(doc.Relations, Is.Not.Empty);
        Assert.That(doc.Events.Any(e => e.Place?.Geo is not null || e.Target?.Geo is not null), Is.True, "a GeoNames place is among the references");
        string once = DocumentJson.Serialize(doc, options);
        var back = DocumentJson.Deserialize(once);
        Assert.That(back.Published, Is.EqualTo(doc.Published), "fractions of a second survive");
        Assert.That(back.Events, Has.Count.EqualTo(doc.Events.Count));
        Assert.That(back.Syntax, Is.EqualTo(doc.Syntax));
        Assert.That(DocumentJson.Serialize(back, options), Is.EqualTo(once));
    }

    private static void AssertSpan(string text, int start, int end, string? expected)
    {
        Assert.That(start >= 0 && start <= end && end <= text.Length, Is.True, $"[{start}..{end}) outside a text of {text.Length}");
        if (expected is not null) Assert.That(text[start..end], Is.EqualTo(expected));
    }
}
