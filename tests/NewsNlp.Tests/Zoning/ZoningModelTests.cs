using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Zoning;

/// <summary>The zoning model file: byte round trip, corrupt and wrong files, the bundled model.</summary>
public class ZoningModelTests : TempDirectoryTest
{
    [Test]
    public void SavingALoadedModelReproducesTheFileAndItsDecisions()
    {
        string a = Path.Combine(Dir, "a.nnlp"), b = Path.Combine(Dir, "b.nnlp");
        var model = TinyPages.Train();
        model.Save(a);
        var loaded = ZoningModel.Load(a);
        loaded.Save(b);
        Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)));
        Assert.That(loaded.Manifest.Name, Is.EqualTo("tiny-zones"));
        Assert.That(loaded.Manifest.Kind, Is.EqualTo("zones"));
        string text = "Home\nWorld\nCouncil approves budget after long debate\n" + string.Join('\n', TinyPages.Pages()[0].Lines[5..]);
        Assert.That(new Zoner(loaded).FindZones(text), Is.EqualTo(new Zoner(model).FindZones(text)));
    }

    [Test]
    public void CorruptTruncatedOrWrongFilesFailWithTheirName()
    {
        string path = Path.Combine(Dir, "m.nnlp");
        TinyPages.Train().Save(path);
        var bytes = File.ReadAllBytes(path);
        var flipped = (byte[])bytes.Clone();
        flipped[^5] ^= 0x5A;
        File.WriteAllBytes(Path.Combine(Dir, "corrupt.nnlp"), flipped);
        var ex = Assert.Throws<ModelFormatException>(() => ZoningModel.Load(Path.Combine(Dir, "corrupt.nnlp")));
        Assert.That(ex!.Message, Does.Contain("corrupt.nnlp"));
        File.WriteAllBytes(Path.Combine(Dir, "short.nnlp"), bytes[..(bytes.Length / 2)]);
        Assert.Throws<ModelFormatException>(() => ZoningModel.Load(Path.Combine(Dir, "short.nnlp")));
        File.WriteAllText(Path.Combine(Dir, "text.nnlp"), "not a model");
        Assert.Throws<ModelFormatException>(() => ZoningModel.Load(Path.Combine(Dir, "text.nnlp")));
        Assert.Throws<FileNotFoundException>(() => ZoningModel.Load(Path.Combine(Dir, "missing.nnlp")));
        // Another kind of model is refused by kind, not misread.
        using var events = typeof(BundledModels).Assembly.GetManifestResourceStream("NewsNlp.Models.en-events.nnlp")!;
        var wrong = Assert.Throws<ModelFormatException>(() => ZoningModel.Load(events, "events.nnlp"));
        Assert.That(wrong!.Message, Does.Contain("EVT1"));
    }

    [Test]
    public void TheBundledModelLoadsWithItsManifest()
    {
        var m = BundledModels.EnglishZones;
        Assert.That(m.Manifest.Name, Is.EqualTo("en-zones"));
        Assert.That(m.Manifest.Labels, Is.EqualTo(new[] { "furniture", "headline", "body" }));
        Assert.That(m.Manifest.Scores.ContainsKey("test.body_f1"), Is.True);
        Assert.That(m.Manifest.TrainingCommand, Does.StartWith("newsnlp train zones"));
    }
}
