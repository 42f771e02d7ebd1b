using System.Text;
using Newtonsoft.Json.Linq;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Worker;

namespace NewsNlp.Tests.Worker;

/// <summary>The event messages a worker cuts out of a document's JSON equal the document's events, with its id first.</summary>
[TestFixture]
public class EventMessageTests
{
    private static readonly Lazy<NewsPipeline> Pipeline = new(NewsPipeline.CreateDefault);

    [TestCase("SEOUL, June 17 (Reuters) - Police arrested two protesters in Seoul on Sunday. Russian President Vladimir Putin will visit North Korea on Tuesday.", "a1")]
    // Braces, brackets, quotes and the property name itself inside the text (so inside JSON strings).
    [TestCase("KABUL, June 3 - \"{[\"events\":[}]\" said a banner. Taliban fighters attacked a convoy near Kabul on Monday, police said \\ {.", "id \"with\" {quotes}")]
    [TestCase("Nothing happened.", "calm")]
    public void EventMessagesAreTheDocumentsEvents(string text, string id)
    {
        var doc = Pipeline.Value.Process(text, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), id);
        string json = DocumentJson.Serialize(doc);
        var messages = WorkerRun.EventMessages(json, id).Select(m => JObject.Parse(Encoding.UTF8.GetString(m))).ToList();
        var expected = ((JArray)JObject.Parse(json)["events"]!).Cast<JObject>().ToList();
        Assert.That(messages, Has.Count.EqualTo(doc.Events.Count));
        Assert.That(doc.Events, id == "calm" ? Is.Empty : Is.Not.Empty, "the case tests what it means to");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.That(messages[i].Properties().First().Name, Is.EqualTo("document"));
            Assert.That((string?)messages[i]["document"], Is.EqualTo(id));
            messages[i].Remove("document");
            Assert.That(JToken.DeepEquals(messages[i], expected[i]), Is.True, $"event {i}: {messages[i]} vs {expected[i]}");
        }
    }
}
