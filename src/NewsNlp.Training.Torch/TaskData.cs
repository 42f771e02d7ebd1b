using NewsNlp.Accurate.Encoding;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Training.Torch;

/// <summary>The tasks the shared encoder is fine-tuned on; each batch holds sentences of one task.</summary>
internal enum TrainingTask
{
    /// <summary>OntoNotes 5 entities, 18 types, BIO.</summary>
    OntoNer,
    /// <summary>CoNLL-2003 entities, 4 types, BIO (its own head).</summary>
    ConllNer,
    /// <summary>UD English EWT: UPOS, XPOS and the dependency tree, one batch trains all three.</summary>
    Syntax,
}

/// <summary>One sentence ready for the encoder: word pieces, each word's first piece, casing ids, labels.</summary>
internal sealed record EncodedSentence(
    TrainingTask Task, int[] Pieces, int[] FirstPiece, int[] Casing,
    int[] Tags, int[] Upos, int[] Xpos, int[] Heads, int[] Relations);

/// <summary>Reads the corpora and the label sets, and encodes sentences.</summary>
internal sealed class TaskData
{
    /// <summary>Longest sentence, in word pieces with [CLS] and [SEP], that training keeps.</summary>
    public const int MaxPieces = NewsNlp.Accurate.Runtime.PieceWindows.MaxPieces; // one constant for training and run time

    public required LabelSet OntoTags { get; init; }
    public required LabelSet ConllTags { get; init; }
    public required LabelSet Upos { get; init; }
    public required LabelSet Xpos { get; init; }
    public required LabelSet Relations { get; init; }

    /// <summary>Label sets from the training files (sorted, so the same data gives the same ids).</summary>
    public static TaskData FromTraining(List<TaggedDocument> onto, List<TaggedDocument> conll, List<ConlluSentence> ewt) => new()
    {
        OntoTags = LabelSet.Bio(onto.SelectMany(d => d.Sentences).SelectMany(s => s.Spans).Select(s => s.Label)),
        ConllTags = LabelSet.Bio(conll.SelectMany(d => d.Sentences).SelectMany(s => s.Spans).Select(s => s.Label)),
        Upos = LabelSet.Of(ewt.SelectMany(s => s.Upos)),
        Xpos = LabelSet.Of(ewt.SelectMany(s => s.Xpos)),
        Relations = LabelSet.Of(ewt.SelectMany(s => s.Relations)),
    };

    public static int[] Casing(IReadOnlyList<string> words)
    {
        var c = new int[words.Count];
        for (int i = 0; i < c.Length; i++)
            c[i] = WordCasing.Of(words[i], i == 0);
        return c;
    }

    public List<EncodedSentence> EncodeNer(WordPieceEncoder encoder, List<TaggedDocument> docs, TrainingTask task)
    {
        var tags = task == TrainingTask.OntoNer ? OntoTags : ConllTags;
        var result = new List<EncodedSentence>();
        foreach (var s in docs.SelectMany(d => d.Sentences))
        {
            var (pieces, first) = encoder.Encode(s.Words);
            if (pieces.Length > MaxPieces)
                continue;
            var t = new int[s.Words.Length];
            foreach (var (start, end, label) in s.Spans)
            {
                t[start] = tags.Id("B-" + label);
                for (int i = start + 1; i < end; i++)
                    t[i] = tags.Id("I-" + label);
            }
            result.Add(new EncodedSentence(task, pieces, first, Casing(s.Words), t, [], [], [], []));
        }
        return result;
    }

    public List<EncodedSentence> EncodeSyntax(WordPieceEncoder encoder, List<ConlluSentence> sentences)
    {
        var result = new List<EncodedSentence>();
        foreach (var s in sentences)
        {
            if (!ConlluCorpus.HasTree(s))
                continue;
            var (pieces, first) = encoder.Encode(s.Forms);
            if (pieces.Length > MaxPieces)
                continue;
            // Heads as node indexes: 0 is the root ([CLS]), word i is node i + 1.
            result.Add(new EncodedSentence(TrainingTask.Syntax, pieces, first, Casing(s.Forms), [],
                s.Upos.Select(Upos.Id).ToArray(), s.Xpos.Select(Xpos.Id).ToArray(),
                s.Heads.Select(h => h + 1).ToArray(), s.Relations.Select(Relations.Id).ToArray()));
        }
        return result;
    }
}

/// <summary>A fixed, ordered label set; an unseen label maps to id 0.</summary>
internal sealed class LabelSet
{
    private readonly Dictionary<string, int> _ids;

    public LabelSet(IReadOnlyList<string> labels)
    {
        Labels = labels;
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++)
            _ids[labels[i]] = i;
    }

    public IReadOnlyList<string> Labels { get; }
    public int Count => Labels.Count;
    public int Id(string label) => _ids.TryGetValue(label, out int id) ? id : 0;

    public static LabelSet Of(IEnumerable<string> labels)
        => new(labels.Distinct().Order(StringComparer.Ordinal).ToArray());

    /// <summary>O first, then B-/I- for each type in order.</summary>
    public static LabelSet Bio(IEnumerable<string> types)
    {
        var list = new List<string> { "O" };
        foreach (var t in types.Distinct().Order(StringComparer.Ordinal))
        {
            list.Add("B-" + t);
            list.Add("I-" + t);
        }
        return new LabelSet(list);
    }
}
