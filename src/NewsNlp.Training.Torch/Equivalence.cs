using NewsNlp.Accurate;
using static TorchSharp.torch;

namespace NewsNlp.Training.Torch;

/// <summary>
/// The run-time heads (NewsNlp.Accurate, ONNX Runtime over the float16 file) against the training
/// ones (TorchSharp, float32 checkpoint) on the same dev sentences: how often the greedy decisions
/// agree and how far the scores are apart. Greedy on both sides, so that the figure measures the
/// port, not the decoders (the run time then adds Viterbi and the spanning tree).
/// </summary>
internal static class Equivalence
{
    public static string Compare(MiniLm encoder, TaskHeads heads, TransformerEncoder runtime, List<EncodedSentence> syntax,
        List<EncodedSentence> onto, IReadOnlyList<string[]> syntaxWords, IReadOnlyList<string[]> ontoWords, int pad)
    {
        encoder.eval();
        heads.eval();
        long words = 0, upos = 0, xpos = 0, arcs = 0, nerWords = 0, ner = 0;
        double arcDiff = 0, tagDiff = 0;
        using var noGrad = no_grad();
        for (int i = 0; i < syntax.Count; i++)
        {
            using var scope = NewDisposeScope();
            using var batch = Batch.Collate([syntax[i]], pad);
            var nodes = heads.Words(encoder.forward(batch.Ids, batch.Mask), batch.FirstPiece, batch.Casing);
            var tUpos = heads.UposScores(nodes).data<float>().ToArray();
            var tXpos = heads.XposScores(nodes).argmax(-1).data<long>().ToArray();
            var tArcs = heads.ArcScores(nodes).data<float>().ToArray();
            var (cNodes, n) = RuntimeNodes(runtime, syntaxWords[i]);
            var h = runtime.Heads;
            var cUposScores = h.WordScores(h.UposHead, cNodes, n);
            var cXpos = new int[n];
            h.Argmax(h.XposHead, cNodes, n, cXpos);
            var cArcs = h.ArcScores(cNodes, n + 1);
            int labels = h.Upos.Count;
            for (int w = 0; w < n; w++)
            {
                words++;
                var t = tUpos.AsSpan((w + 1) * labels, labels);
                var c = cUposScores.AsSpan(w * labels, labels);
                if (ArgMax(t) == ArgMax(c)) upos++;
                for (int k = 0; k < labels; k++) tagDiff = Math.Max(tagDiff, Math.Abs(t[k] - c[k]));
                if (tXpos[w + 1] == cXpos[w]) xpos++;
                var ta = tArcs.AsSpan((w + 1) * (n + 1), n + 1);
                var ca = cArcs.AsSpan((w + 1) * (n + 1), n + 1);
                if (ArgMax(ta) == ArgMax(ca)) arcs++;
                for (int k = 0; k <= n; k++) arcDiff = Math.Max(arcDiff, Math.Abs(ta[k] - ca[k]));
            }
        }
        for (int i = 0; i < onto.Count; i++)
        {
            using var scope = NewDisposeScope();
            using var batch = Batch.Collate([onto[i]], pad);
            var nodes = heads.Words(encoder.forward(batch.Ids, batch.Mask), batch.FirstPiece, batch.Casing);
            var t = heads.OntoScores(nodes).argmax(-1).data<long>().ToArray();
            var (cNodes, n) = RuntimeNodes(runtime, ontoWords[i]);
            var c = new int[n];
            runtime.Heads.Argmax(runtime.Heads.Onto, cNodes, n, c);
            for (int w = 0; w < n; w++)
            {
                nerWords++;
                if (t[w + 1] == c[w]) ner++;
            }
        }
        return $"EWT dev {syntax.Count} sentences, {words} words: UPOS agree {100.0 * upos / words:F2} %, XPOS {100.0 * xpos / words:F2} %, greedy head {100.0 * arcs / words:F2} %; "
            + $"max |UPOS score diff| {tagDiff:G3}, max |arc score diff| {arcDiff:G3}; OntoNotes dev {onto.Count} sentences, {nerWords} words: greedy tag agree {100.0 * ner / nerWords:F2} %";
    }

    private static (float[] Nodes, int Words) RuntimeNodes(TransformerEncoder runtime, string[] words)
    {
        var (text, spans, sentences) = PreTokenized.Join([words]);
        return (runtime.NodeVectors(text, spans, sentences)[0], words.Length);
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
