using NewsNlp.Accurate.Encoding;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NewsNlp.Training.Torch;

/// <summary>
/// The task heads over the shared encoder. A word's vector is the encoder's output at its first piece
/// joined with an embedding of its casing (<see cref="WordCasing"/>); the dependency root is the
/// <c>[CLS]</c> position. Tags are linear layers; the parser is Dozat and Manning's biaffine scorer
/// (arcs: <c>dep_i·U·head_j + u·head_j</c>; labels: bilinear plus linear on the pair at the head).
/// The run-time copy of these layers (NewsNlp.Accurate) reads them by the names written in
/// <see cref="Export"/>.
/// </summary>
internal sealed class TaskHeads : Module
{
    public const int CasingWidth = 32, ArcWidth = 256, LabelWidth = 96;
    public const int WordWidth = MiniLm.Width + CasingWidth;

    private readonly Embedding casing;
    private readonly Linear onto, conll, upos, xpos;
    private readonly Linear arc_dep, arc_head, label_dep, label_head, label_pair;
    private readonly Parameter arc_u, arc_head_bias;
    private readonly Bilinear label_bilinear;
    private readonly Dropout dropout;

    public TaskHeads(TaskData data, double dropoutRate) : base("heads")
    {
        casing = Embedding(WordCasing.Count, CasingWidth);
        onto = Linear(WordWidth, data.OntoTags.Count);
        conll = Linear(WordWidth, data.ConllTags.Count);
        upos = Linear(WordWidth, data.Upos.Count);
        xpos = Linear(WordWidth, data.Xpos.Count);
        arc_dep = Linear(WordWidth, ArcWidth);
        arc_head = Linear(WordWidth, ArcWidth);
        label_dep = Linear(WordWidth, LabelWidth);
        label_head = Linear(WordWidth, LabelWidth);
        arc_u = Parameter(zeros(ArcWidth, ArcWidth));
        arc_head_bias = Parameter(zeros(ArcWidth));
        label_bilinear = Bilinear(LabelWidth, LabelWidth, data.Relations.Count);
        label_pair = Linear(2 * LabelWidth, data.Relations.Count, hasBias: false);
        dropout = Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <summary>
    /// Word vectors [batch, words, WordWidth] from hidden states [batch, pieces, 384]: the first piece
    /// of each word (<paramref name="firstPiece"/> holds flat indexes into batch × pieces), joined with
    /// the casing embedding.
    /// </summary>
    public Tensor Words(Tensor hidden, Tensor firstPiece, Tensor casingIds)
    {
        long batch = firstPiece.shape[0], words = firstPiece.shape[1];
        var flat = hidden.reshape(-1, hidden.shape[2]);
        var picked = flat.index_select(0, firstPiece.reshape(-1)).view(batch, words, -1);
        return dropout.forward(cat([picked, casing.forward(casingIds)], -1));
    }

    public Tensor OntoScores(Tensor words) => onto.forward(words);
    public Tensor ConllScores(Tensor words) => conll.forward(words);
    public Tensor UposScores(Tensor words) => upos.forward(words);
    public Tensor XposScores(Tensor words) => xpos.forward(words);

    /// <summary>Arc scores [batch, nodes, nodes]: [b, i, j] scores node j as the head of node i.</summary>
    public Tensor ArcScores(Tensor nodes)
    {
        var dep = dropout.forward(functional.leaky_relu(arc_dep.forward(nodes), 0.1));
        var head = dropout.forward(functional.leaky_relu(arc_head.forward(nodes), 0.1));
        var bilinear = matmul(matmul(dep, arc_u), head.transpose(1, 2));
        var bias = matmul(head, arc_head_bias).unsqueeze(1);
        return bilinear + bias;
    }

    /// <summary>Label scores [batch, nodes, labels] for each node attached to <paramref name="heads"/> [batch, nodes].</summary>
    public Tensor LabelScores(Tensor nodes, Tensor heads)
    {
        var dep = dropout.forward(functional.leaky_relu(label_dep.forward(nodes), 0.1));
        var head = dropout.forward(functional.leaky_relu(label_head.forward(nodes), 0.1));
        var index = heads.unsqueeze(-1).expand(-1, -1, LabelWidth);
        var atHead = head.gather(1, index);
        return label_bilinear.forward(dep.contiguous(), atHead.contiguous()) + label_pair.forward(cat([dep, atHead], -1));
    }

    /// <summary>The heads' tensors by their run-time names.</summary>
    public IEnumerable<(string Name, Tensor Value)> Export()
    {
        yield return ("casing", casing.weight!);
        foreach (var (name, layer) in new[] { ("onto", onto), ("conll", conll), ("upos", upos), ("xpos", xpos),
                     ("arc.dep", arc_dep), ("arc.head", arc_head), ("label.dep", label_dep), ("label.head", label_head) })
        {
            yield return (name + ".weight", layer.weight!);
            yield return (name + ".bias", layer.bias!);
        }
        yield return ("arc.u", arc_u);
        yield return ("arc.head_bias", arc_head_bias);
        yield return ("label.bilinear.weight", label_bilinear.weight!);
        yield return ("label.bilinear.bias", label_bilinear.bias!);
        yield return ("label.pair.weight", label_pair.weight!);
    }
}
