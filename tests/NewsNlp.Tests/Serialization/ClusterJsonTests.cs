using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Serialization;

/// <summary>The entity list in JSON: "clusters", the "cluster" ids of entities and event participants, the schema, the round trip.</summary>
public class ClusterJsonTests
{
    private const string Article = "Russian President Vladimir Putin will visit North Korea on Tuesday. Putin will hold talks with Kim Jong Un in Pyongyang. "
        + "Kim Jong Un invited him last year.";

    private static readonly Lazy<Document> Doc = new(() => NewsPipeline.CreateDefault().Process(Article, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), "a"));

    [Test]
    public void ClustersListEachEntityWithItsMentionsAndEntitiesPointAtThem()
    {
        var o = JObject.Parse(DocumentJson.Serialize(Doc.Value));
        var clusters = (JArray)o["clusters"]!;
        var putin = clusters.Single(c => (string?)c["name"] == "Vladimir Putin");
        Assert.That((string?)putin["type"], Is.EqualTo("PERSON"));
        Assert.That(putin["mentions"]!.Select(m => (string?)m["text"]), Does.Contain("Putin"));
        foreach (var c in clusters)
            foreach (var m in (JArray)c["mentions"]!)
                Assert.That(Article[(int)m["start"]!..(int)m["end"]!], Is.EqualTo((string?)m["text"]), "mention offsets index the text");
        int putinId = (int)putin["id"]!;
        var entities = (JArray)o["entities"]!;
        Assert.That(entities.Where(e => (string?)e["text"] is "Vladimir Putin" or "Putin").Select(e => (int?)e["cluster"]), Is.All.EqualTo(putinId));
        Assert.That(entities.Where(e => (string?)e["text"] == "Russian").Select(e => e["cluster"]!.Type), Is.All.EqualTo(JTokenType.Null),
            "the nationality inside 'Russian President Vladimir Putin' is not Putin");
        var actors = ((JArray)o["events"]!).Select(e => e["actor"]).Where(a => a is JObject && (string?)a["canonical"] == "Vladimir Putin").ToList();
        Assert.That(actors, Is.Not.Empty);
        Assert.That(actors.Select(a => (int?)a!["cluster"]), Is.All.EqualTo(putinId), "events point at the entity id");
    }

    [Test]
    public void ClustersSurviveTheRoundTrip()
    {
        var withText = new JsonOutputOptions { Include = JsonIncludes.Text };
        var back = DocumentJson.Deserialize(DocumentJson.Serialize(Doc.Value, withText));
        Assert.That(back.EntityClusters.Select(c => (c.Id, c.Canonical, c.Type, string.Join("|", c.Mentions.Select(m => $"{m.Start}:{m.End}:{m.Kind}")))),
            Is.EqualTo(Doc.Value.EntityClusters.Select(c => (c.Id, c.Canonical, c.Type, string.Join("|", c.Mentions.Select(m => $"{m.Start}:{m.End}:{m.Kind}"))))));
        Assert.That(JObject.Parse(DocumentJson.Serialize(back, withText))["clusters"]!.ToString(), Is.EqualTo(JObject.Parse(DocumentJson.Serialize(Doc.Value, withText))["clusters"]!.ToString()));
        Assert.Throws<Newtonsoft.Json.JsonException>(() => DocumentJson.Deserialize(
            "{\"text\":\"Putin met him.\",\"clusters\":[{\"id\":0,\"name\":\"Putin\",\"type\":\"PERSON\",\"mentions\":[{\"text\":\"Putin\",\"start\":0,\"end\":5,\"kind\":\"alias\"}]}]}"));
    }

    [Test]
    public void ASpanGetsTheClusterOfTheMentionEndingWithItOrInsideIt()
    {
        var d = new Document("Russian President Vladimir Putin met him.");
        d.SetEntityClusters([new EntityCluster(0, "Vladimir Putin", EntityType.Person,
            [new ClusterMention(0, 32, "Russian President Vladimir Putin", MentionKind.Name), new ClusterMention(37, 40, "him", MentionKind.Pronoun)])]);
        Assert.That(d.ClusterOf(18, 32), Is.EqualTo(0), "the name at the phrase's end");
        Assert.That(d.ClusterOf(37, 40), Is.EqualTo(0));
        Assert.That(d.ClusterOf(0, 7), Is.Null, "'Russian' is not Putin");
        Assert.That(d.ClusterOf(33, 36), Is.Null, "'met' is nobody");
        Assert.That(new Document("x").ClusterOf(0, 1), Is.Null, "no coreference layer, no cluster");
    }
}
