using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>An entity found in a sentence: word range (end exclusive), label index, and confidence.</summary>
internal readonly record struct LabeledSpan(int Start, int End, int Label, float Confidence);

/// <summary>Labels the sentences of one article in order with a <see cref="NerModel"/> (predict only; writes nothing).</summary>
internal sealed class SentenceLabeler
{
    /// <summary>
    /// Labels a whole article the way the recognizer does — a casing pass over every sentence,
    /// then each sentence in order with the prediction history — and returns each sentence's
    /// entities with their confidence (the lowest marginal probability of their words' tags).
    /// </summary>
    public static List<LabeledSpan>[] LabelArticle(NerModel model, string text, IReadOnlyList<ReadOnlyMemory<(int Start, int End)>> sentences, CancellationToken cancellationToken = default)
    {
        var labeler = new SentenceLabeler(model);
        foreach (var s in sentences) labeler.Observe(text, s.Span);
        var result = new List<LabeledSpan>[sentences.Count];
        var found = new List<(int Start, int End, int Label)>();
        int[] tags = new int[64];
        float[] probs = new float[64];
        for (int i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = sentences[i].Span;
            var entities = result[i] = [];
            if (words.Length == 0) continue;
            if (tags.Length < words.Length) { tags = new int[words.Length * 2]; probs = new float[words.Length * 2]; }
            labeler.Label(text, words, tags, probs);
            found.Clear();
            BilouTagSet.Decode(tags.AsSpan(0, words.Length), found);
            foreach (var (a, b, l) in found)
            {
                float confidence = 1f;
                for (int k = a; k < b; k++) confidence = Math.Min(confidence, probs[k]);
                entities.Add(new LabeledSpan(a, b, l, confidence));
            }
        }
        return result;
    }

    private readonly NerModel _model;
    private readonly NerContext _context;
    private readonly List<uint> _keys = new(1024);
    private float[] _scores = new float[256];
    private float[] _alpha = new float[256];
    private float[] _beta = new float[256];
    private float[] _emissions = new float[256];


    public SentenceLabeler(NerModel model)
    {
        _model = model;
        _context = new NerContext(model.TagSet.Labels.Length);
    }

    /// <summary>First pass over the article: how each word is cased (feeds document-level features).</summary>
    public void Observe(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words) =>
        _context.ObserveCasing(text, words, NerFeatures.IsHeadline(text, words));

    /// <summary>
    /// Labels one sentence: best BILOU tags, and each word's marginal probability of its tag
    /// (temperature-scaled forward-backward) for confidences; 1 for every word of a sentence
    /// without entities, where no confidence is needed.
    /// </summary>
    public void Label(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, Span<int> tags, Span<float> tagProbability)
    {
        int n = words.Length;
        if (n == 0) return;
        int t = _model.TagSet.Count;
        var decoder = _model.Decoder;
        int stride = decoder.Stride;
        if (_scores.Length < n * t)
        {
            _scores = new float[n * t * 2];
        }
        if (_alpha.Length < n * stride)
        {
            _alpha = new float[n * stride * 2];
            _beta = new float[n * stride * 2];
            _emissions = new float[n * stride * 2];
        }
        var scores = _scores.AsSpan(0, n * t);
        scores.Clear();
        _keys.Clear();
        Span<int> offsets = n + 1 <= 512 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> rows = n <= 256 ? stackalloc int[n] : new int[n];
        NerFeatures.Extract(text, words, _model.Resources, _context, _keys, offsets, rows);
        Span<uint> history = stackalloc uint[NerFeatures.MaxHistoryPerWord];
        var weights = _model.Weights;
        for (int i = 0; i < n; i++)
        {
            var row = scores.Slice(i * t, t);
            weights.AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_keys)[offsets[i]..offsets[i + 1]], row);
            int h = NerFeatures.History(text[words[i].Start..words[i].End], i == 0, _context, history);
            for (int k = 0; k < h; k++) weights.AddTo(history[k], row);
        }
        if (_model.DenseRows is { } dense)
        {
            for (int i = 0; i < n; i++)
            {
                var row = scores.Slice(i * t, t);
                if (rows[i] >= 0) VectorMath.Add(row, dense.Get(rows[i]).AsSpan(0, t));
                if (i > 0 && rows[i - 1] >= 0) VectorMath.Add(row, dense.Get(rows[i - 1]).AsSpan(t, t));
                if (i + 1 < n && rows[i + 1] >= 0) VectorMath.Add(row, dense.Get(rows[i + 1]).AsSpan(t, t));
            }
        }
        // alpha doubles as Viterbi's delta: the two never run at the same time.
        decoder.Viterbi(scores, n, tags, _alpha.AsSpan(0, n * stride));
        // Confidences are only reported for entities: a sentence without one skips forward-backward.
        if (!tags[..n].ContainsAnyExcept(BilouTagSet.Outside))
        {
            tagProbability[..n].Fill(1f);
            _context.Remember(text, words, tags);
            return;
        }
        decoder.TagProbabilities(scores, n, tags, tagProbability, _alpha.AsSpan(0, n * stride), _beta.AsSpan(0, n * stride), _emissions.AsSpan(0, n * stride));
        _context.Remember(text, words, tags);
    }
}
