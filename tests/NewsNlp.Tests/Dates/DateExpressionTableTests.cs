using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Dates;

/// <summary>
/// The table of date expressions in news sentences (date-expressions.tsv): each resolves to the
/// hand-written TIMEX3 value against its publish date, with the tense read from the parse.
/// </summary>
public class DateExpressionTableTests
{
    private static readonly NewsPipeline Syntax = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter(), new SyntaxAnnotator(BundledModels.EnglishSyntax));

    public record Row(int Line, string Published, string Culture, string Sentence, string Expression, string Value, string Range)
    {
        public override string ToString() => $"{Line}: {Expression} ({Published})";
    }

    public static IEnumerable<TestCaseData> Rows()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Dates", "date-expressions.tsv");
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var c = text.Split('\t');
            if (c.Length != 6) throw new InvalidDataException($"date-expressions.tsv:{line}: expected 6 columns");
            yield return new TestCaseData(new Row(line, c[0], c[1], c[2], c[3], c[4], c[5])).SetArgDisplayNames($"{line} {c[3]} ({c[0]})");
        }
    }

    [Test]
    public void TheTableHasAtLeast300Expressions() => Assert.That(Rows().Count(), Is.GreaterThanOrEqualTo(300));

    [TestCaseSource(nameof(Rows))]
    public void ResolvesToTheExpectedValue(Row row)
    {
        DateTimeOffset? published = row.Published == "-" ? null
            : DateTimeOffset.ParseExact(row.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var doc = Syntax.Process(row.Sentence, published);
        int start = row.Sentence.IndexOf(row.Expression, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the expression is in the sentence");
        var resolver = new DateResolver(CultureInfo.GetCultureInfo(row.Culture));
        var value = resolver.Resolve(doc, start, start + row.Expression.Length);
        Assert.That(value, Is.Not.Null, "resolved");
        Assert.That(value!.Value, Is.EqualTo(row.Value));
        if (row.Range != "-") Assert.That($"{value.RangeStart}..{value.RangeEnd}", Is.EqualTo(row.Range));
        else Assert.That(value.RangeStart, Is.Null);
        // The clock is never read: without a publish date nothing is resolved against one.
        Assert.That(value.Anchor, row.Published == "-" ? Is.Not.EqualTo(TemporalAnchor.PublishDate) : Is.Not.EqualTo(TemporalAnchor.Unresolved));
    }
}
