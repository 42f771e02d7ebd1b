using System.Numerics.Tensors;
using NewsNlp.Models;

namespace NewsNlp.Accurate.Heads;

/// <summary>
/// The run-time copy of the training project's TaskHeads: the same layers, read from the model
/// file by the names TaskHeads.Export writes, computing the same scores on node vectors laid out as
/// TaskHeads.Words lays them out (node 0 the root, node w + 1 word w). Immutable; thread-safe.
/// </summary>
internal sealed class TaskHeadSet
{
    private readonly Dense _archDep, _arcHead, _labelDep, _labelHead, _labelPair;
    private readonly float[] _arcU, _arcHeadBias, _bilinear, _bilinearBias;
    private readonly int _arcWidth, _labelWidth, _relations;

    /// <exception cref="ModelFormatException">A head tensor is missing, or its shape does not match the label sets.</exception>
    public TaskHeadSet(TransformerModel model)
    {
        var casing = model.Tensor("casing");
        if (casing.Dims.Length != 2 || casing.Dims[0] < Encoding.WordCasing.Count)
            throw new ModelFormatException(model.Manifest.Name, $"head tensor 'casing' is [{string.Join(", ", casing.Dims)}], expected [{Encoding.WordCasing.Count}, width]");
        Casing = casing.Values;
        CasingWidth = casing.Dims[1];
        // The node width every head reads (encoder state ++ casing), taken from the OntoNotes tagger and checked on the others.
        var onto = model.Tensor("onto.weight");
        Width = onto.Dims.Length == 2 ? onto.Dims[1] : throw new ModelFormatException(model.Manifest.Name, "head tensor 'onto.weight' is not a matrix");
        if (Width <= CasingWidth)
            throw new ModelFormatException(model.Manifest.Name, $"the heads read {Width}-wide vectors, no wider than the casing embedding ({CasingWidth})");
        OntoTags = model.Labels("onto");
        ConllTags = model.Labels("conll");
        Upos = model.Labels("upos");
        Xpos = model.Labels("xpos");
        Relations = model.Labels("deprel");
        Onto = Dense.Read(model, "onto", Width, OntoTags.Count);
        Conll = Dense.Read(model, "conll", Width, ConllTags.Count);
        UposHead = Dense.Read(model, "upos", Width, Upos.Count);
        XposHead = Dense.Read(model, "xpos", Width, Xpos.Count);
        _archDep = Dense.Read(model, "arc.dep", Width, -1);
        _arcHead = Dense.Read(model, "arc.head", Width, _archDep.Outputs);
        _labelDep = Dense.Read(model, "label.dep", Width, -1);
        _labelHead = Dense.Read(model, "label.head", Width, _labelDep.Outputs);
        _arcWidth = _archDep.Outputs;
        _labelWidth = _labelDep.Outputs;
        _relations = Relations.Count;
        _arcU = Values(model, "arc.u", _arcWidth * _arcWidth);
        _arcHeadBias = Values(model, "arc.head_bias", _arcWidth);
        _bilinear = Values(model, "label.bilinear.weight", _relations * _labelWidth * _labelWidth);
        _bilinearBias = Values(model, "label.bilinear.bias", _relations);
        _labelPair = Dense.Read(model, "label.pair", 2 * _labelWidth, _relations, bias: false);
        OntoDecoder = new BioDecoder(OntoTags);
        ConllDecoder = new BioDecoder(ConllTags);
    }

    /// <summary>Casing embeddings, [WordCasing.Count, CasingWidth] row-major.</summary>
    public float[] Casing { get; }
    public int CasingWidth { get; }

    /// <summary>Width of a node vector (hidden state and casing).</summary>
    public int Width { get; }

    public IReadOnlyList<string> OntoTags { get; }
    public IReadOnlyList<string> ConllTags { get; }
    public IReadOnlyList<string> Upos { get; }
    public IReadOnlyList<string> Xpos { get; }
    public IReadOnlyList<string> Relations { get; }
    public Dense Onto { get; }
    public Dense Conll { get; }
    public Dense UposHead { get; }
    public Dense XposHead { get; }
    public BioDecoder OntoDecoder { get; }
    public BioDecoder ConllDecoder { get; }

    /// <summary>Scores of <paramref name="head"/> for the words (nodes 1..n) of one sentence: [n, outputs].</summary>
    public float[] WordScores(Dense head, ReadOnlySpan<float> nodes, int words)
    {
        var scores = new float[words * head.Outputs];
        for (int w = 0; w < words; w++)
            head.Apply(nodes.Slice((w + 1) * Width, Width), scores.AsSpan(w * head.Outputs, head.Outputs));
        return scores;
    }

    /// <summary>The best label of each word under <paramref name="head"/>.</summary>
    public void Argmax(Dense head, ReadOnlySpan<float> nodes, int words, Span<int> best)
    {
        var scores = new float[head.Outputs];
        for (int w = 0; w < words; w++)
        {
            head.Apply(nodes.Slice((w + 1) * Width, Width), scores);
            best[w] = TensorPrimitives.IndexOfMax(scores);
        }
    }

    /// <summary>
    /// The sentence's tree: <paramref name="heads"/>[w] is word w's head as a word index (-1: the
    /// root) and <paramref name="labels"/>[w] its relation's index in <see cref="Relations"/>.
    /// </summary>
    public void Parse(ReadOnlySpan<float> nodes, int words, Span<int> heads, Span<int> labels)
    {
        int n = words + 1;
        var scores = ArcScores(nodes, n);
        var tree = SpanningTree.Decode(scores, n);
        var dep = _labelDep.ApplyRowsLeaky(nodes, n);
        var head = _labelHead.ApplyRowsLeaky(nodes, n);
        int lw = _labelWidth;
        var pair = new float[2 * lw];
        var scratch = new float[lw];
        var relationScores = new float[_relations];
        var pairScores = new float[_relations];
        var bilinear = _bilinear.AsSpan();
        for (int i = 1; i < n; i++)
        {
            var d = dep.AsSpan(i * lw, lw);
            var h = head.AsSpan(tree[i] * lw, lw);
            // Bilinear: score_r = d·W_r·h + b_r; then the pair layer on [d, h] (no bias).
            for (int r = 0; r < _relations; r++)
            {
                var w = bilinear.Slice(r * lw * lw, lw * lw);
                for (int a = 0; a < lw; a++) scratch[a] = TensorPrimitives.Dot(w.Slice(a * lw, lw), h);
                relationScores[r] = TensorPrimitives.Dot(d, scratch) + _bilinearBias[r];
            }
            d.CopyTo(pair);
            h.CopyTo(pair.AsSpan(lw));
            _labelPair.Apply(pair, pairScores);
            TensorPrimitives.Add(relationScores, pairScores, relationScores);
            heads[i - 1] = tree[i] - 1;
            labels[i - 1] = TensorPrimitives.IndexOfMax(relationScores);
        }
    }

    /// <summary>Arc scores [dep * n + head] over the n nodes: dep_i·U·head_j + head_j·bias, as TaskHeads.ArcScores.</summary>
    public float[] ArcScores(ReadOnlySpan<float> nodes, int n)
    {
        int aw = _arcWidth;
        var dep = _archDep.ApplyRowsLeaky(nodes, n);
        var head = _arcHead.ApplyRowsLeaky(nodes, n);
        var depU = new float[n * aw];
        var u = _arcU.AsSpan();
        for (int i = 0; i < n; i++)
        {
            var row = depU.AsSpan(i * aw, aw);
            var d = dep.AsSpan(i * aw, aw);
            // (d·U)_l = Σ_k d_k U[k, l]: accumulate the rows of U scaled by d_k.
            for (int k = 0; k < aw; k++)
                if (d[k] != 0) TensorPrimitives.MultiplyAdd(u.Slice(k * aw, aw), d[k], row, row);
        }
        var bias = new float[n];
        for (int j = 0; j < n; j++) bias[j] = TensorPrimitives.Dot(head.AsSpan(j * aw, aw), _arcHeadBias);
        var scores = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                scores[i * n + j] = TensorPrimitives.Dot(depU.AsSpan(i * aw, aw), head.AsSpan(j * aw, aw)) + bias[j];
        return scores;
    }

    private static float[] Values(TransformerModel model, string name, int count)
    {
        var t = model.Tensor(name);
        return t.Values.Length == count ? t.Values
            : throw new ModelFormatException(model.Manifest.Name, $"head tensor '{name}' has {t.Values.Length} values, expected {count}");
    }
}
