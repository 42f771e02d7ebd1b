using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Events;

/// <summary>Events read the zones layer: headline and body give events, captions only dated ones, the rest none.</summary>
public class ZonedEventTests
{
    private static readonly DateTimeOffset Monday = new(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);

    // Every stage of the default pipeline but the zoner: the tests write the zones themselves.
    private static readonly NewsPipeline AfterZoning = NewsPipeline.Create(NewsPipeline.CreateDefault().Stages.Where(s => s is not Zoner));

    private static readonly (string Line, ZoneKind Kind, int RepeatOf)[] Page =
    [
        ("Putin to visit North Korea", ZoneKind.Headline, -1),
        ("By Jane Smith", ZoneKind.Byline, -1),
        ("Russian President Vladimir Putin will visit North Korea on Tuesday, the Kremlin said.", ZoneKind.Body, -1),
        ("Kim Jong Un met Putin in Vostochny in September 2023.", ZoneKind.Caption, -1),
        ("Putin praised Kim during the talks.", ZoneKind.Caption, -1),
        ("Share this article", ZoneKind.Furniture, -1),
        ("Russia attacked Ukraine with drones.", ZoneKind.Furniture, -1),
        ("Kim Jong Un met Putin in Vostochny in September 2023.", ZoneKind.Caption, 3),
        ("Police arrested two protesters in Seoul.", ZoneKind.Body, -1),
    ];

    private static Document Zoned()
    {
        string text = string.Join("\n", Page.Select(p => p.Line));
        var zones = new Zone[Page.Length];
        for (int i = 0, at = 0; i < Page.Length; at += Page[i].Line.Length + 1, i++)
            zones[i] = new Zone(at, at + Page[i].Line.Length, Page[i].Kind, Page[i].RepeatOf);
        var doc = new Document(text, Monday, "zoned");
        doc.SetZones(zones);
        AfterZoning.Process(doc);
        return doc;
    }

    [Test]
    public void HeadlineAndBodyGiveEventsCaptionsOnlyDatedOnesFurnitureAndRepeatsNone()
    {
        var doc = Zoned();
        var byZone = doc.Events.Select(e => (Zone: doc.ZoneAt(e.Action.Start)!.Value, Event: e)).ToList();
        Assert.That(byZone, Has.All.Matches<(Zone Zone, NewsEvent Event)>(x => x.Event.Zone == x.Zone.Kind));
        Assert.That(byZone.Select(x => x.Zone.Kind), Has.None.EqualTo(ZoneKind.Furniture).And.None.EqualTo(ZoneKind.Byline));
        Assert.That(byZone.Where(x => x.Zone.IsRepeat), Is.Empty, "a caption printed twice gives its events once");
        Assert.That(doc.Events.Select(e => e.Action.Lemma), Does.Contain("visit").And.Contain("arrest"));
        var captions = byZone.Where(x => x.Zone.Kind == ZoneKind.Caption).Select(x => x.Event).ToList();
        Assert.That(captions, Has.Count.EqualTo(1), "the dated caption's meeting; not the undated praise");
        Assert.That(captions[0].Action.Lemma, Is.EqualTo("meet"));
        Assert.That(captions[0].Date!.Value, Is.EqualTo("2023-09"));
        Assert.That(doc.Events.Select(e => e.Action.Lemma), Does.Not.Contain("attack").And.Not.Contain("praise"));
    }

    [Test]
    public void EntitiesAreStillFoundInEveryZone()
    {
        var doc = Zoned();
        Assert.That(doc.Entities.Where(e => doc.ZoneAt(e.Start)?.Kind == ZoneKind.Byline).Select(e => e.Text), Does.Contain("Jane Smith"));
        Assert.That(doc.Entities.Where(e => doc.ZoneAt(e.Start)?.Kind == ZoneKind.Furniture).Select(e => e.Text), Does.Contain("Ukraine"));
    }

    [Test]
    public void ZonesAndEventZonesAreInTheJsonAndReadBack()
    {
        var doc = Zoned();
        var options = new JsonOutputOptions { Include = JsonIncludes.Text | JsonIncludes.Tokens | JsonIncludes.Sentences };
        string json = DocumentJson.Serialize(doc, options);
        var o = JObject.Parse(json);
        Assert.That(o["zones"]!.Select(z => (string?)z["kind"]), Is.EqualTo(Page.Select(p => p.Kind.ToString().ToLowerInvariant())));
        Assert.That((int?)o["zones"]![7]!["repeat_of"], Is.EqualTo(3));
        Assert.That(o["events"]!.Select(e => (string?)e["zone"]), Has.All.AnyOf("headline", "body", "caption"));
        Assert.That(DocumentJson.Serialize(DocumentJson.Deserialize(json), options), Is.EqualTo(json));
    }

    [Test]
    public void TheDefaultPipelineZonesAScrapedPageAndTakesNoEventFromItsFurniture()
    {
        const string Text = """
            Home | World | Business | Sport | Sign in
            Putin to visit North Korea for talks with Kim
            By Jane Smith, Reuters
            SEOUL, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday for talks with leader Kim Jong Un, the Kremlin said on Monday.
            Kim Jong Un and Vladimir Putin in Vostochny, 13 September 2023. Photo: Reuters
            The visit comes as the United States accuses Pyongyang of supplying Russia with artillery shells for its war in Ukraine.
            Kim Jong Un and Vladimir Putin in Vostochny, 13 September 2023. Photo: Reuters
            Share this article
            Related: Russia attacks Ukraine with drones
            Sign up for our newsletter
            """;
        var doc = NewsPipeline.CreateDefault().Process(Text, Monday);
        Assert.That(doc.Zones, Is.Not.Empty);
        foreach (var e in doc.Events)
        {
            var zone = doc.ZoneAt(e.Action.Start);
            Assert.That(zone, Is.Not.Null);
            Assert.That(zone!.Value.Kind, Is.AnyOf(ZoneKind.Headline, ZoneKind.Body, ZoneKind.Caption), e.ToString());
            Assert.That(zone.Value.IsRepeat, Is.False, e.ToString());
            Assert.That(e.Zone, Is.EqualTo(zone.Value.Kind));
        }
        Assert.That(doc.Events.Select(e => e.Action.Lemma), Does.Contain("visit"));
    }
}
