using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Zoning;

/// <summary>The zoning stage: blocks and offsets, repeats, rules, sentences inside zones, hostile input.</summary>
public class ZonerTests
{
    private static readonly Lazy<Zoner> Tiny = new(() => new Zoner(TinyPages.Train()));

    [Test]
    public void ZonesAreTheTrimmedNonBlankLinesWithExactOffsets()
    {
        string text = "  Home \r\nWorld\n\n\tCouncil approves budget after long debate\u2028The city council approved the new budget on Monday.\r\n\n";
        var zones = Tiny.Value.FindZones(text);
        Assert.That(zones.Select(z => text[z.Start..z.End]), Is.EqualTo(new[]
        {
            "Home", "World", "Council approves budget after long debate", "The city council approved the new budget on Monday.",
        }));
        Assert.That(zones.Select(z => z.RepeatOf), Is.All.EqualTo(-1));
        Assert.That(zones.Select(z => z.Confidence), Is.All.InRange(0f, 1f));
    }

    [Test]
    public void TheTinyModelLearnsNavigationHeadlineAndBody()
    {
        var page = TinyPages.Pages()[1];
        var zones = Tiny.Value.FindZones(string.Join('\n', page.Lines));
        var kinds = zones.Select(z => z.Kind).ToArray();
        Assert.That(kinds[0], Is.EqualTo(ZoneKind.Furniture));
        Assert.That(kinds.Count(k => k == ZoneKind.Body), Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void ABlockPrintedTwiceRepeatsTheFirst()
    {
        string text = "Share\nThe minister resigned on Friday.\nShare\nPolice said nothing.\nShare\nShare \n";
        var zones = Tiny.Value.FindZones(text);
        Assert.That(zones.Select(z => z.RepeatOf), Is.EqualTo(new[] { -1, -1, 0, -1, 0, 0 }));
        Assert.That(zones[2].IsRepeat, Is.True);
    }

    [Test]
    public void HardWrappedParagraphsAreOneBlockAndScrapedLinesAreNot()
    {
        string wrapped = "The city council approved the new budget on Monday after a long\n"
            + "debate that lasted well into the night, officials said on Tuesday\n"
            + "morning in a statement to reporters.\n\n"
            + "Critics argued that the measure was rushed and that several members\n"
            + "of the council had not been given the time to read the whole plan.\n";
        var zones = Tiny.Value.FindZones(wrapped);
        Assert.That(zones, Has.Length.EqualTo(2));
        Assert.That(wrapped[zones[0].Start..zones[0].End], Does.EndWith("reporters."));
        // One long line per paragraph, as scraped pages come: a headline stays its own block.
        string page = "Council approves budget after long debate and a night of arguments over roads\n"
            + "The city council approved the new budget on Monday after a long debate that lasted well into the night, officials said.\n";
        Assert.That(Tiny.Value.FindZones(page), Has.Length.EqualTo(2));
    }

    [TestCase("By Jane Doe", true)]
    [TestCase("By JANE DOE and John Roe, Reuters", true)]
    [TestCase("Reporting by Guy Faulconbridge; Editing by Alex Richardson", true)]
    [TestCase("By the end of the year, prices had risen sharply.", false)]
    [TestCase("Bystanders said the police arrived late.", false)]
    public void Bylines(string line, bool byline) =>
        Assert.That(ZoneRules.Apply(line, ZoneKind.Body, line.Split(' ').Length) == ZoneKind.Byline, Is.EqualTo(byline));

    [TestCase("Rescuers search the rubble in Antakya on Tuesday. (Photo by Burak Kara/Getty Images)", ZoneKind.Caption)]
    [TestCase("Getty Images", ZoneKind.Caption)]
    [TestCase("President Putin in the Kremlin. AP Photo/Alexander Zemlianichenko", ZoneKind.Caption)]
    [TestCase("Copyright 2024 The Associated Press. All rights reserved.", ZoneKind.Byline)]
    [TestCase("\u00A9 2024 Reuters", ZoneKind.Byline)]
    [TestCase("WASHINGTON (AP) \u2014", ZoneKind.Dateline)]
    [TestCase("MOSCOW, June 17 (Reuters) -", ZoneKind.Dateline)]
    [TestCase("SPORTS", null)]
    [TestCase("The minister said the talks would resume on Monday.", null)]
    public void CaptionsCreditsAndDatelines(string line, ZoneKind? expected) =>
        Assert.That(ZoneRules.Apply(line, ZoneKind.Body, line.Split(' ').Length), Is.EqualTo(expected));

    [Test]
    public void RulesNeverOverrideAHeadline() =>
        Assert.That(ZoneRules.Apply("By Jane Doe", ZoneKind.Headline, 3), Is.Null);

    [Test]
    public void SentencesNeverCrossAZoneBoundary()
    {
        // Without zones the splitter runs a long line without final punctuation into the next (it takes
        // it for hard-wrapped prose); on a scraped page that line is a headline, a zone of its own.
        string text = "Council approves budget after a long night of debate over roads and schools\nThe city council approved the new budget on Monday. Critics were not convinced.";
        var pipeline = NewsPipeline.Create(Tiny.Value, new Tokenizer(), new SentenceSplitter());
        var doc = pipeline.Process(text);
        Assert.That(doc.Layers.HasFlag(DocumentLayers.Zones), Is.True);
        var zones = doc.ZoneSpan;
        Assert.That(zones.Length, Is.EqualTo(2), "the headline is a zone of its own");
        foreach (var s in doc.SentenceSpan)
        {
            int inside = 0;
            foreach (var z in zones) if (z.Start <= s.Start && s.End <= z.End) inside++;
            Assert.That(inside, Is.EqualTo(1), $"sentence '{doc.GetText(s)}' lies in exactly one zone");
        }
        var plain = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter()).Process(text);
        Assert.That(plain.Sentences.Count, Is.LessThan(doc.Sentences.Count), "the zones cut a sentence the splitter alone would not");
    }

    [Test]
    public void SetZonesIsWrittenOnceAndValidated()
    {
        var doc = new Document("Home\nNews");
        Assert.Throws<ArgumentException>(() => doc.SetZones([new Zone(0, 4, ZoneKind.Furniture), new Zone(2, 9, ZoneKind.Body)]));
        Assert.Throws<ArgumentException>(() => doc.SetZones([new Zone(0, 4, ZoneKind.Furniture, repeatOf: 0)]));
        Assert.Throws<ArgumentException>(() => doc.SetZones([new Zone(0, 20, ZoneKind.Furniture)]));
        doc.SetZones([new Zone(0, 4, ZoneKind.Furniture), new Zone(5, 9, ZoneKind.Body)]);
        Assert.Throws<InvalidOperationException>(() => doc.SetZones([]));
        Assert.That(doc.GetText(doc.Zones[1]), Is.EqualTo("News"));
    }

    [Test]
    public void HostileInputGivesZonesNotCrashes()
    {
        var rng = new Random(5);
        var binary = new char[20_000];
        for (int i = 0; i < binary.Length; i++) binary[i] = (char)rng.Next(0, 0xFFFF);
        string[] inputs =
        [
            "", " \n\r\n\t ", new string('a', 1 << 20), new string('\n', 100_000), new string(binary),
            string.Join('\n', Enumerable.Repeat("Share", 50_000)),
            "\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u064A\u0648\u0645 \u0627\u0644\u0627\u062B\u0646\u064A\n\u0627\u0644\u0635\u0641\u062D\u0629 \u0627\u0644\u0631\u0626\u064A\u0633\u064A\u0629",
            "\u4E1C\u4EAC\u7535\u2014\u2014\u65E5\u672C\u653F\u5E9C\u5468\u4E00\u5BA3\u5E03\u3002\n\u9996\u9875\n\u65B0\u95FB",
            "\uD800 broken surrogate \uDC00\n\0\0\0 nul line",
        ];
        foreach (string text in inputs)
        {
            var zones = Tiny.Value.FindZones(text);
            int previousEnd = 0;
            foreach (var z in zones)
            {
                Assert.That(z.Start, Is.GreaterThanOrEqualTo(previousEnd));
                Assert.That(z.End, Is.GreaterThan(z.Start).And.LessThanOrEqualTo(text.Length));
                previousEnd = z.End;
            }
            if (string.IsNullOrWhiteSpace(text)) Assert.That(zones, Is.Empty);
        }
        Assert.That(Tiny.Value.FindZones(new string('a', 1 << 20)), Has.Length.EqualTo(1));
    }
}
