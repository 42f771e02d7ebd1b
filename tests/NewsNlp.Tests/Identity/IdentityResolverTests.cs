using Newtonsoft.Json.Linq;
using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Identity;

/// <summary>The identity layer: who each mention and each coreference entity is, decided once and read by the events.</summary>
public class IdentityResolverTests
{
    private const string Article = "Russian President Vladimir Putin will visit North Korea on Tuesday. Putin will hold talks with Kim Jong Un in Pyongyang. "
        + "Kim Jong Un invited him last year.";

    private static readonly DateTimeOffset Published = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Document> Doc = new(() => NewsPipeline.CreateDefault().Process(Article, Published, "a"));

    private static int Mention(Document d, string text, int nth = 0) =>
        d.Entities.Select((e, i) => (e, i)).Where(x => x.e.Text == text).Skip(nth).First().i;

    [Test]
    public void EveryMentionHasAnIdentityAndOnePersonsMentionsShareOne()
    {
        var d = Doc.Value;
        Assert.That(d.Layers.HasFlag(DocumentLayers.Identity));
        Assert.That(d.Identities, Has.Count.EqualTo(d.Entities.Count));
        Assert.That(d.ClusterIdentities, Has.Count.EqualTo(d.EntityClusters.Count));
        var full = d.Identities[Mention(d, "Vladimir Putin")];
        var alias = d.Identities[Mention(d, "Putin")];
        Assert.That(full.Canonical, Is.EqualTo("Vladimir Putin"));
        Assert.That(alias.Canonical, Is.EqualTo("Vladimir Putin"), "the surname is the same person");
        Assert.That(alias.Codes, Is.EqualTo(full.Codes));
        Assert.That(full.Codes.Where(c => c.StartsWith("cameo:RUS", StringComparison.Ordinal)), Is.Not.Empty);
        Assert.That(full.Codes, Does.Contain("iso:RU"));
    }

    [Test]
    public void PlacesGetTheirCountryAndGeoNamesPlace()
    {
        var d = Doc.Value;
        var city = d.Identities[Mention(d, "Pyongyang")];
        Assert.That(city.Geo, Is.Not.Null);
        Assert.That(city.Geo!.CountryCode, Is.EqualTo("KP"));
        Assert.That(city.Codes, Does.Contain("iso:KP").And.Contain("geonames:" + city.Geo.GeoNamesId));
        var country = d.Identities[Mention(d, "North Korea")];
        Assert.That(country.Codes, Does.Contain("iso:KP"));
        Assert.That(country.Geo, Is.Null, "a country is a country, not a GeoNames town");
    }

    [Test]
    public void ACoreferenceEntityTakesTheIdentityOfItsNames()
    {
        var d = Doc.Value;
        int id = d.ClusterOf(d.Entities[Mention(d, "Putin")].Start, d.Entities[Mention(d, "Putin")].End) ?? -1;
        Assert.That(id, Is.GreaterThanOrEqualTo(0), "Putin is mentioned more than once");
        var cluster = d.ClusterIdentities[id];
        Assert.That(cluster.Canonical, Is.EqualTo("Vladimir Putin"));
        Assert.That(cluster.Codes, Does.Contain("iso:RU"));
        Assert.That(d.EntityClusters[id].Mentions.Select(m => m.Text), Does.Contain("him"), "the pronoun is part of the entity that carries the codes");
    }

    [Test]
    public void EventsReadTheirCodesFromTheIdentityLayer()
    {
        var d = Doc.Value;
        var visit = d.Events.First(e => e.Action.Lemma == "visit");
        var identity = d.Identities[Mention(d, "Vladimir Putin")];
        Assert.That(visit.Actor!.Canonical, Is.EqualTo(identity.Canonical));
        Assert.That(visit.Actor.Codes.Where(c => c.StartsWith("iso:", StringComparison.Ordinal)), Is.EqualTo(identity.Codes.Where(c => c.StartsWith("iso:", StringComparison.Ordinal))));
    }

    [Test]
    public void TheEventStageNeedsTheIdentityStage()
    {
        var stages = NewsPipelineBuilder.Stages(new() { Layers = NewsPipelineOptions.AllLayers & ~(DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations) });
        Assert.That(() => NewsPipeline.Create([.. stages, new EventExtractor(BundledModels.EnglishEvents)]), Throws.InstanceOf<Exception>().With.Message.Contains("Identity"));
        var pipeline = NewsPipeline.Create([.. stages, new IdentityResolver(BundledModels.EnglishEvents), new EventExtractor(BundledModels.EnglishEvents)]);
        var d = pipeline.Process(Article, Published, "a");
        Assert.That(d.Events.Select(e => e.ToString()), Is.EqualTo(Doc.Value.Events.Select(e => e.ToString())), "the same stages by hand give the default pipeline's events");
    }

    [Test]
    public void TheIdentityStageUsesTheCallersDictionary()
    {
        var own = new ActorDictionary.Builder().AddActors(new StringReader("VLADIMIR_PUTIN_ [ZZZGOV]\n"), "own").Build();
        var d = NewsPipelineBuilder.Build(new() { Actors = own }).Process(Article, Published, "a");
        Assert.That(d.Identities[Mention(d, "Vladimir Putin")].Codes, Is.EqualTo(new[] { "cameo:ZZZGOV" }));
        Assert.That(d.Identities[Mention(d, "Putin")].Codes, Is.EqualTo(new[] { "cameo:ZZZGOV" }));
        var standard = Doc.Value;
        Assert.That(standard.Identities.SelectMany(i => i.Codes), Does.Not.Contain("cameo:ZZZGOV"), "the default pipeline keeps the bundled dictionary");
    }

    [Test]
    public void IdentitiesAreInTheJsonAndSurviveTheRoundTrip()
    {
        var withText = new JsonOutputOptions { Include = JsonIncludes.Text };
        string json = DocumentJson.Serialize(Doc.Value, withText);
        var o = JObject.Parse(json);
        var putin = ((JArray)o["entities"]!).First(e => (string?)e["text"] == "Putin");
        Assert.That((string?)putin["canonical"], Is.EqualTo("Vladimir Putin"));
        Assert.That(putin["codes"]!.Select(c => (string?)c), Does.Contain("iso:RU"));
        var pyongyang = ((JArray)o["entities"]!).First(e => (string?)e["text"] == "Pyongyang");
        Assert.That((string?)pyongyang["geo"]!["country"], Is.EqualTo("KP"));
        var cluster = ((JArray)o["clusters"]!).First(c => (string?)c["name"] == "Vladimir Putin");
        Assert.That(cluster["codes"]!.Select(c => (string?)c), Does.Contain("iso:RU"));
        var back = DocumentJson.Deserialize(json);
        Assert.That(back.Layers.HasFlag(DocumentLayers.Identity));
        Assert.That(back.Identities.Select(i => i.ToString()), Is.EqualTo(Doc.Value.Identities.Select(i => i.ToString())));
        Assert.That(back.ClusterIdentities.Select(i => i.ToString()), Is.EqualTo(Doc.Value.ClusterIdentities.Select(i => i.ToString())));
        Assert.That(DocumentJson.Serialize(back, withText), Is.EqualTo(json));
    }

    [Test]
    public void TheLayerIsCheckedWhenWritten()
    {
        var d = new Document("Putin spoke.");
        d.SetEntities([new EntityMention(0, 5, "Putin", "PERSON", EntityType.Person, 1)]);
        Assert.That(() => d.SetIdentities([], []), Throws.ArgumentException, "one identity per mention");
        Assert.That(() => d.SetIdentities([null!], []), Throws.ArgumentException);
        d.SetIdentities([new EntityIdentity("Vladimir Putin", ["iso:RU"], null)], []);
        Assert.That(() => d.SetIdentities([EntityIdentity.None], []), Throws.InvalidOperationException, "written once");
        Assert.That(d.Identities[0].ToString(), Is.EqualTo("Vladimir Putin [iso:RU]"));
        Assert.That(EntityIdentity.None.IsEmpty);
    }
}
