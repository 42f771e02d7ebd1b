using System.Runtime.CompilerServices;
using NewsNlp.Accurate.Heads;
using NewsNlp.Accurate.Runtime;
using NewsNlp.Models;

namespace NewsNlp.Accurate;

/// <summary>Run-time settings of a <see cref="TransformerEncoder"/>.</summary>
public sealed record TransformerEncoderOptions
{
    /// <summary>Threads ONNX Runtime uses inside one encoder call (default 1: parallelism comes from documents).</summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>Most word pieces, padding included, in one encoder batch (default 4,096).</summary>
    public int MaxBatchPieces { get; init; } = 4096;

    /// <summary>
    /// Whether the encoder's matrix products run in int8 (default true): the weights are quantized
    /// once at load (one scale per output column), the activations per call, and ONNX Runtime runs
    /// u8·s8 products. Measured with the bundled <c>en-trf</c> on a CPU with AVX-512 VNNI: 2.4× the
    /// float32 encoder's speed, and test scores 0.0–0.3 points lower (docs/ACCURATE.md). Activations
    /// share one scale per encoder batch, so a sentence's vectors depend slightly on the sentences of
    /// its document batched with it (the same document always gives the same result). false: float32.
    /// </summary>
    public bool Int8 { get; init; } = true;
}

/// <summary>
/// A loaded <see cref="TransformerModel"/> ready to run: its encoder in an ONNX Runtime session and
/// its task heads. One encoder serves an <see cref="AccurateSyntaxAnnotator"/> and an
/// <see cref="AccurateEntityRecognizer"/>, which then share one encoder pass per document.
/// </summary>
/// <remarks>Thread-safe. Dispose it when no stage uses it any more (it holds the native session).</remarks>
public sealed class TransformerEncoder : IDisposable
{
    /// <summary>Sentences encoded together: bounds the node vectors held at once on a huge document.</summary>
    private const int GroupWords = 2048;

    private readonly EncoderSession _session;
    private readonly WordVectorizer _vectorizer;
    private readonly ConditionalWeakTable<Document, DocumentAnalysis> _cache = new();
    private int _sharedParts;

    private TransformerEncoder(TransformerModel model, TransformerEncoderOptions options)
    {
        Model = model;
        string source = model.Manifest.Name;
        // Heads first: a model whose heads do not fit its labels is refused before ONNX Runtime spends a second on the graph.
        Heads = new TaskHeadSet(model);
        _session = new EncoderSession(model.Encoder, Math.Max(1, options.IntraOpThreads), options.Int8, source + " (encoder)");
        if (_session.Width != Heads.Width - Heads.CasingWidth)
        {
            _session.Dispose();
            throw new ModelFormatException(source, $"the encoder's states are {_session.Width} wide, the heads read {Heads.Width - Heads.CasingWidth}");
        }
        _vectorizer = new WordVectorizer(_session, model.Pieces, Heads.Casing, Heads.CasingWidth, options.MaxBatchPieces);
    }

    /// <summary>The model.</summary>
    public TransformerModel Model { get; }

    internal TaskHeadSet Heads { get; }

    /// <summary>Starts an ONNX Runtime session over <paramref name="model"/>'s encoder.</summary>
    /// <exception cref="ModelFormatException">ONNX Runtime refuses the encoder, or the heads do not fit it.</exception>
    public static TransformerEncoder Create(TransformerModel model, TransformerEncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new TransformerEncoder(model, options ?? new TransformerEncoderOptions());
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => _session.Dispose();

    /// <summary>Entity heads that recognizers over this encoder read: a syntax pass computes them too and keeps them for the recognizer.</summary>
    internal AnalysisParts SharedParts => (AnalysisParts)Volatile.Read(ref _sharedParts);

    internal void Share(AnalysisParts parts)
    {
        int old, value;
        do { old = _sharedParts; value = old | (int)parts; }
        while (Interlocked.CompareExchange(ref _sharedParts, value, old) != old);
    }

    /// <summary>
    /// The heads' output on a tokenized, sentence-split document. With <paramref name="keep"/> the
    /// result is kept for the next stage; <paramref name="take"/> uses and drops a kept one.
    /// </summary>
    internal DocumentAnalysis Analyze(Document document, AnalysisParts parts, bool keep, bool take, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(document, out var kept))
        {
            // The last reader drops what was kept, whether or not it could use it.
            if (take) _cache.Remove(document);
            if ((kept.Parts & parts) == parts) return kept;
        }
        // The encoder reads "Ber\uFEFFlin" as "Berlin"; results stay per word, so offsets are untouched.
        var (text, spans) = NewsNlp.Text.CharClass.WordFeatures(document);
        var sentenceSpan = document.SentenceSpan;
        var sentences = new (int First, int End)[sentenceSpan.Length];
        for (int i = 0; i < sentences.Length; i++) sentences[i] = document.WordRange(sentenceSpan[i]);
        var result = Analyze(text, spans, sentences, parts, cancellationToken);
        if (keep) _cache.AddOrUpdate(document, result);
        return result;
    }

    /// <summary>The heads' output on sentences <c>(First, End)</c> of words given as spans of <paramref name="text"/>.</summary>
    internal DocumentAnalysis Analyze(string text, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<(int First, int End)> sentences, AnalysisParts parts, CancellationToken cancellationToken = default)
    {
        var result = new DocumentAnalysis(words.Length, parts);
        for (int s = 0; s < sentences.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = s + 1, count = sentences[s].End - sentences[s].First;
            while (end < sentences.Length && count + sentences[end].End - sentences[end].First <= GroupWords)
            {
                count += sentences[end].End - sentences[end].First;
                end++;
            }
            var group = sentences[s..end];
            var vectors = _vectorizer.Encode(text, words, group);
            for (int k = 0; k < group.Length; k++)
                Decode(vectors[k], group[k].First, group[k].End - group[k].First, parts, result);
            s = end;
        }
        return result;
    }

    /// <summary>Whether a result is kept for <paramref name="document"/> (tests: the recognizer must drop it).</summary>
    internal bool Keeps(Document document) => _cache.TryGetValue(document, out _);

    /// <summary>The node vectors themselves (training's equivalence check compares them and the heads' scores with TorchSharp's).</summary>
    internal float[][] NodeVectors(string text, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<(int First, int End)> sentences)
        => _vectorizer.Encode(text, words, sentences);

    private void Decode(float[] nodes, int first, int n, AnalysisParts parts, DocumentAnalysis result)
    {
        if (n == 0) return;
        var heads = Heads;
        if ((parts & AnalysisParts.Syntax) != 0)
        {
            heads.Argmax(heads.UposHead, nodes, n, result.Upos.AsSpan(first, n));
            heads.Argmax(heads.XposHead, nodes, n, result.Xpos.AsSpan(first, n));
            var head = result.Heads.AsSpan(first, n);
            heads.Parse(nodes, n, head, result.Relations.AsSpan(first, n));
            for (int w = 0; w < n; w++)
                if (head[w] >= 0) head[w] += first;
        }
        if ((parts & AnalysisParts.Onto) != 0)
            heads.OntoDecoder.Decode(heads.WordScores(heads.Onto, nodes, n), n, result.Onto.AsSpan(first, n), result.OntoProbability.AsSpan(first, n));
        if ((parts & AnalysisParts.Conll) != 0)
            heads.ConllDecoder.Decode(heads.WordScores(heads.Conll, nodes, n), n, result.Conll.AsSpan(first, n), result.ConllProbability.AsSpan(first, n));
    }
}
