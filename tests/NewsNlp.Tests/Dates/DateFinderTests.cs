using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Dates;

/// <summary>The default pipeline end to end: DATE entities carry values, missed dates are added, numbers stay out.</summary>
public class DateFinderTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public void DateEntitiesGetValuesResolvedAgainstThePublishDate()
    {
        var doc = Pipeline.Process("Putin will visit Pyongyang on Tuesday, the Kremlin said. Last September, Kim travelled to Russia.", Monday);
        var dates = doc.Dates.ToDictionary(d => d.Text, d => d.Value);
        Assert.That(dates["Tuesday"], Is.EqualTo("2024-06-18"));
        Assert.That(dates["Last September"], Is.EqualTo("2023-09"));
        Assert.That(doc.Dates.All(d => doc.Entities.Any(e => e.Start == d.Start && e.End == d.End && e.Type == EntityType.Date)), Is.True);
    }

    [Test]
    public void ExpressionsTheModelMissesAreAddedAsDateEntities()
    {
        // Lower-case relative expressions in an odd context that the statistical model may skip.
        var doc = Pipeline.Process("protests: crowds grew from 2019-2021 and again two weeks ago, organisers said 13/09/2023.", Monday);
        var texts = doc.Entities.Where(e => e.Type == EntityType.Date).Select(e => e.Text).ToList();
        Assert.That(texts, Does.Contain("two weeks ago"));
        Assert.That(doc.Dates.Single(d => d.Text == "two weeks ago").Value, Is.EqualTo("2024-W23"));
        Assert.That(doc.Dates.Any(d => d.Value == "2023-09-13"), Is.True);
    }

    [TestCase("The man, 24, said 2,000 migrants crossed in 3 boats.", "2,000")]
    [TestCase("Officers seized 1,500 rifles and 300 grenades.", "1,500")]
    [TestCase("The 24-year-old was one of 2024 applicants.", "2024")]
    public void NumbersThatAreNotDatesStayOut(string text, string number)
    {
        var doc = Pipeline.Process(text, Monday);
        Assert.That(doc.Entities.Where(e => e.Type == EntityType.Date).Select(e => e.Text), Has.None.Contains(number));
    }

    [Test]
    public void AgesAreNotAddedByTheGrammar()
    {
        var doc = Pipeline.Process("the suspect , 24 years old , was released", Monday);
        Assert.That(doc.Entities.Where(e => e.Confidence == 0.9 && e.Type == EntityType.Date), Is.Empty, "the grammar adds no durations or ages");
    }

    [Test]
    public void AHugeSentenceWithoutPunctuationIsResolvedWhole()
    {
        // 50,000 words and thousands of dates in one "sentence" (scraped text without punctuation):
        // every DATE mention still gets its value (the date stage stays linear in the sentence length).
        var rng = new Random(1);
        string[] words = ["the", "minister", "met", "Putin", "on", "Monday", "in", "Moscow", "and", "said", "talks", "would", "continue", "last", "week"];
        string text = string.Join(' ', Enumerable.Range(0, 50_000).Select(_ => words[rng.Next(words.Length)]));
        var doc = Pipeline.Process(text, Monday);
        // The real expressions among the DATE mentions (in word soup the model may also label
        // "last last", which no grammar reads).
        var dateEntities = doc.Entities.Where(e => e.Type == EntityType.Date && e.Text is "Monday" or "last week").ToList();
        Assert.That(dateEntities, Has.Count.GreaterThan(1000));
        var resolved = doc.Dates.Select(d => d.Start).ToHashSet();
        Assert.That(dateEntities.Where(e => !resolved.Contains(e.Start)), Is.Empty);
        Assert.That(doc.Dates.Where(d => d.Text == "Monday").Select(d => d.Value), Is.All.Matches<string>(v => v.StartsWith("2024-06-", StringComparison.Ordinal)));
    }

    [Test]
    public void WithoutAPublishDateRelativeDatesStayUnresolved()
    {
        var doc = Pipeline.Process("Putin will visit Pyongyang on Tuesday.");
        var tuesday = doc.Dates.Single(d => d.Text == "Tuesday");
        Assert.That(tuesday.Value, Is.EqualTo("XXXX-WXX-2"));
        Assert.That(tuesday.Anchor, Is.EqualTo(TemporalAnchor.Unresolved));
        Assert.That(tuesday.ResolvedAgainstPublishDate, Is.False);
    }

    [Test]
    public void JsonShowsValueKindGranularityAnchorAndRange()
    {
        var doc = Pipeline.Process("Inflation averaged 4% between 2019 and 2021, the bank said on Monday.", Monday);
        var options = new NewsNlp.Serialization.JsonOutputOptions { Include = NewsNlp.Serialization.JsonIncludes.Text | NewsNlp.Serialization.JsonIncludes.Tokens | NewsNlp.Serialization.JsonIncludes.Sentences };
        var json = Newtonsoft.Json.Linq.JObject.Parse(NewsNlp.Serialization.DocumentJson.Serialize(doc, options));
        var range = json["entities"]!.Single(e => (string?)e["value"] == "2019");
        Assert.That((string?)range["range"]!["start"], Is.EqualTo("2019"));
        Assert.That((string?)range["range"]!["end"], Is.EqualTo("2021"));
        Assert.That((string?)range["kind"], Is.EqualTo("date"));
        Assert.That((string?)range["granularity"], Is.EqualTo("year"));
        var monday = json["entities"]!.Single(e => (string?)e["text"] == "Monday");
        Assert.That((string?)monday["value"], Is.EqualTo("2024-06-17"));
        Assert.That((string?)monday["anchor"], Is.EqualTo("publish-date"));
        var back = NewsNlp.Serialization.DocumentJson.Deserialize(NewsNlp.Serialization.DocumentJson.Serialize(doc, options));
        Assert.That(back.Dates, Is.EqualTo(doc.Dates));
    }
}

/// <summary>An explicit date the grammar reads wins over another label the model gave the same words.</summary>
public class ExplicitDateTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 8, 0, 0, TimeSpan.Zero);

    [TestCase("Q1 2024 results beat forecasts, Smith said.", "Q1 2024", "2024-Q1")] // the model says "Q1" PERSON + "2024" CARDINAL
    [TestCase("The company said Q1 2024 was strong.", "Q1 2024", "2024-Q1")] // PRODUCT
    [TestCase("Q1 2024 revenue rose 5%.", "Q1 2024", "2024-Q1")] // "2024" CARDINAL
    [TestCase("Sales fell in Q3 2023 and Q4 2023.", "Q4 2023", "2023-Q4")]
    [TestCase("Q1 results were strong.", "Q1", "2024-Q1")]
    public void QuartersAreDates(string text, string date, string value)
    {
        var doc = Pipeline.Process(text, Monday);
        Assert.That(doc.Entities.Where(e => e.Text.Contains(date[..2], StringComparison.Ordinal)).Select(e => (e.Text, e.Label)), Is.EqualTo(new[] { (date, "DATE") }),
            string.Join(", ", doc.Entities.Select(e => $"{e.Text}/{e.Label}")));
        Assert.That(doc.Dates.Single(d => d.Text == date).Value, Is.EqualTo(value));
    }

    private static List<EntityMention> AddMissed(string text, params (string Text, string Label)[] model)
    {
        var doc = new Document(text, Monday);
        TestText.Tokenizer.Process(doc);
        new NewsNlp.Sentences.SentenceSplitter().Process(doc);
        var mentions = model.Select(m => new EntityMention(text.IndexOf(m.Text, StringComparison.Ordinal), text.IndexOf(m.Text, StringComparison.Ordinal) + m.Text.Length, m.Text, m.Label,
            m.Label is "DATE" ? EntityType.Date : m.Label is "PERSON" ? EntityType.Person : EntityType.Other, 0.5)).ToList();
        NewsNlp.Temporal.DateFinder.AddMissed(doc, mentions, "DATE", "TIME");
        return mentions;
    }

    [TestCase("PERSON")]
    [TestCase("PRODUCT")]
    [TestCase("ORG")]
    [TestCase("CARDINAL")]
    public void AnyLabelInsideAnExplicitDateGivesWay(string label)
    {
        Assert.That(AddMissed("Q1 2024 was strong.", ("Q1 2024", label)).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Q1 2024", "DATE") }));
        Assert.That(AddMissed("Profit in March 2024 was strong.", ("March", label)).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("March 2024", "DATE") }));
        Assert.That(AddMissed("The 13/09/2023 ruling stands.", ("13/09/2023", label)).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("13/09/2023", "DATE") }));
    }

    [Test]
    public void ADateTheModelFoundPartlyIsWidened() =>
        Assert.That(AddMissed("Q1 2024 was strong.", ("2024", "DATE")).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Q1 2024", "DATE") }));

    [Test]
    public void NamesAndLooseReadingsAreKept()
    {
        // A name that reaches beyond the expression is not cut; a month name alone is no explicit date.
        Assert.That(AddMissed("Q1 Capital said so.", ("Q1 Capital", "ORG")).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Q1 Capital", "ORG") }));
        Assert.That(AddMissed("Theresa May said so.", ("Theresa May", "PERSON")).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Theresa May", "PERSON") }));
        Assert.That(AddMissed("May said so.", ("May", "PERSON")).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("May", "PERSON") }));
        Assert.That(AddMissed("Windows 2000 was sold.", ("Windows 2000", "PRODUCT")).Select(m => (m.Text, m.Label)), Is.EqualTo(new[] { ("Windows 2000", "PRODUCT") }));
    }

    [Test]
    public void UserRulesStillWin()
    {
        var ruler = new NewsNlp.Entities.EntityRuler().AddPhrase("Q1 2024", "PRODUCT");
        var stages = NewsPipeline.CreateDefault().Stages.Select(s => s is NewsNlp.Entities.EntityRecognizer r ? new NewsNlp.Entities.EntityRecognizer(r.Model, ruler) : s);
        var doc = NewsPipeline.Create(stages).Process("The Q1 2024 phone sold well, Smith said.", Monday);
        Assert.That(doc.Entities.Select(e => (e.Text, e.Label)), Does.Contain(("Q1 2024", "PRODUCT")));
    }
}

