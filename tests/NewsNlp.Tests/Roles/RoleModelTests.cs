using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Roles;
using NewsNlp.Training.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>A role model trained inside the test on a handful of sentences: it learns them, and saves and loads byte for byte.</summary>
public class RoleModelTests
{
    private static readonly Lazy<RoleModel> Tiny = new(Train);

    private static RoleModel Train()
    {
        string[] subjects = ["Kim", "Putin", "Xi", "Modi", "Biden", "Erdogan"];
        string[] places = ["Pyongyang", "Moscow", "Beijing", "Delhi"];
        var sentences = new List<Conll2012Sentence>();
        foreach (var a in subjects)
            foreach (var b in subjects.Where(x => x != a))
                foreach (var place in places)
                    sentences.Add(new Conll2012Sentence("tiny", [a, "hosted", b, "in", place, "."],
                        [new GoldProposition(1, "host", [new GoldArgument("ARG0", 0, 0), new GoldArgument("ARG1", 2, 2), new GoldArgument("ARGM-LOC", 3, 4)])]));
        var parsed = RoleTrainer.Parse(sentences, BundledModels.EnglishSyntax);
        var options = new RoleTrainingOptions { Epochs = 2, PredicateEpochs = 2, MinFeatureCount = 1, MinLabelCount = 1, Prune = 0 };
        return RoleTrainer.Train(parsed, parsed.Take(20).ToList(), new ModelManifest { Name = "tiny-roles" }, options);
    }

    [Test]
    public void ATinyModelLearnsItsSentences()
    {
        var sentences = RoleTrainer.Parse(
            [new Conll2012Sentence("t", ["Xi", "hosted", "Kim", "in", "Moscow", "."],
                [new GoldProposition(1, "host", [new GoldArgument("ARG0", 0, 0), new GoldArgument("ARG1", 2, 2), new GoldArgument("ARGM-LOC", 3, 4)])])],
            BundledModels.EnglishSyntax);
        var score = RoleTrainer.Evaluate(Tiny.Value, sentences, goldPredicates: false);
        Assert.That(score.F1, Is.EqualTo(100.0), score.Summary);
        var errors = new Dictionary<string, int>();
        RoleTrainer.Evaluate(Tiny.Value, sentences, goldPredicates: true, errors);
        Assert.That(errors, Is.EqualTo(new Dictionary<string, int> { ["correct"] = 3 }), "each gold argument counted once");
    }

    [Test]
    public void SavingALoadedModelReproducesItsFile()
    {
        using var first = new MemoryStream();
        Tiny.Value.Save(first);
        var loaded = RoleModel.Load(new MemoryStream(first.ToArray()), "tiny");
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        Assert.That(loaded.ArgumentLabels, Is.EqualTo(Tiny.Value.ArgumentLabels));
        Assert.That(loaded.Manifest.Kind, Is.EqualTo("roles"));
    }

    [Test]
    public void ACorruptOrForeignFileIsRefused()
    {
        using var buffer = new MemoryStream();
        Tiny.Value.Save(buffer);
        var bytes = buffer.ToArray();
        bytes[^3] ^= 0x55;
        var ex = Assert.Throws<ModelFormatException>(() => RoleModel.Load(new MemoryStream(bytes), "flipped.nnlp"));
        Assert.That(ex!.Message, Does.Contain("flipped.nnlp"));
        Assert.Throws<ModelFormatException>(() => RoleModel.Load(new MemoryStream(bytes[..40]), "short.nnlp"));
        using var zones = new MemoryStream();
        BundledModels.EnglishZones.Save(zones);
        zones.Position = 0;
        Assert.Throws<ModelFormatException>(() => RoleModel.Load(zones, "zones.nnlp"));
    }
}
