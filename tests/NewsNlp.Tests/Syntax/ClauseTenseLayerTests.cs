using NewsNlp.Dates;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Temporal;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Syntax;

/// <summary>
/// The clause tense is worked out once, by the syntax stage, and stored with its layer
/// (<see cref="Document.Tenses"/>); the date and event stages read it from there.
/// </summary>
public class ClauseTenseLayerTests
{
    private static readonly NewsPipeline Parsed = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter(), new SyntaxAnnotator(BundledModels.EnglishSyntax));
    private static readonly NewsPipeline Split = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter());
    private static readonly DateTimeOffset Wednesday = new(2024, 6, 19, 0, 0, 0, TimeSpan.Zero);

    private const string Story =
        "Putin will visit Pyongyang on Tuesday, the Kremlin said. Kim Jong Un met Shoigu last week. "
        + "The leaders are set to sign a pact in September. North Korea has fired missiles since January. "
        + "Russia's Putin to visit North Korea on Friday. Rebels attacked the town on Monday.";

    private static int WordAt(Document d, string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        for (int i = 0; i < d.Words.Count; i++) if (d.Words[i].Start == at) return i;
        throw new AssertionException($"no word at '{word}'");
    }

    [TestCase("Tuesday", ClauseTense.Future)]
    [TestCase("week", ClauseTense.Past)]
    [TestCase("September", ClauseTense.Future)]
    [TestCase("January", ClauseTense.Past)]
    [TestCase("Friday", ClauseTense.Future)]
    [TestCase("Monday", ClauseTense.Past)]
    public void TheSyntaxStageWritesEachWordsClauseTense(string word, ClauseTense expected)
    {
        var doc = Parsed.Process(Story, Wednesday);
        Assert.That(doc.Tenses, Is.Not.Null);
        Assert.That(doc.Tenses!, Has.Count.EqualTo(doc.Words.Count));
        Assert.That(doc.Tenses![WordAt(doc, Story, word)], Is.EqualTo(expected));
    }

    [TestCase("Qwest has come under suspicion, paying the regulator $250m in October to settle charges.", "October", ClauseTense.Past)]
    [TestCase("Thousands marched through the capital, demanding new elections in May.", "May", ClauseTense.Past)]
    [TestCase("The minister will tour the region, visiting three cities in July.", "July", ClauseTense.Future)]
    public void AParticipleClauseHasItsGoverningClausesTense(string text, string word, ClauseTense expected)
    {
        var doc = Parsed.Process(text, Wednesday);
        Assert.That(doc.Tenses![WordAt(doc, text, word)], Is.EqualTo(expected));
    }

    [Test]
    public void TheLayerAgreesWithTheTenseWorkedOutPerExpression()
    {
        var parsed = Parsed.Process(Story, Wednesday);
        var bare = Split.Process(Story, Wednesday);
        bare.SetSyntax([.. parsed.Syntax!]); // the same parse, without the tense layer
        Assert.That(bare.Tenses, Is.Null);
        foreach (var sentence in parsed.Sentences)
        {
            var (first, end) = parsed.WordRange(sentence);
            for (int w = first; w < end; w++)
                Assert.That(TenseDetector.Detect(bare, first, w, w, end), Is.EqualTo(parsed.Tenses![w]), $"word {w} '{parsed.GetText(parsed.Words[w])}'");
        }
    }

    [Test]
    public void DatesReadTheTenseFromTheLayer()
    {
        const string text = "Kim Jong Un met Shoigu on Tuesday.";
        var parsed = Parsed.Process(text, Wednesday);
        int start = text.IndexOf("Tuesday", StringComparison.Ordinal);
        Assert.That(new DateResolver().Resolve(parsed, start, start + 7)!.Value, Is.EqualTo("2024-06-18"), "met: the Tuesday before");
        // The same parse with a layer that says the clause points ahead: the resolver follows the layer.
        var ahead = Split.Process(text, Wednesday);
        ahead.SetSyntax([.. parsed.Syntax!], Enumerable.Repeat(ClauseTense.Future, parsed.Words.Count).ToArray());
        Assert.That(new DateResolver().Resolve(ahead, start, start + 7)!.Value, Is.EqualTo("2024-06-25"));
    }

    [Test]
    public void WithoutRelationsTheWordsBeforeDecide()
    {
        const string text = "Kim Jong Un met Shoigu on Tuesday. Putin will arrive on Friday.";
        var parsed = Parsed.Process(text, Wednesday);
        var tagged = Split.Process(text, Wednesday);
        // A tagger-only model: tags and lemmas, no heads or relations.
        tagged.SetSyntax([.. parsed.Syntax!.Select(s => s with { Head = -1, Relation = null })]);
        var tenses = TenseDetector.Tag(tagged, tagged.Syntax);
        Assert.That(tenses[WordAt(tagged, text, "Tuesday")], Is.EqualTo(ClauseTense.Past));
        Assert.That(tenses[WordAt(tagged, text, "Friday")], Is.EqualTo(ClauseTense.Future));
        Assert.That(tenses[WordAt(tagged, text, "Kim")], Is.EqualTo(ClauseTense.Present), "nothing before the first word");
    }

    [Test]
    public void ALayerOfTheWrongLengthIsRefused()
    {
        var doc = Split.Process(Story, Wednesday);
        var syntax = Parsed.Process(Story, Wednesday).Syntax!.ToArray();
        Assert.Throws<ArgumentException>(() => doc.SetSyntax(syntax, new ClauseTense[syntax.Length - 1]));
    }
}
