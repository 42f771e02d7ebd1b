using Microsoft.ML.Data;
using Microsoft.ML;
using NewsNlp;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.PackageTests;

/// <summary>What a user gets after <c>dotnet add package NewsNlp</c>: the default pipeline, with its models, and no files to deploy.</summary>
public class PackageTests
{
    private const string Article = "Russian President Vladimir Putin will visit Pyongyang on Tuesday, the Kremlin said. "
        + "Last September, North Korean leader Kim Jong Un travelled to Russia.";

    [Test]
    public void TheDefaultPipelineLoadsItsBundledModelsAndAnnotates()
    {
        var doc = NewsPipeline.CreateDefault().Process(Article, new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero), "a1");
        Assert.That(doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Text), Does.Contain("Vladimir Putin"));
        Assert.That(doc.Entities.Where(e => e.Type == EntityType.Location).Select(e => e.Text), Does.Contain("Pyongyang"));
        Assert.That(doc.Dates.Single(d => d.Text == "Tuesday").Value, Is.EqualTo("2024-06-18"));
        Assert.That(doc.Dates.Single(d => d.Text == "Last September").Value, Is.EqualTo("2023-09"));
        Assert.That(doc.Syntax, Is.Not.Null);
        Assert.That(doc.Syntax!.Count(s => s.Relation == "root"), Is.EqualTo(doc.Sentences.Count));
        Assert.That(DocumentJson.Serialize(doc), Does.Contain("\"value\":\"2024-06-18\""));
        // The event stage and its bundled dictionaries: Putin -visit(042)-> Pyongyang, planned, coded RUSGOV.
        var visit = doc.Events.Single(e => e.Action.Lemma == "visit");
        Assert.That((visit.Actor!.Canonical, visit.Action.Cameo, visit.Target!.Text, visit.Date!.Value, visit.Modality),
            Is.EqualTo(("Vladimir Putin", "042", "Pyongyang", "2024-06-18", Modality.Planned)));
        Assert.That(visit.Actor.Codes, Does.Contain("cameo:RUSGOV"));
        Assert.That(doc.Relations.Select(r => (r.Type, r.Subject.Canonical, r.Role)), Does.Contain(("role", (string?)"Vladimir Putin", (string?)"President")));
    }

    [Test]
    public void TheMLNetPackageAddsColumnsToADataView()
    {
        var ml = new Microsoft.ML.MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new Row { Text = Article } });
        var transformed = NewsNlp.ML.NewsMLContextExtensions.ExtractNewsEvents(ml, nameof(Row.Text)).Fit(data).Transform(data);
        var codes = transformed.GetColumn<Microsoft.ML.Data.VBuffer<ReadOnlyMemory<char>>>(NewsNlp.ML.NewsColumns.CameoCodes).Single();
        Assert.That(codes.DenseValues().Select(c => c.ToString()), Does.Contain("042"));
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";
    }

    [Test]
    public void TheReadmeIsInThePackageAndTheAssemblyIsTheLibrary()
    {
        Assert.That(typeof(NewsPipeline).Assembly.GetName().Name, Is.EqualTo("NewsNlp.Core"));
        Assert.That(typeof(NewsPipeline).Assembly.GetManifestResourceNames(), Does.Contain("NewsNlp.Models.en-news.nnlp").And.Contain("NewsNlp.Models.en-ewt.nnlp").And.Contain("NewsNlp.Models.en-events.nnlp"));
    }
}
