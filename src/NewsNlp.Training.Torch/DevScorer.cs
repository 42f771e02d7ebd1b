using static TorchSharp.torch;

namespace NewsNlp.Training.Torch;

/// <summary>
/// Quick dev scores for the training log: entity span F1 with greedy tags (an I- after O or another
/// type opens a span), UPOS accuracy and UAS/LAS with each word's best head (no tree constraint).
/// The figures to report come from the run-time decoders (Viterbi, maximum spanning tree) through
/// the <c>newsnlp</c> eval commands.
/// </summary>
internal sealed class DevScorer
{
    private readonly MiniLm _encoder;
    private readonly TaskHeads _heads;
    private readonly TaskData _data;
    private readonly int _pad;

    public DevScorer(MiniLm encoder, TaskHeads heads, TaskData data, int pad)
    {
        _encoder = encoder;
        _heads = heads;
        _data = data;
        _pad = pad;
    }

    public Dictionary<string, double> Score(List<EncodedSentence> onto, List<EncodedSentence> conll, List<EncodedSentence> ewt)
    {
        _encoder.eval();
        _heads.eval();
        var scores = new Dictionary<string, double>
        {
            ["onto F1"] = NerF1(onto, _data.OntoTags),
            ["conll F1"] = NerF1(conll, _data.ConllTags),
        };
        foreach (var kv in Syntax(ewt))
            scores[kv.Key] = kv.Value;
        _encoder.train();
        _heads.train();
        return scores;
    }

    private IEnumerable<(Batch Batch, IReadOnlyList<EncodedSentence> Sentences)> Batches(List<EncodedSentence> sentences)
    {
        var ordered = sentences.OrderBy(s => s.Pieces.Length).ToList();
        for (int i = 0; i < ordered.Count; i += 64)
        {
            var part = ordered.GetRange(i, Math.Min(64, ordered.Count - i));
            yield return (Batch.Collate(part, _pad), part);
        }
    }

    private double NerF1(List<EncodedSentence> sentences, LabelSet tags)
    {
        int gold = 0, predicted = 0, correct = 0;
        using var noGrad = no_grad();
        foreach (var (batch, part) in Batches(sentences))
        {
            using var scope = NewDisposeScope();
            var nodes = _heads.Words(_encoder.forward(batch.Ids, batch.Mask), batch.FirstPiece, batch.Casing);
            var scores = part[0].Task == TrainingTask.OntoNer ? _heads.OntoScores(nodes) : _heads.ConllScores(nodes);
            var best = scores.argmax(-1).data<long>().ToArray();
            long n = scores.shape[1];
            for (int s = 0; s < part.Count; s++)
            {
                var predictedTags = new string[part[s].Tags.Length];
                var goldTags = new string[part[s].Tags.Length];
                for (int w = 0; w < predictedTags.Length; w++)
                {
                    predictedTags[w] = tags.Labels[(int)best[s * n + w + 1]];
                    goldTags[w] = tags.Labels[part[s].Tags[w]];
                }
                var g = Spans(goldTags);
                var p = Spans(predictedTags);
                gold += g.Count;
                predicted += p.Count;
                correct += p.Count(g.Contains);
            }
            batch.Dispose();
        }
        double precision = predicted == 0 ? 0 : correct / (double)predicted;
        double recall = gold == 0 ? 0 : correct / (double)gold;
        return precision + recall == 0 ? 0 : 200 * precision * recall / (precision + recall);
    }

    internal static HashSet<(int, int, string)> Spans(string[] tags)
    {
        var spans = new HashSet<(int, int, string)>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Length; i++)
        {
            string t = i < tags.Length ? tags[i] : "O";
            bool continues = t.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && t[2..] == type;
            if (continues)
                continue;
            if (start >= 0)
                spans.Add((start, i, type));
            start = -1;
            if (t != "O")
            {
                start = i;
                type = t[2..];
            }
        }
        return spans;
    }

    private Dictionary<string, double> Syntax(List<EncodedSentence> sentences)
    {
        int words = 0, upos = 0, uas = 0, las = 0;
        using var noGrad = no_grad();
        foreach (var (batch, part) in Batches(sentences))
        {
            using var scope = NewDisposeScope();
            var nodes = _heads.Words(_encoder.forward(batch.Ids, batch.Mask), batch.FirstPiece, batch.Casing);
            var tags = _heads.UposScores(nodes).argmax(-1).data<long>().ToArray();
            var arcs = _heads.ArcScores(nodes).masked_fill(batch.NodeMask.logical_not().unsqueeze(1), -1e9f);
            var heads = arcs.argmax(-1);
            var labels = _heads.LabelScores(nodes, heads).argmax(-1).data<long>().ToArray();
            var headArray = heads.data<long>().ToArray();
            long n = nodes.shape[1];
            for (int s = 0; s < part.Count; s++)
            {
                for (int w = 0; w < part[s].Upos.Length; w++)
                {
                    long k = s * n + w + 1;
                    words++;
                    if (tags[k] == part[s].Upos[w]) upos++;
                    if (headArray[k] == part[s].Heads[w])
                    {
                        uas++;
                        if (labels[k] == part[s].Relations[w]) las++;
                    }
                }
            }
            batch.Dispose();
        }
        return new Dictionary<string, double>
        {
            ["ewt UPOS"] = 100.0 * upos / words,
            ["ewt UAS"] = 100.0 * uas / words,
            ["ewt LAS"] = 100.0 * las / words,
        };
    }
}
