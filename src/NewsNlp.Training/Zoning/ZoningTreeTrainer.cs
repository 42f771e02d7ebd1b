using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsNlp.Zoning;

namespace NewsNlp.Training.Zoning;

/// <summary>
/// Trains the zoning model's tree stage (<see cref="ZoneTrees"/>) with ML.NET's FastTree (binary:
/// body or not) over <see cref="ZoneDense"/> features of every training block, computed from the last
/// linear stage's out-of-fold decisions, and copies the trees into the model's own format.
/// </summary>
internal static class ZoningTreeTrainer
{
    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(ZoneDense.Count)]
        public float[] Features { get; set; } = [];
    }

    public static ZoneTrees Train(ZoningTrainer.Prepared[] pages, float[][] p, ZoningTrainingOptions options)
    {
        var rows = new List<Row>(pages.Sum(x => x.Gold.Length));
        for (int k = 0; k < pages.Length; k++)
        {
            var page = pages[k].Page;
            var sums = new float[page.Count + 1];
            var summary = ZonePage.Summarise(p[k], sums);
            var facts = new ZoneDense.PageFacts(page, p[k]);
            for (int i = 0; i < page.Count; i++)
            {
                var x = new float[ZoneDense.Count];
                ZoneDense.Write(page, p[k], sums, summary, facts, i, x);
                rows.Add(new Row { Label = pages[k].Gold[i] == ZoneWeights.Body, Features = x });
            }
        }
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.TreeRate,
            MinimumExampleCountPerLeaf = 20,
            Seed = options.Seed,
            NumberOfThreads = 1,
        });
        var fitted = trainer.Fit(data);
        var model = fitted.Model.SubModel;
        var ensemble = model.TrainedTreeEnsemble;
        var trees = new ZoneTrees.Tree[ensemble.Trees.Count];
        for (int t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            float weight = (float)ensemble.TreeWeights[t];
            if (tree.CategoricalSplitFlags.Any(c => c)) throw new InvalidOperationException("categorical split in a zoning tree");
            trees[t] = new ZoneTrees.Tree(
                tree.NumericalSplitFeatureIndexes.ToArray(),
                tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(),
                tree.RightChild.ToArray(),
                tree.LeafValues.Select(v => (float)v * weight).ToArray());
        }
        var result = new ZoneTrees((float)ensemble.Bias, options.TreeThreshold, trees);
        // Our evaluation of the copied trees must give FastTree's own score.
        var check = ml.Data.CreateEnumerable<ScoreRow>(fitted.Transform(data), reuseRowObject: false).Take(2000).ToArray();
        for (int i = 0; i < check.Length; i++)
        {
            float ours = result.Score(rows[i].Features);
            if (Math.Abs(ours - check[i].Score) > 1e-3f * Math.Max(1, Math.Abs(ours)))
                throw new InvalidOperationException($"tree copy scores {ours}, FastTree {check[i].Score} on row {i}");
        }
        return result;
    }

    private sealed class ScoreRow
    {
        public float Score { get; set; }
    }
}
