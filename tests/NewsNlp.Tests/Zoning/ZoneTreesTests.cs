using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Training.Zoning;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Zoning;

/// <summary>The zoning model's tree stage: its file format, its guards against a corrupt file, and a model without it.</summary>
public class ZoneTreesTests : TempDirectoryTest
{
    private static ZoneTrees.Tree Stump(int feature, float split, float low, float high) =>
        new([feature], [split], [~0], [~1], [low, high]);

    [Test]
    public void ScoreIsTheBiasPlusTheLeafEachTreeReaches()
    {
        var trees = new ZoneTrees(0.5f, 0, [Stump(0, 0.3f, -2, 1), Stump(1, 10, 0.25f, -0.75f)]);
        var x = new float[ZoneDense.Count];
        x[0] = 0.2f; x[1] = 10;
        Assert.That(trees.Score(x), Is.EqualTo(0.5f - 2 + 0.25f));
        x[0] = 0.31f; x[1] = 10.5f;
        Assert.That(trees.Score(x), Is.EqualTo(0.5f + 1 - 0.75f));
    }

    [Test]
    public void ATreeThatCouldLoopOrRunOffIsRefused()
    {
        // Node 1 sends its left child back to node 0: a loop.
        Assert.Throws<InvalidDataException>(() => new ZoneTrees(0, 0, [new ZoneTrees.Tree([0, 1], [0, 0], [1, 0], [~0, ~1], [0, 0, 0])]));
        // A leaf index past the leaves.
        Assert.Throws<InvalidDataException>(() => new ZoneTrees(0, 0, [new ZoneTrees.Tree([0], [0], [~0], [~5], [0, 0])]));
        // A feature this version does not compute.
        Assert.Throws<InvalidDataException>(() => new ZoneTrees(0, 0, [Stump(ZoneDense.Count, 0, 0, 0)]));
        Assert.Throws<InvalidDataException>(() => new ZoneTrees(0, 0, [Stump(0, float.NaN, 0, 0)]));
        Assert.Throws<InvalidDataException>(() => new ZoneTrees(0, 0, [Stump(0, 0, float.PositiveInfinity, 0)]));
    }

    [Test]
    public void TheTrainedTinyModelHasATreeStageThatSurvivesTheFile()
    {
        var model = TinyPages.Train();
        Assert.That(model.Trees, Is.Not.Null);
        Assert.That(model.Trees!.Trees, Is.Not.Empty);
        string path = Path.Combine(Dir, "m.nnlp");
        model.Save(path);
        var loaded = ZoningModel.Load(path);
        var x = new float[ZoneDense.Count];
        var random = new Random(3);
        for (int k = 0; k < 200; k++)
        {
            for (int i = 0; i < x.Length; i++) x[i] = (float)(random.NextDouble() * 100 - 10);
            Assert.That(loaded.Trees!.Score(x), Is.EqualTo(model.Trees.Score(x)));
        }
        Assert.That(loaded.Trees!.Threshold, Is.EqualTo(model.Trees.Threshold));
    }

    [Test]
    public void AModelWithoutTreesSavesLoadsAndZones()
    {
        var model = ZoningTrainer.Train(TinyPages.Pages(), new ModelManifest { Name = "linear-zones" },
            new ZoningTrainingOptions { Bits = 12, Epochs = 8, Rate = 0.1f, Folds = 2, MinCount = 1, Seed = 7, Trees = 0 });
        Assert.That(model.Trees, Is.Null);
        string path = Path.Combine(Dir, "linear.nnlp");
        model.Save(path);
        var loaded = ZoningModel.Load(path);
        Assert.That(loaded.Trees, Is.Null);
        string text = string.Join('\n', TinyPages.Pages()[1].Lines);
        var zones = new Zoner(loaded).FindZones(text);
        Assert.That(zones, Is.EqualTo(new Zoner(model).FindZones(text)));
        Assert.That(zones.Count(z => z.Kind == ZoneKind.Body), Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void SmoothingFlipsALoneUnsureBlockButNotASureOne()
    {
        float[] unsure = [0.9f, 0.9f, 0.4f, 0.9f, 0.9f];
        ZoningModel.Smooth(unsure, 1f);
        Assert.That(unsure[2], Is.GreaterThanOrEqualTo(0.5f), "a block a little below one half between body blocks joins them");
        Assert.That(unsure.Where((_, i) => i != 2), Is.All.EqualTo(0.9f));
        float[] sure = [0.9f, 0.9f, 0.05f, 0.9f, 0.9f];
        ZoningModel.Smooth(sure, 1f);
        Assert.That(sure[2], Is.LessThan(0.5f), "a block sure it is not body stays out");
        float[] none = [0.9f, 0.4f, 0.9f];
        ZoningModel.Smooth(none, 0f);
        Assert.That(none[1], Is.EqualTo(0.4f), "no smoothing at cost 0");
    }

    [Test]
    public void TheBundledModelDecidesBodyWithTrees()
    {
        Assert.That(BundledModels.EnglishZones.Trees, Is.Not.Null);
        Assert.That(BundledModels.EnglishZones.Manifest.Training["trees"], Is.EqualTo("300"));
    }
}
