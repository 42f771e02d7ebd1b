using System.Diagnostics;
using NewsNlp.Entities;
using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Ner;

/// <summary>
/// Trains an entity recognizer: an averaged structured perceptron (Collins 2002) over BILOU tags
/// with constrained first-order Viterbi decoding, hashed features from <see cref="NerFeatures"/>,
/// online prediction-history features, early stopping on the development split, and a confidence
/// temperature fitted on that split. Deterministic for a given seed and data.
/// </summary>
public static partial class NerTrainer
{
    private sealed class FeatureCache
    {
        public required PreparedDocument Doc;
        public required int[][] Features;   // per sentence: feature indexes, CSR by Offsets
        public required int[][] Offsets;    // per sentence: n + 1 offsets
    }

    /// <summary>
    /// Trains with the gazetteer and word clusters built from <paramref name="resourcesFolder"/> (its
    /// gazetteers/, cameo/ and unlabeled/ folders); either can be left out, and with neither the
    /// folder is not read (it may then be null).
    /// </summary>
    internal static NerModel Train(List<TaggedDocument> train, List<TaggedDocument> dev, string? resourcesFolder, bool gazetteers, bool clusters,
        NerTrainingOptions options)
    {
        var resources = NerResources.Empty;
        if (gazetteers || clusters)
        {
            ArgumentNullException.ThrowIfNull(resourcesFolder);
            var gaz = gazetteers ? Resources.GazetteerBuilder.Build(resourcesFolder, options.Log ?? TextWriter.Null) : Gazetteer.Empty;
            var cl = clusters ? Resources.ClusterInducer.Induce(resourcesFolder, options.Log ?? TextWriter.Null, options.Seed) : WordClusters.Empty;
            resources = new NerResources(gaz, cl);
        }
        return Train(train, dev, resources, options);
    }

    internal static NerModel Train(List<TaggedDocument> train, List<TaggedDocument> dev, NerResources resources, NerTrainingOptions options)
    {
        var log = options.Log ?? TextWriter.Null;
        var clock = Stopwatch.StartNew();
        var labels = (options.Labels ?? train.SelectMany(d => d.Sentences).SelectMany(s => s.Spans).Select(x => x.Label).Distinct().Order(StringComparer.Ordinal).ToList()).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var tagSet = new BilouTagSet(labels);
        int T = tagSet.Count;
        var trainDocs = train.Select(d => new PreparedDocument(d, labelIndex)).ToList();
        var devDocs = dev.Select(d => new PreparedDocument(d, labelIndex)).ToList();
        log.WriteLine($"labels: {string.Join(' ', labels)} ({T} BILOU tags); train {trainDocs.Count} docs / {trainDocs.Sum(d => d.WordCount):N0} words; dev {devDocs.Count} docs / {devDocs.Sum(d => d.WordCount):N0} words");

        // Feature index: keys seen at least MinFeatureCount times in training, plus every history key.
        var rawTrain = trainDocs.Select(d => ExtractKeys(d, resources)).ToList();
        var counts = new Dictionary<uint, int>();
        foreach (var (keys, _) in rawTrain)
            foreach (var sentence in keys)
                foreach (uint k in sentence)
                    counts[k] = counts.GetValueOrDefault(k) + 1;
        var index = new Dictionary<uint, int>();
        foreach (var (k, seen) in counts.OrderBy(p => p.Key))
            if (seen >= options.MinFeatureCount) index[k] = index.Count;
        foreach (uint k in HistoryKeys(labels.Length))
            index.TryAdd(k, index.Count);
        counts = null;
        int F = index.Count;
        log.WriteLine($"features: {F:N0} kept (count >= {options.MinFeatureCount}); {clock.Elapsed.TotalSeconds:F0} s");

        var trainCache = trainDocs.Select((d, i) => ToCache(d, rawTrain[i], index)).ToList();
        rawTrain = null;
        var devCache = devDocs.Select(d => ToCache(d, ExtractKeys(d, resources), index)).ToList();

        var clusters = resources.Clusters;
        int width = DenseFeatures.Width(clusters);
        if (width > 0) log.WriteLine($"dense word-vector features: {width} per word");
        // An ensemble of perceptrons trained with different shuffling seeds, merged by averaging
        // their (already averaged) weights: one model, no extra cost at tagging time.
        var sumW = new float[(long)F * T];
        var sumT = new float[(T + 1) * T];
        var sumD = new float[width * T];
        var epochsUsed = new List<int>();
        for (int member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            int seed = options.Seed + member;
            if (options.Ensemble > 1) log.WriteLine($"ensemble member {member + 1} of {options.Ensemble} (seed {seed})");
            var w = new float[(long)F * T];
            var u = new float[(long)F * T];
            var tw = new float[(T + 1) * T];
            var tu = new float[(T + 1) * T];
            var dw = new float[width * T];
            var du = new float[width * T];
            float[]? bestD = null;
            float c = 1;
            float[]? bestW = null, bestT = null;
            double bestF1 = -1;
            int bestEpoch = 0, sinceBest = 0;
            var rng = new Random(seed);
            var order = Enumerable.Range(0, trainCache.Count).ToArray();

            for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
            {
                rng.Shuffle(order);
                int errors = 0;
                foreach (int d in order)
                {
                    var cache = trainCache[d];
                    var ctx = new NerContext(labels.Length);
                    for (int s = 0; s < cache.Doc.Sentences.Length; s++)
                    {
                        var words = cache.Doc.Sentences[s];
                        int n = words.Length;
                        if (n == 0) continue;
                        var gold = cache.Doc.Gold[s];
                        var history = HistoryIndexes(cache.Doc.Text, words, ctx, index);
                        var scores = SentenceScores(cache, s, w, dw, clusters, T, history, out float[]? x);
                        var pred = new int[n];
                        SequenceDecoder.Viterbi(tagSet, tw, scores, n, pred);
                        if (!pred.AsSpan().SequenceEqual(gold))
                        {
                            errors++;
                            for (int i = 0; i < n; i++)
                            {
                                if (pred[i] == gold[i]) continue;
                                if (x is not null)
                                    for (int k = 0; k < width; k++)
                                    {
                                        float v = x[i * width + k];
                                        if (v == 0) continue;
                                        dw[gold[i] * width + k] += v; du[gold[i] * width + k] += c * v;
                                        dw[pred[i] * width + k] -= v; du[pred[i] * width + k] -= c * v;
                                    }
                                for (int k = cache.Offsets[s][i]; k < cache.Offsets[s][i + 1]; k++) Update(w, u, (long)cache.Features[s][k] * T, gold[i], pred[i], c);
                                foreach (int f in history[i]) Update(w, u, (long)f * T, gold[i], pred[i], c);
                            }
                            for (int i = 0; i < n; i++)
                            {
                                int pg = i == 0 ? T : gold[i - 1], pp = i == 0 ? T : pred[i - 1];
                                if (pg == pp && gold[i] == pred[i]) continue;
                                tw[pg * T + gold[i]] += 1; tu[pg * T + gold[i]] += c;
                                tw[pp * T + pred[i]] -= 1; tu[pp * T + pred[i]] -= c;
                            }
                        }
                        c++;
                        ctx.Remember(cache.Doc.Text, words, pred);
                    }
                }
                var avgW = Average(w, u, c);
                var avgT = Average(tw, tu, c);
                var avgD = Average(dw, du, c);
                double f1 = Evaluate(devCache, avgW, avgT, avgD, clusters, tagSet, labels, index).Micro.F1;
                log.WriteLine($"epoch {epoch,2}: {errors:N0} sentences with errors; dev F1 {100 * f1:F2}; {clock.Elapsed.TotalSeconds:F0} s");
                if (options.Patience == 0 || f1 > bestF1)
                {
                    bestF1 = f1; bestW = avgW; bestT = avgT; bestD = avgD; bestEpoch = epoch; sinceBest = 0;
                }
                else if (options.Patience > 0 && ++sinceBest >= options.Patience)
                {
                    log.WriteLine($"early stop: no better dev F1 for {options.Patience} epochs; keeping epoch {bestEpoch}");
                    break;
                }
            }
            AddInto(sumW, bestW!);
            AddInto(sumT, bestT!);
            if (width > 0) AddInto(sumD, bestD!);
            epochsUsed.Add(bestEpoch);
        }
        {
            float k = Math.Max(1, options.Ensemble);
            for (long i = 0; i < sumW.Length; i++) sumW[i] /= k;
            for (int i = 0; i < sumT.Length; i++) sumT[i] /= k;
            for (int i = 0; i < sumD.Length; i++) sumD[i] /= k;
        }
        float[] finalW = sumW, finalT = sumT, finalD = sumD;
        int bestEpochs = epochsUsed.Max();
        if (options.Ensemble > 1)
            log.WriteLine($"ensemble of {options.Ensemble}: dev F1 {100 * Evaluate(devCache, finalW, finalT, finalD, clusters, tagSet, labels, index).Micro.F1:F2}");

        var keysByIndex = new uint[F];
        foreach (var (k, i) in index) keysByIndex[i] = k;
        var weights = Prune(finalW, T, keysByIndex, options.PruneBelow);
        var coarse = labels.Select(EntityTypes.FromLabel).ToArray();
        var manifest = new ModelManifest
        {
            Name = options.Name,
            Labels = labels.ToList(),
            CoarseTypes = labels.ToDictionary(l => l, l => EntityTypes.FromLabel(l).ToString().ToUpperInvariant()),
            TrainingData = options.TrainingData,
            TrainingCommand = options.TrainingCommand,
            FeatureSet = "averaged structured perceptron over BILOU tags with constrained first-order Viterbi, an ensemble of seeds merged by weight averaging; word and normalised form in a ±3 window, word bigrams and the w-1 w0 w+1 trigram, prefixes and suffixes 1-5, long and short word shapes and shape bigrams, sentence start and end, all-caps headline, two-level word clusters (w-2..w+2, cluster bigrams), dense 128-d SVD word vectors of w0 and its neighbours, gazetteer matches with BILU position (w-1, w0, w+1), document casing consistency, online prediction history; 32-bit hashed features",
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            Training = new Dictionary<string, string>
            {
                ["epochs"] = string.Join(",", epochsUsed),
                ["ensemble"] = Math.Max(1, options.Ensemble).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["seed"] = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["features"] = weights.Keys.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["weights"] = weights.EntryCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["minFeatureCount"] = options.MinFeatureCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["seconds"] = clock.Elapsed.TotalSeconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        float[]? dense = width > 0 ? finalD.Select(v => (float)(Half)v).ToArray() : null;
        var model = new NerModel(manifest, labels, coarse, 1f, finalT, weights, resources, dense);
        float temperature = options.Temperature ?? FitTemperature(model, devDocs, log);
        model = new NerModel(manifest, labels, coarse, temperature, finalT, weights, resources, dense);
        var devScore = Score(model, devDocs, static l => l, static l => l);
        model = model.WithManifest(manifest
            .WithScore("dev.f1", Math.Round(100 * devScore.Micro.F1, 2))
            .WithTraining("temperature", temperature.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        log.WriteLine($"final model: {weights.Keys.Length:N0} features, {weights.EntryCount:N0} weights, temperature {temperature:F2}; dev F1 {100 * devScore.Micro.F1:F2} (runtime path); {clock.Elapsed.TotalSeconds:F0} s");
        return model;
    }

    /// <summary>Scores a model on documents through the runtime labelling path.</summary>
    public static SpanScore Score(NerModel model, IEnumerable<TaggedDocument> docs) =>
        Score(model, Prepare(model, docs), static l => l, static l => l);

    /// <summary>
    /// Scores a model after passing gold and predicted labels through the relabelling
    /// functions (null drops the span), e.g. to compare coarse types across label sets.
    /// </summary>
    public static SpanScore Score(NerModel model, IReadOnlyList<TaggedDocument> docs, Func<string, string?> relabelGold, Func<string, string?> relabelPredicted) =>
        Score(model, Prepare(model, docs), relabelGold, relabelPredicted);

    private static List<PreparedDocument> Prepare(NerModel model, IEnumerable<TaggedDocument> docs)
    {
        var labelIndex = model.Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        return docs.Select(d => new PreparedDocument(d, labelIndex)).ToList();
    }

    private static SpanScore Score(NerModel model, List<PreparedDocument> docs, Func<string, string?> relabelGold, Func<string, string?> relabelPredicted)
    {
        var results = new List<(int Start, int End, string Label)>[docs.Count][];
        Parallel.For(0, docs.Count, i => results[i] = docs[i].Predict(model));
        var score = new SpanScore();
        for (int d = 0; d < docs.Count; d++)
            for (int s = 0; s < docs[d].Sentences.Length; s++)
                score.Add(Relabel(docs[d].Source.Sentences[s].Spans, relabelGold), Relabel(results[d][s], relabelPredicted));
        return score;
    }

    private static IEnumerable<(int, int, string)> Relabel(IEnumerable<(int Start, int End, string Label)> spans, Func<string, string?> f) =>
        spans.Select(x => (x.Start, x.End, Label: f(x.Label))).Where(x => x.Label is not null).Select(x => (x.Start, x.End, x.Label!));

    private static (uint[][] Keys, int[][] Offsets) ExtractKeys(PreparedDocument doc, NerResources resources)
    {
        var ctx = new NerContext(1);
        foreach (var s in doc.Sentences) ctx.ObserveCasing(doc.Text, s, NerFeatures.IsHeadline(doc.Text, s));
        var keys = new uint[doc.Sentences.Length][];
        var offsets = new int[doc.Sentences.Length][];
        var buffer = new List<uint>(4096);
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            buffer.Clear();
            var words = doc.Sentences[s];
            offsets[s] = new int[words.Length + 1];
            if (words.Length > 0) NerFeatures.Extract(doc.Text, words, resources, ctx, buffer, offsets[s]);
            keys[s] = buffer.ToArray();
        }
        return (keys, offsets);
    }

    private static FeatureCache ToCache(PreparedDocument doc, (uint[][] Keys, int[][] Offsets) raw, Dictionary<uint, int> index)
    {
        var features = new int[raw.Keys.Length][];
        var offsets = new int[raw.Keys.Length][];
        for (int s = 0; s < raw.Keys.Length; s++)
        {
            var list = new List<int>(raw.Keys[s].Length);
            var off = new int[raw.Offsets[s].Length];
            for (int i = 0; i + 1 < off.Length; i++)
            {
                off[i] = list.Count;
                for (int k = raw.Offsets[s][i]; k < raw.Offsets[s][i + 1]; k++)
                    if (index.TryGetValue(raw.Keys[s][k], out int f)) list.Add(f);
            }
            off[^1] = list.Count;
            features[s] = list.ToArray();
            offsets[s] = off;
        }
        return new FeatureCache { Doc = doc, Features = features, Offsets = offsets };
    }

    private static IEnumerable<uint> HistoryKeys(int labels)
    {
        var result = new List<uint>();
        for (int l = 0; l < labels; l++)
        {
            result.Add(FeatureHash.Finish(FeatureHash.Combine(38, (ulong)l)));
            result.Add(FeatureHash.Finish(FeatureHash.Combine(39, (ulong)l, 0UL)));
            result.Add(FeatureHash.Finish(FeatureHash.Combine(39, (ulong)l, 1UL)));
        }
        return result;
    }

    private static int[][] HistoryIndexes(string text, (int Start, int End)[] words, NerContext ctx, Dictionary<uint, int> index)
    {
        var result = new int[words.Length][];
        Span<uint> buf = stackalloc uint[NerFeatures.MaxHistoryPerWord];
        for (int i = 0; i < words.Length; i++)
        {
            int h = NerFeatures.History(text.AsSpan(words[i].Start, words[i].End - words[i].Start), i == 0, ctx, buf);
            if (h == 0) { result[i] = []; continue; }
            var r = new int[h];
            for (int k = 0; k < h; k++) r[k] = index[buf[k]];
            result[i] = r;
        }
        return result;
    }

    /// <summary>
    /// Emission scores of sentence <paramref name="s"/> under the current weights: hashed features,
    /// history features and, when the resources have vectors, the dense features (returned in
    /// <paramref name="x"/> for the update).
    /// </summary>
    private static float[] SentenceScores(FeatureCache cache, int s, float[] w, float[] dw, WordClusters clusters, int T, int[][] history, out float[]? x)
    {
        var words = cache.Doc.Sentences[s];
        int n = words.Length;
        var scores = Score(w, T, cache.Features[s], cache.Offsets[s], history, n);
        int width = DenseFeatures.Width(clusters);
        x = null;
        if (width == 0) return scores;
        x = new float[n * width];
        DenseFeatures.Fill(clusters, cache.Doc.Text, words, x);
        DenseFeatures.AddScores(x, dw, n, width, T, scores);
        return scores;
    }

    private static float[] Score(float[] w, int T, int[] features, int[] offsets, int[][] history, int n)
    {
        var scores = new float[n * T];
        for (int i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * T, T);
            for (int k = offsets[i]; k < offsets[i + 1]; k++) VectorMath.Add(row, w.AsSpan((int)((long)features[k] * T), T));
            foreach (int f in history[i]) VectorMath.Add(row, w.AsSpan(f * T, T));
        }
        return scores;
    }


    private static void AddInto(float[] sum, float[] x)
    {
        for (long i = 0; i < x.Length; i++) sum[i] += x[i];
    }

    private static void Update(float[] w, float[] u, long row, int gold, int pred, float c)
    {
        w[row + gold] += 1; u[row + gold] += c;
        w[row + pred] -= 1; u[row + pred] -= c;
    }

    private static float[] Average(float[] w, float[] u, float c)
    {
        var a = new float[w.Length];
        for (long i = 0; i < w.Length; i++) a[i] = w[i] - u[i] / c;
        return a;
    }

    private static SpanScore Evaluate(List<FeatureCache> docs, float[] w, float[] tw, float[] dw, WordClusters clusters, BilouTagSet tagSet, string[] labels, Dictionary<uint, int> index)
    {
        int T = tagSet.Count;
        var perDoc = new List<(int, int, string)>[docs.Count][];
        Parallel.For(0, docs.Count, d =>
        {
            var cache = docs[d];
            var ctx = new NerContext(labels.Length);
            var found = new List<(int Start, int End, int Label)>();
            perDoc[d] = new List<(int, int, string)>[cache.Doc.Sentences.Length];
            for (int s = 0; s < cache.Doc.Sentences.Length; s++)
            {
                var words = cache.Doc.Sentences[s];
                int n = words.Length;
                var pred = new int[n];
                if (n > 0)
                {
                    var history = HistoryIndexes(cache.Doc.Text, words, ctx, index);
                    var scores = SentenceScores(cache, s, w, dw, clusters, T, history, out _);
                    SequenceDecoder.Viterbi(tagSet, tw, scores, n, pred);
                    ctx.Remember(cache.Doc.Text, words, pred);
                }
                found.Clear();
                BilouTagSet.Decode(pred, found);
                perDoc[d][s] = found.Select(f => (f.Start, f.End, labels[f.Label])).ToList();
            }
        });
        var score = new SpanScore();
        for (int d = 0; d < docs.Count; d++)
            for (int s = 0; s < docs[d].Doc.Sentences.Length; s++)
                score.Add(docs[d].Doc.Source.Sentences[s].Spans, perDoc[d][s]);
        return score;
    }
}
