using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>PETRARCH actor and agent dictionaries: aliases, dated codes, stems, agents around actors.</summary>
public class ActorDictionaryTests
{
    // The formats of Phoenix.*.actors.txt and Phoenix.agents.txt, in lines written for the test.
    private const string Actors = """
        <!-- a comment block
        # that spans lines -->
        RUSSIA_ [RUS]
        +RUSSIAN_
        +MOSCOW_
        VLADIMIR_PUTIN_  # a person with dated roles
        +PUTIN_
        +PRESIDENT_VLADIMIR_PUTIN_
        	[RUSELI 700101-990809]
        	[RUSGOV 991231-080507]
        	[RUSGOV >080508]
        	[RUSELI]
        ARGENTIN [ARG]
        UN_ [IGOUNO]
        GOLLUM
        	[HOB < 950601]
        	[HOBGOV 19950601 - 19990815]
        	[HOBREB > 990816]
        THE_SHIRE [FRO/BIL/SAM]
        BROKEN_DATES_ [XXX 9999999999-99999999]
        """;

    private const string Agents = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        MINISTER [~GOV]
        POLICE {} [~COP]
        CONGRESS!PERSON! [~LEG]
        MSF {} [NGO~]
        SECURITY_OFFICIAL [~GOV]
        DEPARTMENT_OF_ENVIRONMENT [~ENV}
        """;

    private static readonly ActorDictionary Dictionary = Load();

    private static ActorDictionary Load()
    {
        var d = new ActorDictionary.Builder().AddActors(new StringReader(Actors), "actors").AddAgents(new StringReader(Agents), "agents").Build();
        return d;
    }

    private static string? Code(string phrase, string? date = null) =>
        Dictionary.CodePhrase(phrase.Split(' '), date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out _);

    [TestCase("RUSSIA", "RUS")]
    [TestCase("MOSCOW", "RUS")]
    [TestCase("RUSSIAN", "RUS")]
    [TestCase("ARGENTINA", "ARG")]
    [TestCase("ARGENTINE", "ARG")]
    [TestCase("UN", "IGOUNO")]
    public void AliasesAndStemsFindTheActor(string phrase, string code) => Assert.That(Code(phrase), Is.EqualTo(code));

    [Test]
    public void AnUnderscoreEndsAWordExactly()
    {
        Assert.That(Code("RUSSIANS"), Is.Null, "RUSSIAN_ is exact, not a stem");
        Assert.That(Code("UNITED"), Is.Null);
    }

    [TestCase("2024-06-17", "RUSGOV")]
    [TestCase("2003-01-01", "RUSGOV")]
    [TestCase("1995-01-01", "RUSELI")]
    [TestCase(null, "RUSELI")]
    public void DatedCodesFollowThePublishDate(string? date, string code) => Assert.That(Code("PUTIN", date), Is.EqualTo(code));

    [TestCase("1995-01-01", "HOB")]
    [TestCase("1997-03-01", "HOBGOV")]
    [TestCase("2001-01-01", "HOBREB")]
    public void RangesWithSpacesAndEightDigitDatesAreRead(string date, string code) => Assert.That(Code("GOLLUM", date), Is.EqualTo(code));

    [TestCase("RUSSIAN MINISTER", "RUSGOV")]
    [TestCase("MINISTER", "---GOV")]
    [TestCase("RUSSIA POLICE", "RUSCOP")]
    [TestCase("MSF RUSSIA", "NGORUS")]
    [TestCase("MSF RUSSIA SECURITY OFFICIALS", "NGORUSGOV")]
    [TestCase("RUSSIAN CONGRESSWOMEN", "RUSLEG")]
    [TestCase("RUSSIA DEPARTMENT OF ENVIRONMENT", "RUSENV")]
    [TestCase("THE SHIRE", "FRO/BIL/SAM")]
    public void AgentsAddTheirRoleToTheActor(string phrase, string code) => Assert.That(Code(phrase), Is.EqualTo(code));

    [Test]
    public void BracesWithoutFormsMeanNoPlural()
    {
        Assert.That(Code("POLICES"), Is.Null);
        Assert.That(Code("MINISTERS"), Is.EqualTo("---GOV"), "without braces the regular plural is added");
    }

    [Test]
    public void AMalformedDateLeavesTheRangeOpenAndABrokenCodeLineIsAnError()
    {
        Assert.That(Code("BROKEN DATES", "2024-01-01"), Is.EqualTo("XXX"));
        var d = new ActorDictionary.Builder();
        var ex = Assert.Throws<FormatException>(() => d.AddActors(new StringReader("\t[RUS]\n"), "bad.txt"));
        Assert.That(ex!.Message, Does.StartWith("bad.txt:1"));
        ex = Assert.Throws<FormatException>(() => d.AddActors(new StringReader("RUSSIA [RUS\n"), "bad.txt"));
        Assert.That(ex!.Message, Does.StartWith("bad.txt:1"));
    }

    [Test]
    public void ABuilderMakesOneDictionaryAndTakesNoMoreInputAfter()
    {
        var builder = new ActorDictionary.Builder().AddActors(new StringReader("GONDOR_ [GON]\n"), "a");
        var built = builder.Build();
        Assert.That(() => builder.AddActors(new StringReader("MORDOR_ [MOR]\n"), "b"), Throws.InvalidOperationException);
        Assert.That(() => builder.Build(), Throws.InvalidOperationException);
        Assert.That(built.MatchActor(["MORDOR"], 0, out _), Is.Zero, "nothing reaches a dictionary once built");
        Assert.That(built.MatchActor(["GONDOR"], 0, out _), Is.EqualTo(1));
    }

    [Test]
    public void TwoPipelinesWithDifferentDictionariesLiveInOneProcess()
    {
        // The same name coded two ways by two dictionaries, each in its own pipeline, run side by side
        // on several threads; the default pipeline of the same process keeps the bundled dictionary.
        const string text = "Arnor attacked Rohan.";
        var east = new ActorDictionary.Builder().AddActors(new StringReader("ARNOR_ [ARN]\n"), "east").Build();
        var west = new ActorDictionary.Builder().AddActors(new StringReader("ARNOR_ [ARW]\n"), "west").Build();
        var eastern = NewsNlp.Pipeline.NewsPipelineBuilder.Build(new() { Actors = east });
        var western = NewsNlp.Pipeline.NewsPipelineBuilder.Build(new() { Actors = west });
        var standard = NewsNlp.Pipeline.NewsPipeline.CreateDefault();
        string ActorCodes(NewsNlp.Pipeline.NewsPipeline p) =>
            // With the bundled dictionary "Arnor" is nobody known, so no event may come out at all ("").
            string.Join(",", p.Process(text).Events.SingleOrDefault(e => e.Action.Lemma == "attack")?.Actor?.Codes ?? []);
        string before = ActorCodes(standard);
        var runs = Enumerable.Range(0, 16).AsParallel().Select(i => i % 2 == 0 ? ("east", ActorCodes(eastern)) : ("west", ActorCodes(western))).ToArray();
        Assert.That(runs.Where(r => r.Item1 == "east").Select(r => r.Item2), Is.All.EqualTo("cameo:ARN"));
        Assert.That(runs.Where(r => r.Item1 == "west").Select(r => r.Item2), Is.All.EqualTo("cameo:ARW"));
        Assert.That(ActorCodes(standard), Is.EqualTo(before).And.Not.Contain("ARN").And.Not.Contain("ARW"));
        Assert.That(BundledModels.EnglishEvents.Actors.MatchActor(["ARNOR"], 0, out _), Is.Zero, "the bundled dictionary is untouched");
    }

    [Test]
    public void TheEntryKnowsItsNameAndCodes()
    {
        Assert.That(Dictionary.MatchActor(["PRESIDENT", "VLADIMIR", "PUTIN", "SAID"], 0, out var entry), Is.EqualTo(3));
        Assert.That(entry!.Name, Is.EqualTo("Vladimir Putin"));
        Assert.That(entry.Codes, Has.Count.EqualTo(4));
        Assert.That(entry.IsAgent, Is.False);
    }
}
