namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp eval events --petrarch</c> on a records file written for the test.</summary>
[TestFixture]
public class EventEvalCommandTests : TempDirectoryTest
{
    [Test]
    public void AgreementIsCountedPerCategory()
    {
        File.WriteAllText(Path.Combine(Dir, "verbs.txt"), "---  RESTORE  [064]  ---\nRESTORE\n---  CRITICIZE  [111]  ---\nCRITICIZE\n");
        File.WriteAllText(Path.Combine(Dir, "actors.txt"), "ARNOR_ [ARN]\nGONDOR_ [GON]\n");
        File.WriteAllText(Path.Combine(Dir, "agents.txt"), "GOVERNMENT [~GOV]\n");
        File.WriteAllText(Path.Combine(Dir, "records.xml"), """
            <Validation>
            <Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile><Agentfile>agents.txt</Agentfile></Environment>
            <Sentences>
            <Sentence date="19950101" id="A-1" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>Arnor restored diplomatic ties with Gondor.</Text></Sentence>
            <Sentence date="19950101" id="A-2" category="AGENT"><EventCoding sourcecode="GONGOV" targetcode="ARN" eventcode="111"></EventCoding>
            <Text>The Gondor government criticized Arnor.</Text></Sentence>
            <Sentence date="19950101" id="A-3" category="AGENT"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
            <Text>The weather was fine in Arnor.</Text></Sentence>
            <Sentence date="19950101" id="A-4" category="NONE"><EventCoding noevents = "True"></EventCoding>
            <Text>The river ran through the valley.</Text></Sentence>
            </Sentences></Validation>
            """);
        var (code, output, err) = CliTests.Run("", false, "eval", "events", "--petrarch", Path.Combine(Dir, "records.xml"), "--show");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("4 sentences, 3 expected events"));
        Assert.That(output, Does.Match(@"DEMO\s+1\s+1\s+100\.0"));
        Assert.That(output, Does.Match(@"AGENT\s+2\s+1\s+50\.0"));
        Assert.That(output, Does.Match(@"all\s+3\s+2\s+66\.7"));
        Assert.That(output, Does.Contain("no-event records with no event: 1/1"));
        Assert.That(output, Does.Contain("A-3 [AGENT] expected ARN GON 111; got nothing"));
    }

    [Test]
    public void JudgedEventsGivePrecisionAndNewEventsAreListed()
    {
        File.WriteAllText(Path.Combine(Dir, "articles.jsonl"),
            "{\"id\":\"a1\",\"text\":\"Russia condemned the attack. Japan criticized China on Monday.\",\"published\":\"2024-06-17\"}\n");
        File.WriteAllText(Path.Combine(Dir, "judged.tsv"), "# comment\narticle\tactor\taction\ttarget\tverdict\tnote\na1\tRussia\tcondemned 111\tthe attack\twrong\ta note\n");
        var (code, output, err) = CliTests.Run("", false, "eval", "events", "--judged", Path.Combine(Dir, "judged.tsv"), "--show");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("2 events extracted; 1 judged by hand: 0 correct, 1 wrong; precision 0.0 %"));
        Assert.That(output, Does.Contain("1 events not judged yet"));
        Assert.That(output, Does.Contain("not judged: a1|Japan|criticized 111|China"));
        File.WriteAllText(Path.Combine(Dir, "bad.tsv"), "a1\tRussia\tcondemned 111\tthe attack\tmaybe\n");
        (code, _, err) = CliTests.Run("", false, "eval", "events", "--judged", Path.Combine(Dir, "bad.tsv"));
        Assert.That(code, Is.EqualTo(3));
        Assert.That(err, Does.Contain("bad.tsv:1"));
    }

    [Test]
    public void AMissingOrBrokenFileIsAnInputError()
    {
        var (code, _, err) = CliTests.Run("", false, "eval", "events", "--petrarch", Path.Combine(Dir, "missing.xml"));
        Assert.That(code, Is.EqualTo(3), err);
        File.WriteAllText(Path.Combine(Dir, "broken.xml"), "<Validation><Sentences>");
        (code, _, err) = CliTests.Run("", false, "eval", "events", "--petrarch", Path.Combine(Dir, "broken.xml"));
        Assert.That(code, Is.EqualTo(3));
        Assert.That(err, Does.Contain("broken.xml"));
    }
}
