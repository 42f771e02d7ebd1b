using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Serialization;

[TestFixture]
public class DocumentJsonTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    // Without the recognizer, so that tests can write their own entity layer.
    private static readonly NewsPipeline Foundation = NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new NewsNlp.Sentences.SentenceSplitter());
    private const string Text = "Putin won't visit Seoul. \"We'll see,\" he said on Jan. 5.";

    [Test]
    public void DefaultOutputHasTheSchemaFields()
    {
        var doc = Pipeline.Process(Text, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), "a1");
        var o = JObject.Parse(DocumentJson.Serialize(doc));
        Assert.That(o.Properties().Select(p => p.Name), Is.EqualTo(new[] { "id", "published", "zones", "entities", "clusters", "events", "relations" }));
        Assert.That((string?)o["id"], Is.EqualTo("a1"));
        Assert.That((string?)o["published"], Is.EqualTo("2024-06-17"));
    }

    [Test]
    public void IncludedTokensCarryOffsetsKindAndWords()
    {
        var doc = Pipeline.Process(Text);
        var o = JObject.Parse(DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences }));
        var tokens = (JArray)o["tokens"]!;
        Assert.That(tokens, Has.Count.EqualTo(doc.Tokens.Count));
        foreach (JObject t in tokens.Cast<JObject>())
            Assert.That(Text[(int)t["start"]!..(int)t["end"]!], Is.EqualTo((string?)t["text"]));
        var wont = tokens.Cast<JObject>().Single(t => (string?)t["text"] == "won't");
        Assert.That(((JArray)wont["words"]!).Select(w => (string?)w["text"]), Is.EqualTo(new[] { "wo", "n't" }));
        Assert.That(o["sentences"]!.Count(), Is.EqualTo(2));
    }

    [Test]
    public void RoundTripIsByteForByte()
    {
        var doc = Foundation.Process(Text, new DateTimeOffset(2024, 6, 17, 15, 30, 0, TimeSpan.FromHours(2)), "rt");
        doc.SetEntities([new EntityMention(0, 5, "Putin", "PERSON", EntityType.Person, 0.9)]);
        var options = new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text };
        string first = DocumentJson.Serialize(doc, options);
        var back = DocumentJson.Deserialize(first);
        string second = DocumentJson.Serialize(back, options);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(back.TokenSpan.ToArray(), Is.EqualTo(doc.TokenSpan.ToArray()));
        Assert.That(back.WordSpan.ToArray(), Is.EqualTo(doc.WordSpan.ToArray()));
        Assert.That(back.Published, Is.EqualTo(doc.Published));
    }

    [TestCase("{\"text\":\"abc\",\"entities\":[{\"text\":\"abcdef\",\"label\":\"ORG\",\"type\":\"ORGANIZATION\",\"start\":0,\"end\":6}]}")]
    [TestCase("{\"text\":\"abc\",\"tokens\":[1,2]}")]
    [TestCase("{\"text\":\"abc\",\"tokens\":[{\"start\":\"x\",\"end\":1,\"kind\":\"word\"}]}")]
    [TestCase("{\"text\":\"abc\",\"events\":[{\"sentence\":0,\"start\":0,\"end\":1}]}")]
    [TestCase("{\"text\":\"abc\",\"published\":\"yesterday\"}")]
    public void AWellFormedJsonThatBreaksTheSchemaFailsClearly(string json) =>
        Assert.Throws<Newtonsoft.Json.JsonException>(() => DocumentJson.Deserialize(json));

    [Test]
    public void ReadingWithoutTextFailsClearly()
    {
        var e = Assert.Throws<Newtonsoft.Json.JsonException>(() => DocumentJson.Deserialize("{\"id\":\"x\"}"));
        Assert.That(e!.Message, Does.Contain("text"));
    }

    [Test]
    public void EveryEmittedPropertyIsDeclaredInTheSchema()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "schema", "newsnlp-document.schema.json")));
        var doc = Foundation.Process(Text, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), "s");
        doc.SetEntities([new EntityMention(0, 5, "Putin", "PERSON", EntityType.Person)]);
        var o = JObject.Parse(DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text }));
        CheckDeclared(o, schema, schema, "$");
    }

    private static void CheckDeclared(JToken value, JObject schemaNode, JObject root, string path)
    {
        if (schemaNode["$ref"] is JValue r)
        {
            var name = ((string)r!).Split('/').Last();
            schemaNode = (JObject)root["$defs"]![name]!;
        }
        if (value is JObject obj)
        {
            var props = (JObject?)schemaNode["properties"];
            Assert.That(props, Is.Not.Null, $"{path}: schema declares no properties");
            foreach (var p in obj.Properties())
            {
                Assert.That(props!.ContainsKey(p.Name), Is.True, $"{path}.{p.Name} is not declared in the schema");
                CheckDeclared(p.Value, (JObject)props[p.Name]!, root, $"{path}.{p.Name}");
            }
            foreach (var req in (JArray?)schemaNode["required"] ?? [])
                Assert.That(obj.ContainsKey((string)req!), Is.True, $"{path}: required '{req}' missing");
        }
        else if (value is JArray arr && schemaNode["items"] is JObject items)
        {
            foreach (var item in arr) CheckDeclared(item, items, root, path + "[]");
        }
    }
}

/// <summary>Finds the repository root (the folder with NewsNlp.sln) from the test's output folder.</summary>
internal static class RepoRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NewsNlp.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found above the test folder.");
    }
}
