using static TorchSharp.torch;

namespace NewsNlp.Training.Torch;

/// <summary>
/// Sentences of one task padded into tensors. Node 0 of every sentence is the root (<c>[CLS]</c>),
/// nodes 1… are its words; labels of padding and of the root are -100 (ignored by the losses).
/// </summary>
internal sealed class Batch : IDisposable
{
    public const int Ignore = -100;
    private const int RootCasing = 7; // WordCasing's "other"

    public required TrainingTask Task { get; init; }
    public required Tensor Ids { get; init; }          // [B, P] word pieces
    public required Tensor Mask { get; init; }         // [B, P]
    public required Tensor FirstPiece { get; init; }   // [B, N] flat index into B × P
    public required Tensor Casing { get; init; }       // [B, N]
    public required Tensor NodeMask { get; init; }     // [B, N] true for root and words
    public required Tensor Tags { get; init; }         // [B, N] NER tags or UPOS
    public required Tensor Xpos { get; init; }         // [B, N]
    public required Tensor Heads { get; init; }        // [B, N] gold head node (Ignore on root and padding)
    public required Tensor HeadsForLabels { get; init; } // [B, N] gold head, 0 on root and padding
    public required Tensor Relations { get; init; }    // [B, N]
    public required int Sentences { get; init; }

    public static Batch Collate(IReadOnlyList<EncodedSentence> sentences, int pad)
    {
        int b = sentences.Count;
        int p = sentences.Max(s => s.Pieces.Length);
        int n = sentences.Max(s => s.FirstPiece.Length) + 1;
        var ids = new long[b * p];
        var mask = new long[b * p];
        var first = new long[b * n];
        var casing = new long[b * n];
        var nodeMask = new bool[b * n];
        var tags = new long[b * n];
        var xpos = new long[b * n];
        var heads = new long[b * n];
        var headsForLabels = new long[b * n];
        var rels = new long[b * n];
        Array.Fill(tags, Ignore);
        Array.Fill(xpos, Ignore);
        Array.Fill(heads, Ignore);
        Array.Fill(rels, Ignore);
        Array.Fill(ids, pad);
        for (int i = 0; i < b; i++)
        {
            var s = sentences[i];
            for (int k = 0; k < s.Pieces.Length; k++)
            {
                ids[i * p + k] = s.Pieces[k];
                mask[i * p + k] = 1;
            }
            for (int w = 0; w < n; w++)
            {
                first[i * n + w] = i * p; // root and padding read [CLS]
                casing[i * n + w] = RootCasing;
            }
            nodeMask[i * n] = true;
            for (int w = 0; w < s.FirstPiece.Length; w++)
            {
                int node = i * n + w + 1;
                first[node] = i * p + s.FirstPiece[w];
                casing[node] = s.Casing[w];
                nodeMask[node] = true;
                if (s.Tags.Length > 0) tags[node] = s.Tags[w];
                if (s.Upos.Length > 0) tags[node] = s.Upos[w];
                if (s.Xpos.Length > 0) xpos[node] = s.Xpos[w];
                if (s.Heads.Length > 0)
                {
                    heads[node] = s.Heads[w];
                    headsForLabels[node] = s.Heads[w];
                    rels[node] = s.Relations[w];
                }
            }
        }
        return new Batch
        {
            Task = sentences[0].Task,
            Ids = tensor(ids, new long[] { b, p }),
            Mask = tensor(mask, new long[] { b, p }),
            FirstPiece = tensor(first, new long[] { b, n }),
            Casing = tensor(casing, new long[] { b, n }),
            NodeMask = tensor(nodeMask, new long[] { b, n }),
            Tags = tensor(tags, new long[] { b, n }),
            Xpos = tensor(xpos, new long[] { b, n }),
            Heads = tensor(heads, new long[] { b, n }),
            HeadsForLabels = tensor(headsForLabels, new long[] { b, n }),
            Relations = tensor(rels, new long[] { b, n }),
            Sentences = b,
        };
    }

    public void Dispose()
    {
        foreach (var t in new[] { Ids, Mask, FirstPiece, Casing, NodeMask, Tags, Xpos, Heads, HeadsForLabels, Relations })
            t.Dispose();
    }

    /// <summary>
    /// Batches of about <paramref name="batchSize"/> sentences of one task, similar lengths together
    /// (less padding), in an order fixed by <paramref name="seed"/>.
    /// </summary>
    public static List<List<EncodedSentence>> Plan(IReadOnlyList<List<EncodedSentence>> tasks, int batchSize, int seed)
    {
        var random = new Random(seed);
        var batches = new List<List<EncodedSentence>>();
        foreach (var sentences in tasks)
        {
            var shuffled = sentences.ToArray();
            random.Shuffle(shuffled);
            // Sort within pools of 50 batches: lengths alike inside a batch, order still random.
            int pool = batchSize * 50;
            for (int start = 0; start < shuffled.Length; start += pool)
            {
                var chunk = shuffled.Skip(start).Take(pool).OrderBy(s => s.Pieces.Length).ToList();
                for (int i = 0; i < chunk.Count; i += batchSize)
                    batches.Add(chunk.GetRange(i, Math.Min(batchSize, chunk.Count - i)));
            }
        }
        var order = batches.ToArray();
        random.Shuffle(order);
        return order.ToList();
    }
}
