using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>Hostile text through every stage (syntax, entities, dates, events, JSON), not just the tokenizer.</summary>
public class HostileDocumentTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static readonly string[] Fixed =
    [
        "a\0b", "\uD800", "x\uDC00y", "😀\uD83D", "\u0007\u001B[31mred\u001B[0m", "<script>alert('x')</script>",
        "١٢٣ مرحبا 你好。こんにちは", "'''''\"\"\"\"((((", "....!!!!????----", "on on on Tuesday Tuesday 13/13/2023 2023-02-31 Feb. 30",
        "said said said visit visit, 99/99/9999 25:61 p.m. Q9 2024 the 20th of Nevember",
        "MOSCOW — ADVERTISEMENT Share this article Share on Facebook", string.Concat(Enumerable.Repeat("Putin visited ", 2000)),
    ];

    private const string Punctuation = " .,;:!?-/'\"()";

    public static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var s in Fixed) yield return new TestCaseData(s).SetArgDisplayNames(s.Length > 30 ? s[..30] + "…" : s);
        var rng = new Random(20261126);
        for (int i = 0; i < 40; i++)
        {
            // Random UTF-16 units, weighted towards what breaks parsers: letters, digits, punctuation, controls, surrogates.
            var chars = new char[rng.Next(1, 400)];
            for (int k = 0; k < chars.Length; k++)
                chars[k] = rng.Next(6) switch
                {
                    0 => (char)rng.Next(0xD800, 0xE000),
                    1 => (char)rng.Next(0, 0x20),
                    2 => Punctuation[rng.Next(Punctuation.Length)],
                    3 => (char)rng.Next('0', '9' + 1),
                    _ => (char)rng.Next('A', 'z' + 1),
                };
            yield return new TestCaseData(new string(chars)).SetArgDisplayNames($"random {i}");
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void EveryLayerStaysInsideTheText(string text)
    {
        var doc = Pipeline.Process(text, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero));
        Assert.That(doc.Layers.HasFlag(DocumentLayers.Events), Is.True, "the default pipeline ends with the event stage");
        int n = text.Length;
        Assert.That(doc.Syntax, Has.Count.EqualTo(doc.Words.Count));
        foreach (var s in doc.Syntax!) Assert.That(s.Head, Is.InRange(-1, doc.Words.Count - 1));
        foreach (var e in doc.Entities) Assert.That(e.Start >= 0 && e.Start < e.End && e.End <= n && text[e.Start..e.End] == e.Text, Is.True, e.ToString());
        foreach (var d in doc.Dates) Assert.That(d.Start >= 0 && d.Start < d.End && d.End <= n && d.Value.Length > 0, Is.True, d.ToString());
        foreach (var e in doc.Events) Assert.That(e.Start >= 0 && e.End <= n && e.Action.End <= n, Is.True);
        var json = DocumentJson.Serialize(doc, new JsonOutputOptions { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text });
        Assert.That(DocumentJson.Deserialize(json).Text, Is.EqualTo(text));
    }
}
