using Newtonsoft.Json.Linq;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Serialization;

/// <summary>Polarity and modality are enums in C# and the schema's lower-case strings in JSON, both ways.</summary>
[TestFixture]
public class EventLabelJsonTests
{
    private static string[] SchemaEnum(string property)
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "schema", "newsnlp-document.schema.json")));
        return schema.SelectTokens($"$..{property}.enum").Single().Values<string>().Select(v => v!).ToArray();
    }

    [Test]
    public void EveryValueHasTheSchemasName()
    {
        Assert.That(Enum.GetValues<Polarity>().Select(DocumentJson.Name), Is.EquivalentTo(SchemaEnum("polarity")));
        Assert.That(Enum.GetValues<Modality>().Select(DocumentJson.Name), Is.EquivalentTo(SchemaEnum("modality")));
    }

    [Test]
    public void AnEventReadsBackWithItsEnums()
    {
        var doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process("Russia did not attack Ukraine. Putin will visit Pyongyang.",
            new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
        string json = DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Text });
        Assert.That(json, Does.Contain("\"polarity\":\"negative\"").And.Contain("\"modality\":\"planned\""));
        var back = DocumentJson.Deserialize(json);
        Assert.That(back.Events.Select(e => (e.Polarity, e.Modality)), Is.EqualTo(doc.Events.Select(e => (e.Polarity, e.Modality))));
        Assert.That(DocumentJson.Serialize(back, new JsonOutputOptions { Include = JsonIncludes.Text }), Is.EqualTo(json));
    }

    [Test]
    public void TheReciprocalFlagIsWrittenAndReadBack()
    {
        var doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process("India and Pakistan signed a trade agreement on Monday. Russia attacked Ukraine on Tuesday.",
            new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
        Assert.That(doc.Events.Select(e => (e.Action.Lemma, e.Reciprocal)), Does.Contain(("sign", true)).And.Contain(("attack", false)));
        string json = DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Text });
        Assert.That(json, Does.Contain("\"reciprocal\":true").And.Contain("\"reciprocal\":false"));
        var back = DocumentJson.Deserialize(json);
        Assert.That(back.Events.Select(e => e.Reciprocal), Is.EqualTo(doc.Events.Select(e => e.Reciprocal)));
        // Older files without the field read as one-way events.
        Assert.That(DocumentJson.Deserialize(json.Replace("\"reciprocal\":true,", "")).Events.Select(e => e.Reciprocal), Is.All.False);
    }

    [Test]
    public void ANameOutsideTheSchemaIsRefused()
    {
        var doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process("Putin will visit Pyongyang.", new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
        string json = DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Text });
        Assert.That(json, Does.Contain("\"modality\":\"planned\""));
        var ex = Assert.Catch(() => DocumentJson.Deserialize(json.Replace("\"modality\":\"planned\"", "\"modality\":\"maybe\"")));
        Assert.That(ex!.Message, Does.Contain("modality"));
    }
}
