using System.Globalization;
using NewsNlp.Coreference;
using NewsNlp.Entities;
using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;
using NewsNlp.Training.Roles;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Training.Coreference;

/// <summary>A CoNLL-2012 part with everything coreference reads predicted from its text.</summary>
internal sealed record ProcessedCorefDocument(CorefDocument Gold, Document Document);

/// <summary>Settings of <see cref="CorefTrainer.Train"/>.</summary>
internal sealed record CorefTrainingOptions
{
    public int Epochs { get; init; } = 6;

    public int Seed { get; init; } = 13;

    /// <summary>Perceptrons trained on different shuffles and averaged into one model (1: a single one).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>Weights smaller than this (after scaling the largest to <see cref="CorefTrainer.WeightScale"/>) are dropped.</summary>
    public float Prune { get; init; } = 0.05f;

    /// <summary>Added in training to a wrong link's score when the mention should start a new entity (cost-augmented decoding).</summary>
    public float FalseLinkCost { get; init; }

    /// <summary>Added in training to the "new" score when the mention has a correct antecedent.</summary>
    public float FalseNewCost { get; init; }

    public TextWriter? Log { get; init; }

    /// <summary>Given names with a clear gender, carried in the model (null: none).</summary>
    internal FirstNames? FirstNames { get; init; }

    /// <summary>How many given names <see cref="FirstNames"/> holds (0 without).</summary>
    public int FirstNameCount => FirstNames?.Count ?? 0;

    /// <summary>These options with the given names of a gazetteer folder's two English first-name lists.</summary>
    /// <exception cref="FileNotFoundException">A list is missing.</exception>
    public CorefTrainingOptions WithFirstNamesFrom(string folder)
    {
        string female = Path.Combine(folder, "first_names_female_en.txt"), male = Path.Combine(folder, "first_names_male_en.txt");
        foreach (var f in new[] { female, male }) if (!File.Exists(f)) throw new FileNotFoundException($"{f}: no such file (the gazetteer folder needs both first-name lists)", f);
        return this with { FirstNames = FirstNames.FromLists(File.ReadLines(female), File.ReadLines(male)) };
    }
}

/// <summary>
/// Trains the mention-ranking model (<see cref="CorefModel"/>) on CoNLL-2012 documents: gold clusters
/// are mapped onto the predicted mentions (a mention counts as gold only with the exact span of a
/// gold mention); any candidate in the mention's gold cluster is a correct antecedent (latent, the
/// best-scoring one is the target), and a mention with none — no gold twin, or the first of its
/// entity — should start a new entity. Averaged perceptron over <c>RankingFeatures</c>.
/// </summary>
internal static class CorefTrainer
{
    public const float WeightScale = 8f;

    /// <summary>
    /// Runs the stages coreference reads (tokens, sentences, syntax, <c>en-news</c> names) over each
    /// part's rebuilt text. The syntax is the bundled <c>en-ewt</c>'s, or with
    /// <paramref name="syntaxFolds"/> that of the jackknifed parser whose training left the part's
    /// document out (<see cref="Conll2012Corpus.Fold"/>), so that training sees the parse errors of
    /// unseen text.
    /// </summary>
    public static List<ProcessedCorefDocument> Process(IReadOnlyList<CorefDocument> docs, IReadOnlyList<SyntaxModel>? syntaxFolds = null)
    {
        var folds = syntaxFolds is { Count: > 0 } ? syntaxFolds : [BundledModels.EnglishSyntax];
        var recognizer = new EntityRecognizer(BundledModels.EnglishNewsRecognizer);
        var result = new ProcessedCorefDocument[docs.Count];
        for (int f = 0; f < folds.Count; f++)
        {
            var pipeline = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter(), new SyntaxAnnotator(folds[f]), recognizer);
            var mine = Enumerable.Range(0, docs.Count).Where(i => folds.Count == 1 || Conll2012Corpus.Fold(docs[i].Document, folds.Count) == f).ToList();
            var processed = pipeline.ProcessBatch(mine.Select(i => new NewsArticle(docs[i].Text, null, docs[i].Id))).ToList();
            for (int j = 0; j < mine.Count; j++) result[mine[j]] = new ProcessedCorefDocument(docs[mine[j]], processed[j]);
        }
        return [.. result];
    }

    /// <summary>Scores the clusters <paramref name="resolve"/> writes for each document against the gold ones.</summary>
    public static CorefScorer Score(IReadOnlyList<ProcessedCorefDocument> docs, Func<Document, IReadOnlyList<EntityCluster>> resolve)
    {
        var scorer = new CorefScorer();
        foreach (var (gold, doc) in docs) scorer.Add(gold.Clusters, Response(gold, resolve(doc)));
        return scorer;
    }

    /// <summary>Scores the stage with <paramref name="model"/> (null: the sieves alone).</summary>
    public static CorefScorer Score(IReadOnlyList<ProcessedCorefDocument> docs, CorefModel? model) => Score(docs, doc => CoreferenceResolver.Resolve(doc, model));

    /// <summary>Seconds of the best of <paramref name="passes"/> runs of the stage's work over <paramref name="docs"/> (already processed once, so no JIT), nothing written.</summary>
    public static double WarmSeconds(IReadOnlyList<Document> docs, CorefModel? model, int passes)
    {
        double best = double.MaxValue;
        for (int pass = 0; pass < passes; pass++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var doc in docs) CoreferenceResolver.Resolve(doc, model);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>The model's new-entity bias (for logs and manifests).</summary>
    public static string BiasOf(CorefModel model) => string.Join('/', model.NewBias.Select(b => b.ToString("0.##", CultureInfo.InvariantCulture)));

    /// <summary>Predicted clusters as gold word spans (a mention that covers no gold word is left out).</summary>
    public static List<IReadOnlyList<MentionSpan>> Response(CorefDocument gold, IReadOnlyList<EntityCluster> clusters)
    {
        var response = new List<IReadOnlyList<MentionSpan>>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var spans = new List<MentionSpan>(cluster.Mentions.Count);
            foreach (var m in cluster.Mentions)
                if (gold.ToWords(m.Start, m.End) is { } s) spans.Add(s);
            response.Add(spans);
        }
        return response;
    }

    /// <summary>A training document: the ranker's view of the predicted mentions and each one's gold entity (-1: none).</summary>
    internal sealed record Example(RankingDocument Ranking, int[] Gold);

    public static List<Example> Examples(IEnumerable<ProcessedCorefDocument> docs, TextWriter? log = null, CorefTrainingOptions? options = null)
    {
        var result = new List<Example>();
        long goldMentions = 0, found = 0, predicted = 0;
        foreach (var (gold, doc) in docs)
        {
            if (CoreferenceResolver.Prepare(doc, options?.FirstNames) is not { } d) continue;
            var entityOf = new Dictionary<MentionSpan, int>();
            for (int c = 0; c < gold.Clusters.Count; c++)
                foreach (var span in gold.Clusters[c]) entityOf.TryAdd(span, c);
            var words = doc.WordSpan;
            var ids = new int[d.Mentions.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                var m = d.Mentions[i];
                ids[i] = gold.ToWords(words[m.FirstWord].Start, words[m.LastWord].End) is { } s && entityOf.TryGetValue(s, out int e) ? e : -1;
                if (ids[i] >= 0) found++;
            }
            goldMentions += entityOf.Count;
            predicted += ids.Length;
            result.Add(new Example(d, ids));
        }
        log?.WriteLine(FormattableString.Invariant($"mentions: {predicted:N0} predicted, {goldMentions:N0} gold (in chains), {found:N0} predicted with a gold twin ({100.0 * found / Math.Max(goldMentions, 1):F1}% of gold)"));
        return result;
    }

    public static CorefModel Train(List<Example> train, ModelManifest manifest, CorefTrainingOptions options)
    {
        // The shared averaged perceptron with one class: a ranking update moves the right option's
        // features up and the chosen one's down. Its table is fixed, so every key an option can have
        // is collected first.
        var weights = new PerceptronTable(AllKeys(train), classes: 1);
        options.Log?.WriteLine(FormattableString.Invariant($"{weights.FeatureCount:N0} distinct features"));
        var sum = new Dictionary<uint, float>();
        for (int member = 0; member < Math.Max(1, options.Ensemble); member++)
        {
            weights.Reset();
            TrainOne(weights, train, options, options.Seed + member);
            foreach (var (key, _, w) in weights.Averaged()) sum[key] = sum.GetValueOrDefault(key) + w;
        }
        var table = Export(sum, options.Prune);
        return new CorefModel(manifest.WithTraining("features", table.Keys.Length.ToString(CultureInfo.InvariantCulture)), table, new float[CorefModel.BiasCount], options.FirstNames);
    }

    private static HashSet<uint> AllKeys(List<Example> train)
    {
        var all = new HashSet<uint>();
        var candidates = new int[RankingDocument.MaxCandidates];
        Span<uint> row = stackalloc uint[RankingFeatures.MaxFeatures];
        foreach (var (d, _) in train)
            for (int i = 0; i < d.Mentions.Count; i++)
            {
                int count = d.Candidates(i, candidates);
                if (count == 0) continue;
                foreach (uint k in row[..RankingFeatures.New(d, i, row)]) all.Add(k);
                for (int k = 0; k < count; k++)
                    foreach (uint key in row[..RankingFeatures.Pair(d, i, candidates[k], row)]) all.Add(key);
            }
        return all;
    }

    private static void TrainOne(PerceptronTable weights, List<Example> train, CorefTrainingOptions options, int seed)
    {
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var candidates = new int[RankingDocument.MaxCandidates];
        var keys = new uint[(RankingDocument.MaxCandidates + 1) * RankingFeatures.MaxFeatures];
        var counts = new int[RankingDocument.MaxCandidates + 1];
        var scores = new float[RankingDocument.MaxCandidates + 1];
        Span<float> score = stackalloc float[1];
        float Score(ReadOnlySpan<uint> row, Span<float> s)
        {
            weights.Score(row, s);
            return s[0];
        }
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long mentions = 0, errors = 0;
            foreach (int x in order)
            {
                var (d, gold) = train[x];
                for (int i = 0; i < d.Mentions.Count; i++)
                {
                    int count = d.Candidates(i, candidates);
                    if (count == 0) continue;
                    mentions++;
                    weights.Tick();
                    // Option 0 is "new entity", option k the k-th candidate.
                    var row = keys.AsSpan(0, RankingFeatures.MaxFeatures);
                    counts[0] = RankingFeatures.New(d, i, row);
                    scores[0] = Score(row[..counts[0]], score);
                    bool anaphoric = false;
                    for (int k = 0; k < count; k++)
                    {
                        row = keys.AsSpan((k + 1) * RankingFeatures.MaxFeatures, RankingFeatures.MaxFeatures);
                        counts[k + 1] = RankingFeatures.Pair(d, i, candidates[k], row);
                        scores[k + 1] = Score(row[..counts[k + 1]], score);
                        anaphoric |= Correct(gold, i, candidates[k]);
                    }
                    int predicted = 0, target = -1;
                    float best = scores[0] + (anaphoric ? options.FalseNewCost : 0), bestGold = float.NegativeInfinity;
                    if (!anaphoric) { target = 0; bestGold = scores[0]; }
                    for (int k = 1; k <= count; k++)
                    {
                        bool right = Correct(gold, i, candidates[k - 1]);
                        float s = scores[k] + (!anaphoric ? options.FalseLinkCost : 0);
                        if (s > best) { best = s; predicted = k; }
                        if (right && scores[k] > bestGold) { bestGold = scores[k]; target = k; }
                    }
                    bool ok = predicted == 0 ? !anaphoric : Correct(gold, i, candidates[predicted - 1]);
                    if (ok) continue;
                    errors++;
                    weights.Add(keys.AsSpan(target * RankingFeatures.MaxFeatures, counts[target]), 0, +1f);
                    weights.Add(keys.AsSpan(predicted * RankingFeatures.MaxFeatures, counts[predicted]), 0, -1f);
                }
            }
            options.Log?.WriteLine(FormattableString.Invariant($"epoch {epoch}: {errors:N0} mistakes over {mentions:N0} mentions ({100.0 * errors / Math.Max(mentions, 1):F2}%)"));
        }
    }

    private static bool Correct(int[] gold, int i, int j) => gold[i] >= 0 && gold[j] == gold[i];

    /// <summary>Weights scaled so that the largest is <see cref="WeightScale"/> (the file keeps half floats), small ones dropped.</summary>
    private static FeatureWeights Export(Dictionary<uint, float> summed, float prune)
    {
        var averaged = new List<(uint Key, float Weight)>(summed.Count);
        float max = 0;
        foreach (var (key, a) in summed)
        {
            averaged.Add((key, a));
            max = Math.Max(max, Math.Abs(a));
        }
        float scale = max == 0 ? 1 : WeightScale / max;
        averaged.Sort((x, y) => x.Key.CompareTo(y.Key));
        var keys = new List<uint>();
        var weights = new List<float>();
        foreach (var (key, a) in averaged)
        {
            float w = a * scale;
            if (Math.Abs(w) < prune) continue;
            keys.Add(key);
            weights.Add(w);
        }
        var starts = new int[keys.Count + 1];
        for (int i = 0; i <= keys.Count; i++) starts[i] = i;
        return new FeatureWeights([.. keys], starts, new byte[keys.Count], [.. weights], 1);
    }

    /// <summary>
    /// The new-entity biases that give the best CoNLL F1 on <paramref name="heldout"/>: one bias for
    /// every kind of mention from a grid, then each kind's own (name, noun phrase, pronoun) from a
    /// grid around it, in turn. Returns the model with them and the scores along the way.
    /// </summary>
    public static (CorefModel Model, List<(string Bias, double F1)> Grid) TuneBias(CorefModel model, IReadOnlyList<ProcessedCorefDocument> heldout)
    {
        var grid = new List<(string, double)>();
        var best = new float[CorefModel.BiasCount];
        double bestF1 = -1;
        double Try(float[] bias)
        {
            var candidate = model.WithBias(bias);
            double f1 = Score(heldout, doc => CoreferenceResolver.Resolve(doc, candidate)).ConllF1;
            grid.Add((BiasOf(candidate), f1));
            return f1;
        }
        for (float b = -6f; b <= 1.01f; b += 0.5f)
        {
            var bias = new[] { b, b, b };
            double f1 = Try(bias);
            if (f1 > bestF1) { bestF1 = f1; best = bias; }
        }
        for (int kind = 0; kind < CorefModel.BiasCount; kind++)
        {
            float center = best[kind];
            for (float delta = -2f; delta <= 2.01f; delta += 0.5f)
            {
                if (delta == 0) continue;
                var bias = (float[])best.Clone();
                bias[kind] = center + delta;
                double f1 = Try(bias);
                if (f1 > bestF1) { bestF1 = f1; best = bias; }
            }
        }
        return (model.WithBias(best), grid);
    }
}
