using System.Globalization;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;
using NewsNlp.Temporal;

namespace NewsNlp.Tests.Pipeline;

/// <summary>The composition root: the default pipeline, the layers asked for, the options honoured.</summary>
[TestFixture]
public class NewsPipelineBuilderTests
{
    private const string Text = "Russian President Vladimir Putin will visit North Korea on 03/04/2024, the Kremlin said.";
    private static readonly DateTimeOffset Published = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static string[] Names(NewsPipeline p) => p.Stages.Select(s => s.Name).ToArray();

    [Test]
    public void DefaultOptionsAreTheDefaultPipeline()
    {
        var built = NewsPipelineBuilder.Build();
        var original = NewsPipeline.CreateDefault();
        Assert.That(Names(built), Is.EqualTo(new[] { "zoner", "tokenizer", "sentence-splitter", "syntax", "roles", "entity-recognizer", "dates", "coreference", "identity", "events" }));
        Assert.That(Names(built), Is.EqualTo(Names(original)));
        Assert.That(built.Produces, Is.EqualTo(NewsPipelineOptions.AllLayers));
        Assert.That(DocumentJson.Serialize(built.Process(Text, Published, "a1")), Is.EqualTo(DocumentJson.Serialize(original.Process(Text, Published, "a1"))));
    }

    [Test]
    public void AReplacementTakesThePlaceOfTheStageWritingItsLayer()
    {
        var stage = new MarkingSyntaxStage();
        var pipeline = NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Syntax, Replacements = [stage] });
        Assert.That(pipeline.Stages, Is.EqualTo(new IPipelineStage[] { pipeline.Stages[0], pipeline.Stages[1], stage }));
        var doc = pipeline.Process("Putin spoke. He left.");
        Assert.That(doc.Syntax!.Select(s => s.Upos).Distinct(), Is.EqualTo(new[] { "X" }));
        // Not needed by the layers asked for: not in the pipeline.
        Assert.That(Names(NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Entities, Replacements = [stage] })),
            Is.EqualTo(new[] { "tokenizer", "sentence-splitter", "entity-recognizer" }));
    }

    private sealed class MarkingSyntaxStage : IPipelineStage
    {
        public string Name => "marking-syntax";
        public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;
        public DocumentLayers Produces => DocumentLayers.Syntax;
        public void Process(Document document, CancellationToken cancellationToken = default)
            => document.SetSyntax(Enumerable.Repeat(new WordSyntax("X", "X", "x", -1, "root"), document.WordSpan.Length).ToArray());
    }

    [Test]
    public void AskingForALayerBringsTheStagesItNeeds()
    {
        Assert.That(Names(NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Entities })),
            Is.EqualTo(new[] { "tokenizer", "sentence-splitter", "entity-recognizer" }));
        Assert.That(Names(NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Dates })),
            Is.EqualTo(new[] { "tokenizer", "sentence-splitter", "entity-recognizer", "dates" }));
        Assert.That(Names(NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Relations })),
            Is.EqualTo(new[] { "tokenizer", "sentence-splitter", "syntax", "roles", "entity-recognizer", "dates", "coreference", "identity", "events" }));
        Assert.That(Names(NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Zones | DocumentLayers.Sentences })),
            Is.EqualTo(new[] { "zoner", "tokenizer", "sentence-splitter" }));
    }

    [Test]
    public void NoLayerOrAnUnknownLayerIsRefused()
    {
        Assert.Throws<ArgumentException>(() => NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.None }));
        Assert.Throws<ArgumentException>(() => NewsPipelineBuilder.Build(new() { Layers = (DocumentLayers)2048 }));
    }

    [Test]
    public void OptionsReachTheirStages()
    {
        var rules = new EntityRuler(RuleMode.Override).AddPhrase("Kremlin", "ORG");
        var stages = NewsPipelineBuilder.Stages(new()
        {
            Rules = rules,
            DateCulture = CultureInfo.GetCultureInfo("en-GB"),
            FindMissedDates = false,
        });
        var recognizer = stages.OfType<EntityRecognizer>().Single();
        Assert.That(recognizer.Ruler, Is.SameAs(rules));
        Assert.That(recognizer.FindsDates, Is.False);
        Assert.That(recognizer.Model, Is.SameAs(BundledModels.EnglishNewsRecognizer));
        Assert.That(stages.OfType<DateResolver>().Single().Order, Is.EqualTo(NumericDateOrder.DayFirst));
    }

    [Test]
    public void ADateCultureChangesOnlyTheDates()
    {
        var us = NewsPipelineBuilder.Build().Process(Text, Published);
        var gb = NewsPipelineBuilder.Build(new() { DateCulture = CultureInfo.GetCultureInfo("en-GB") }).Process(Text, Published);
        Assert.That(us.Dates.Single().Value, Is.EqualTo("2024-03-04"));
        Assert.That(gb.Dates.Single().Value, Is.EqualTo("2024-04-03"));
        Assert.That(gb.Entities.Select(e => e.Text), Is.EqualTo(us.Entities.Select(e => e.Text)));
    }
}
