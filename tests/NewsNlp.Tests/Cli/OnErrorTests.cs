using Newtonsoft.Json.Linq;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>
/// <c>extract --on-error fail|skip</c>: one bad JSON Lines record never loses the good ones before it,
/// and the JSON that was written stays valid (issue 14, part 2).
/// </summary>
[TestFixture]
public class OnErrorTests : TempDirectoryTest
{
    private static string Line(int i) =>
        new JObject { ["id"] = $"d{i}", ["text"] = string.Concat(Enumerable.Repeat("Putin met Kim in Pyongyang. ", i % 7 + 1)) }.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>Lines 1..<paramref name="count"/>, ids d1.., with the given lines replaced by bad ones.</summary>
    private string Jsonl(int count, Dictionary<int, string> bad)
    {
        string path = Path.Combine(Dir, "in.jsonl");
        File.WriteAllLines(path, Enumerable.Range(1, count).Select(i => bad.GetValueOrDefault(i) ?? Line(i)));
        return path;
    }

    private static IEnumerable<string> Ids(int from, int to, params int[] except) =>
        Enumerable.Range(from, to - from + 1).Where(i => !except.Contains(i)).Select(i => $"d{i}");

    private static List<string?> JsonlIds(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (string?)JObject.Parse(l)["id"]).ToList();

    [Test]
    public void GoodBadGoodWritesTheGoodRecordBeforeTheBadLine()
    {
        string path = Jsonl(3, new() { [2] = "not json" });
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--format", "jsonl");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(JsonlIds(output), Is.EqualTo(new[] { "d1" }));
        Assert.That(err.Trim(), Does.StartWith($"newsnlp: {path}:2: bad JSON"));
    }

    [Test]
    public void HundredLinesWithLineFiftyBadGiveAValidArrayOfTheFortyNineBefore()
    {
        string path = Jsonl(100, new() { [50] = "{\"id\":\"d50\",\"text\":" });
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--threads", "2");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(JArray.Parse(output).Select(d => (string?)d["id"]), Is.EqualTo(Ids(1, 49)), "every good record, in a closed array");
        Assert.That(err, Does.Contain($"{path}:50:"));
    }

    [Test]
    public void HundredLinesWithLineFiftyBadGiveTheFortyNineBeforeAsJsonLines()
    {
        string path = Jsonl(100, new() { [50] = "{\"id\":\"d50\"}" });
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--format", "jsonl", "--threads", "3");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(JsonlIds(output), Is.EqualTo(Ids(1, 49)));
        Assert.That(err, Does.Contain($"{path}:50: the object has no string \"text\""));
    }

    [Test]
    public void CsvTablesHoldEveryDocumentBeforeTheBadLine()
    {
        string path = Jsonl(30, new() { [20] = "{\"text\":\"x\",\"published\":\"someday\"}" });
        string outDir = Path.Combine(Dir, "tables");
        var (code, _, err) = CliTests.Run("", false, "extract", path, "--format", "csv", "--output", outDir);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(err, Does.Contain($"{path}:20:"));
        foreach (var table in new[] { "entities", "events", "relations" })
            Assert.That(File.Exists(Path.Combine(outDir, table + ".csv")), table);
        var docIds = File.ReadAllLines(Path.Combine(outDir, "entities.csv")).Skip(1).Select(l => l.Split(',')[0].Trim('"')).Distinct();
        Assert.That(docIds, Is.EqualTo(Ids(1, 19)));
    }

    [Test]
    public void SkipReportsEveryBadLineGoesOnAndExitsWithThree()
    {
        string path = Jsonl(100, new() { [10] = "not json", [50] = "{\"id\":\"d50\"}", [77] = "{\"text\":\"x\",\"published\":\"someday\"}" });
        var (code, output, err) = CliTests.Run("", false, "extract", path, "--on-error", "skip");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(JArray.Parse(output).Select(d => (string?)d["id"]), Is.EqualTo(Ids(1, 100, 10, 50, 77)));
        var lines = err.Trim().Split('\n');
        Assert.That(lines[0], Does.StartWith($"newsnlp: {path}:10: bad JSON"));
        Assert.That(lines[1], Does.StartWith($"newsnlp: {path}:50: the object has no string \"text\""));
        Assert.That(lines[2], Does.StartWith($"newsnlp: {path}:77:"));
        Assert.That(lines[^1], Is.EqualTo("newsnlp: skipped 3 bad input record(s)"));
    }

    [Test]
    public void SkipGoesOnPastAMissingFile()
    {
        string good = Jsonl(2, []);
        string missing = Path.Combine(Dir, "missing.jsonl");
        var (code, output, err) = CliTests.Run("", false, "extract", missing, good, "--format", "jsonl", "--on-error", "skip");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(JsonlIds(output), Is.EqualTo(new[] { "d1", "d2" }));
        Assert.That(err, Does.Contain($"{missing}: no such file or folder"));
    }

    [Test]
    public void SkipWithoutBadInputExitsWithZero()
    {
        var (code, output, err) = CliTests.Run("", false, "extract", Jsonl(3, []), "--format", "jsonl", "--on-error", "skip");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        Assert.That(JsonlIds(output), Is.EqualTo(Ids(1, 3)));
    }

    [Test]
    public void OnErrorTakesFailOrSkip()
    {
        var (code, _, err) = CliTests.Run("", false, "extract", Jsonl(1, []), "--on-error", "ignore");
        Assert.That(code, Is.EqualTo(CliMain.ExitUsage));
        Assert.That(err, Does.Contain("--on-error must be fail or skip"));
    }

    [Test]
    public void HelpDocumentsOnErrorAndTheExitCodes()
    {
        var (_, output, _) = CliTests.Run("", false, "--help");
        Assert.That(output, Does.Contain("--on-error MODE").And.Contain("141 standard output closed").And.Contain("3 bad input"));
    }
}
