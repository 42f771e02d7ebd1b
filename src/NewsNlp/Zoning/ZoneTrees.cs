namespace NewsNlp.Zoning;

/// <summary>
/// Boosted regression trees over a block's <see cref="ZoneDense"/> features that say whether the
/// block is story body: the sum of the trees' leaf values (plus a bias) is a log-odds score, body when
/// it reaches <see cref="Threshold"/>. Trained with ML.NET's FastTree (NewsNlp.Training); evaluated
/// here without ML.NET. Immutable once built.
/// </summary>
/// <remarks>
/// A node <c>k</c> sends a block left when feature <c>Feature[k]</c> is at most <c>Split[k]</c>;
/// a child index below zero is a leaf, <c>~child</c> indexing the tree's leaf values.
/// <para>*** Format *** (after the linear stages): <c>int32</c> feature count, <c>float</c> bias,
/// <c>float</c> threshold, <c>int32</c> tree count; per tree <c>int32</c> node count, then per node
/// <c>int32</c> feature, <c>float</c> split, <c>int32</c> left, <c>int32</c> right; then <c>int32</c>
/// leaf count (node count + 1) and the leaf values as <c>float</c>.</para>
/// </remarks>
internal sealed class ZoneTrees
{
    private const int MaxTrees = 10_000, MaxNodes = 1 << 16;

    public ZoneTrees(float bias, float threshold, Tree[] trees)
    {
        foreach (var t in trees) t.Check();
        Bias = bias;
        Threshold = threshold;
        Trees = trees;
    }

    public float Bias { get; }

    /// <summary>Least score of a body block (tuned on held-out pages).</summary>
    public float Threshold { get; }

    public Tree[] Trees { get; }

    /// <summary>The summed log-odds that the block with features <paramref name="x"/> is body.</summary>
    public float Score(ReadOnlySpan<float> x)
    {
        float sum = Bias;
        foreach (var t in Trees) sum += t.Leaf(x);
        return sum;
    }

    /// <summary>One regression tree.</summary>
    public sealed class Tree(int[] feature, float[] split, int[] left, int[] right, float[] leaves)
    {
        public int[] Feature { get; } = feature;
        public float[] Split { get; } = split;
        public int[] Left { get; } = left;
        public int[] Right { get; } = right;
        public float[] Leaves { get; } = leaves;

        public float Leaf(ReadOnlySpan<float> x)
        {
            if (Feature.Length == 0) return Leaves[0];
            int k = 0;
            while (k >= 0) k = x[Feature[k]] <= Split[k] ? Left[k] : Right[k];
            return Leaves[~k];
        }

        /// <summary>Every index in range and every path ends in a leaf (children only point forward), so that <see cref="Leaf"/> cannot loop or run off.</summary>
        internal void Check()
        {
            int nodes = Feature.Length;
            if (Split.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaves.Length != nodes + 1)
                throw new InvalidDataException("tree arrays differ in length");
            for (int k = 0; k < nodes; k++)
            {
                if ((uint)Feature[k] >= ZoneDense.Count) throw new InvalidDataException($"tree feature {Feature[k]}");
                if (float.IsNaN(Split[k])) throw new InvalidDataException("tree split not a number");
                foreach (int c in (ReadOnlySpan<int>)[Left[k], Right[k]])
                    if (c >= 0 ? c <= k || c >= nodes : ~c >= nodes + 1) throw new InvalidDataException("tree child index");
            }
            foreach (float v in Leaves) if (!float.IsFinite(v)) throw new InvalidDataException("tree leaf not finite");
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(ZoneDense.Count);
        w.Write(Bias);
        w.Write(Threshold);
        w.Write(Trees.Length);
        foreach (var t in Trees)
        {
            w.Write(t.Feature.Length);
            for (int k = 0; k < t.Feature.Length; k++)
            {
                w.Write(t.Feature[k]);
                w.Write(t.Split[k]);
                w.Write(t.Left[k]);
                w.Write(t.Right[k]);
            }
            w.Write(t.Leaves.Length);
            foreach (float v in t.Leaves) w.Write(v);
        }
    }

    public static ZoneTrees Read(BinaryReader r)
    {
        int features = r.ReadInt32();
        if (features != ZoneDense.Count) throw new InvalidDataException($"trees over {features} features, this version computes {ZoneDense.Count}");
        float bias = r.ReadSingle(), threshold = r.ReadSingle();
        if (!float.IsFinite(bias) || !float.IsFinite(threshold)) throw new InvalidDataException("tree bias or threshold not finite");
        int count = r.ReadInt32();
        if (count is < 0 or > MaxTrees) throw new InvalidDataException($"{count} trees");
        var trees = new Tree[count];
        for (int t = 0; t < count; t++)
        {
            int nodes = r.ReadInt32();
            if (nodes is < 0 or > MaxNodes) throw new InvalidDataException($"{nodes} tree nodes");
            var feature = new int[nodes];
            var split = new float[nodes];
            var left = new int[nodes];
            var right = new int[nodes];
            for (int k = 0; k < nodes; k++)
            {
                feature[k] = r.ReadInt32();
                split[k] = r.ReadSingle();
                left[k] = r.ReadInt32();
                right[k] = r.ReadInt32();
            }
            int leafCount = r.ReadInt32();
            if (leafCount != nodes + 1) throw new InvalidDataException("leaf count");
            var leaves = new float[leafCount];
            for (int k = 0; k < leafCount; k++) leaves[k] = r.ReadSingle();
            trees[t] = new Tree(feature, split, left, right, leaves);
        }
        return new ZoneTrees(bias, threshold, trees);
    }
}
