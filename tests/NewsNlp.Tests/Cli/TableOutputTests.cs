using NewsNlp.Cli.Output;
using Newtonsoft.Json.Linq;
using Parquet.Serialization;

namespace NewsNlp.Tests.Cli;

/// <summary><c>extract --format csv|parquet</c>: the analytics tables, read back.</summary>
[TestFixture]
public class TableOutputTests
{
    private string _dir = "";
    private string _input = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsnlp-tables-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _input = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllText(_input,
            "{\"id\":\"a1\",\"published\":\"2024-06-17\",\"text\":\"Putin will visit Pyongyang on Tuesday, the Kremlin said.\"}\n"
            + "{\"id\":\"a2\",\"published\":\"2024-06-17\",\"text\":\"Inflation averaged 4% between 2019 and 2021, the \\\"central\\\" bank said.\"}\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void ParquetTablesHoldTheSameEntitiesAsJson()
    {
        string output = Path.Combine(_dir, "out");
        var (code, _, err) = CliTests.Run("", false, "extract", _input, "--format", "parquet", "--output", output, "--quiet");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Is.EquivalentTo(new[] { "entities.parquet", "events.parquet", "relations.parquet" }));
        var rows = ParquetSerializer.DeserializeAsync<EntityRow>(Path.Combine(output, "entities.parquet")).GetAwaiter().GetResult().Data.ToList();

        var (_, json, _) = CliTests.Run("", false, "extract", _input, "--format", "jsonl", "--quiet");
        var expected = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse)
            .SelectMany(o => o["entities"]!.Select(e => ((string?)o["id"], (string?)e["text"], (string?)e["value"]))).ToList();
        Assert.That(rows.Select(r => (r.DocumentId, (string?)r.Text, r.Value)), Is.EqualTo(expected));
        var tuesday = rows.Single(r => r.Text == "Tuesday");
        Assert.That((tuesday.DocumentId, tuesday.Type, tuesday.Value, tuesday.Anchor), Is.EqualTo(("a1", "DATE", "2024-06-18", "publish-date")));
        var range = rows.Single(r => r.Value == "2019");
        Assert.That((range.RangeStart, range.RangeEnd), Is.EqualTo(("2019", "2021")));
    }

    [Test]
    public void CsvGoesToStandardOutputOrToFiles()
    {
        var (code, output, err) = CliTests.Run("", false, "extract", _input, "--format", "csv", "--quiet");
        Assert.That(code, Is.EqualTo(0), err);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("document_id,start,end,text,label,type,confidence,value,kind,granularity,anchor,range_start,range_end,zone,cluster,canonical,codes,geonames_id,lat,lon"));
        Assert.That(lines.Skip(1), Has.Some.StartsWith("a1,").And.Contains(",DATE,").And.Contains("2024-06-18"));
        Assert.That(lines.Skip(1), Has.Some.Contains(",Pyongyang,").And.Contains("iso:KP").And.Contains("geonames:"), "place rows carry the identity layer's codes");

        string dir = Path.Combine(_dir, "csv");
        (code, _, err) = CliTests.Run("", false, "extract", _input, "--format", "csv", "--output", dir, "--quiet");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(Path.Combine(dir, "events.csv")), Does.StartWith("document_id,actor,actor_type,action,lemma,cameo"));
        Assert.That(File.ReadAllLines(Path.Combine(dir, "entities.csv")), Has.Length.EqualTo(lines.Length));
    }

    [Test]
    public void ParquetWithoutAnOutputFolderIsAUsageError()
    {
        var (code, _, err) = CliTests.Run("", false, "extract", _input, "--format", "parquet");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--output"));
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"no\"", "\"say \"\"no\"\"\"")]
    public void CsvFieldsAreQuotedTheRfc4180Way(string text, string field)
    {
        var w = new StringWriter();
        TableRows.WriteCsv(w, [new RelationRow { DocumentId = "d", Type = "t", Subject = text, Object = "o" }]);
        Assert.That(w.ToString().Split("\r\n")[1], Is.EqualTo($"d,t,{field},o,"));
    }
}
