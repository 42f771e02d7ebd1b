using System.Collections;
using NewsNlp.Entities;
using NewsNlp.Events;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Syntax;

namespace NewsNlp.Tests.Models;

/// <summary>Manifests are immutable: saving or copying a model never changes the metadata another pipeline sees.</summary>
[TestFixture]
public class ModelManifestTests
{
    private static string ResourceBytes(string name)
    {
        using var stream = typeof(BundledModels).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Convert.ToBase64String(copy.ToArray());
    }

    private static string Saved(Action<Stream> save)
    {
        using var buffer = new MemoryStream();
        save(buffer);
        return Convert.ToBase64String(buffer.ToArray());
    }

    [Test]
    public void SavingABundledModelWritesItsFileAndLeavesItsManifestAlone()
    {
        var ner = BundledModels.EnglishNewsRecognizer;
        string before = ner.Manifest.ToJson();
        Assert.That(Saved(ner.Save), Is.EqualTo(ResourceBytes("NewsNlp.Models.en-news.nnlp")));
        Assert.That(Saved(BundledModels.EnglishSyntax.Save), Is.EqualTo(ResourceBytes("NewsNlp.Models.en-ewt.nnlp")));
        Assert.That(Saved(BundledModels.EnglishEvents.Save), Is.EqualTo(ResourceBytes("NewsNlp.Models.en-events.nnlp")));
        Assert.That(ner.Manifest.ToJson(), Is.EqualTo(before));
    }

    [Test]
    public void ALoadedManifestCannotBeChanged()
    {
        var manifest = BundledModels.EnglishNewsRecognizer.Manifest;
        Assert.That(manifest.Labels, Is.Not.Empty);
        Assert.That(((IList)manifest.Labels).IsReadOnly, Is.True);
        Assert.That(() => ((IDictionary<string, double>)manifest.Scores)["dev.f1"] = 0, Throws.InstanceOf<NotSupportedException>());
        Assert.That(() => ((IDictionary<string, string>)manifest.Training).Add("x", "y"), Throws.InstanceOf<NotSupportedException>());
    }

    [Test]
    public void CopiesChangeOnlyTheCopy()
    {
        var ner = BundledModels.EnglishNewsRecognizer;
        var renamed = ner.WithManifest(ner.Manifest.WithScore("test.f1", 1.5).WithTraining("note", "copy") with { Name = "renamed" });
        Assert.That(renamed.Manifest.Name, Is.EqualTo("renamed"));
        Assert.That(renamed.Manifest.Scores["test.f1"], Is.EqualTo(1.5));
        Assert.That(renamed.Manifest.Kind, Is.EqualTo("ner"));
        Assert.That(ner.Manifest.Name, Is.EqualTo("en-news"));
        Assert.That(ner.Manifest.Scores.GetValueOrDefault("test.f1"), Is.Not.EqualTo(1.5));
        Assert.That(ner.Manifest.Training.ContainsKey("note"), Is.False);
        Assert.That(renamed.Weights, Is.SameAs(ner.Weights), "a copy shares the weights");
        Assert.That(BundledModels.EnglishSyntax.WithManifest(new ModelManifest { Name = "x" }).Manifest.Kind, Is.EqualTo("syntax"));
        Assert.That(BundledModels.EnglishEvents.WithManifest(new ModelManifest { Name = "x" }).Actors, Is.SameAs(BundledModels.EnglishEvents.Actors));
    }

    [Test]
    public void ScoresKeepTheirOrderThroughJson()
    {
        var manifest = new ModelManifest { Name = "m" }.WithScore("b", 2).WithScore("a", 1).WithScore("b", 3).WithoutScore("zzz");
        Assert.That(manifest.Scores.Keys, Is.EqualTo(new[] { "b", "a" }));
        var back = ModelManifest.FromJson(manifest.ToJson());
        Assert.That(back.ToJson(), Is.EqualTo(manifest.ToJson()));
        Assert.That(back.Scores["b"], Is.EqualTo(3));
        Assert.That(ModelManifest.FromJson("""{"Name":"n","Labels":null,"Scores":null}""").Scores, Is.Empty);
    }

    [Test]
    public void TheCallersManifestIsNotStamped()
    {
        var mine = new ModelManifest { Name = "mine" };
        var model = BundledModels.EnglishSyntax.WithManifest(mine);
        Assert.That(model.Manifest.Kind, Is.EqualTo("syntax"));
        Assert.That(mine.Kind, Is.Empty);
        Assert.That(model, Is.InstanceOf<SyntaxModel>());
    }
}
