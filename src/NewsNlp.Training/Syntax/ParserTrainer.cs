using NewsNlp.Learning;
using NewsNlp.Syntax;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// Trains the arc-hybrid parser: averaged perceptron over labelled transitions, dynamic oracle with
/// exploration (Goldberg &amp; Nivre 2012, 2013), training tags predicted by jackknifed taggers so that
/// the parser learns from the kind of tags it will see, non-projective training trees lifted.
/// </summary>
internal static class ParserTrainer
{
    private sealed class Example
    {
        public required SentenceWords Words;
        public required int[] Heads;   // projectivized; root = Count
        public required int[] Labels;
    }

    public static (DependencyParser Parser, SyntaxScore Dev) Train(
        List<ConlluSentence> train, List<ConlluSentence> dev, SyntaxModel tagging, SyntaxTrainingOptions options)
    {
        train = train.Where(ConlluCorpus.HasTree).ToList();
        var extra = options.Treebank.Where(ConlluCorpus.HasTree).ToList();
        var labels = train.SelectMany(s => s.Relations).Concat(extra.SelectMany(s => s.Relations)).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (labels.Length > 127) throw new InvalidDataException($"{labels.Length} relations; the parser supports 127");
        if (!labels.Contains("root")) throw new InvalidDataException("the training data has no 'root' relation");
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        int rootLabel = labelIndex["root"];

        var tags = TrainingTags(train, tagging, options);
        int lifts = 0;
        var examples = new List<Example>(train.Count);
        for (int si = 0; si < train.Count; si++)
            examples.Add(Make(train[si], words => tags[si].CopyTo(words.Tag, 0), relabel: false));
        foreach (var s in extra) examples.Add(Make(s, tagging.Tagger.Tag, relabel: true));
        options.Log.WriteLine($"parser: {examples.Count:N0} sentences ({extra.Count:N0} of them from the extra treebank), {labels.Length} relations, {lifts:N0} non-projective arcs lifted");
        SyntaxScore DevScore(DependencyParser p) => SyntaxTrainer.Score(tagging.WithParser(p, tagging.Manifest), dev);

        // A training example: the tree made projective with the root last, the words tagged as given.
        Example Make(ConlluSentence s, Action<SentenceWords> tag, bool relabel)
        {
            var heads = s.Heads.ToArray();
            lifts += ArcHybridOracle.Projectivize(heads);
            for (int i = 0; i < heads.Length; i++) if (heads[i] < 0) heads[i] = s.Count;
            var words = TaggerTrainer.Prepare(s, tagging.Clusters);
            tag(words);
            // A converted treebank's name adjective ("New York", "Supreme Court") is a compound in the Penn
            // conversion and an amod in EWT, whose tagger calls it ADJ: the label follows the tag the parser will see.
            var relations = s.Relations.Select((r, i) => labelIndex[relabel && r == "compound" && tagging.Tagger.Upos[words.Tag[i]] == "ADJ" ? "amod" : r]).ToArray();
            return new Example { Words = words, Heads = heads, Labels = relations };
        }

        if (options.Unlabeled.Count > 0)
        {
            // Tri-training (Søgaard & Rishøj 2010; Weiss et al. 2015): two parsers that err
            // differently — left-to-right and right-to-left — label raw text, and the sentences whose
            // whole trees they agree on become extra training data.
            DependencyParser leftToRight;
            if (tagging.Parser is { } given && given.Labels.SequenceEqual(labels))
            {
                leftToRight = given;
                options.Log.WriteLine("tri-training: the given model's parser reads left to right");
            }
            else
            {
                options.Log.WriteLine("tri-training: left-to-right parser");
                leftToRight = TrainParser(examples, labels, rootLabel, options, options.Seed, DevScore).Parser;
            }
            options.Log.WriteLine("tri-training: right-to-left parser");
            var devReversed = dev.Where(ConlluCorpus.HasTree).ToList();
            var rightToLeft = TrainParser(examples.Select(e => Reversed(e, tagging.Clusters)).ToList(), labels, rootLabel, options, options.Seed + 500,
                p => ReversedScore(p, devReversed, tagging)).Parser;
            var agreed = Agreed(options, tagging, leftToRight, rightToLeft);
            examples.AddRange(agreed);
        }
        return TrainParser(examples, labels, rootLabel, options, options.Seed, DevScore, options.Ensemble);
    }

    /// <summary>
    /// Trains one parser on <paramref name="examples"/> (or an ensemble: members on different
    /// shuffles, each stopped on its best dev LAS, their averaged weights merged into one table, so
    /// the model parses as fast as one member).
    /// </summary>
    private static (DependencyParser Parser, SyntaxScore Dev) TrainParser(List<Example> examples, string[] labels, int rootLabel,
        SyntaxTrainingOptions options, int baseSeed, Func<DependencyParser, SyntaxScore> devScore, int ensemble = 1)
    {
        int actions = ArcHybridState.ActionCount(labels.Length);
        // The feature set: features of the gold (static-oracle) configurations, seen often enough.
        var counts = new Dictionary<uint, int>();
        var state = new ArcHybridState();
        Span<uint> keys = stackalloc uint[ParserFeatures.Max];
        Span<int> costs = stackalloc int[actions];
        foreach (var e in examples)
        {
            state.Reset(e.Words.Count);
            while (!state.IsTerminal)
            {
                int n = ParserFeatures.Extract(e.Words, state, keys);
                foreach (uint k in keys[..n]) counts[k] = counts.GetValueOrDefault(k) + 1;
                ArcHybridOracle.Costs(state, e.Heads, e.Labels, rootLabel, costs);
                state.Apply(Cheapest(costs));
            }
        }
        var table = new PerceptronTable(counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).OrderBy(k => k), actions);
        counts = null;
        options.Log.WriteLine($"parser: {examples.Count:N0} training sentences, {table.FeatureCount:N0} features");

        Span<float> scores = stackalloc float[actions];
        var members = new List<FeatureWeights>();
        DependencyParser? result = null;
        SyntaxScore resultScore = default;
        for (int member = 0; member < Math.Max(1, ensemble); member++)
        {
            table.Reset();
            int seed = baseSeed + 1000 * member;
            if (ensemble > 1) options.Log.WriteLine($"parser ensemble member {member + 1} of {ensemble} (seed {seed})");
            var random = new Random(seed);
            var order = Enumerable.Range(0, examples.Count).ToArray();
            DependencyParser? best = null;
            SyntaxScore bestScore = default;
            int sinceBest = 0;
            for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
            {
                random.Shuffle(order);
                long steps = 0, mistakes = 0;
                bool explore = epoch >= options.ExploreFromEpoch;
                foreach (int ei in order)
                {
                    var e = examples[ei];
                    state.Reset(e.Words.Count);
                    while (!state.IsTerminal)
                    {
                        int n = ParserFeatures.Extract(e.Words, state, keys);
                        table.Score(keys[..n], scores);
                        int predicted = DependencyParser.BestLegal(state, scores, rootLabel);
                        ArcHybridOracle.Costs(state, e.Heads, e.Labels, rootLabel, costs);
                        int min = int.MaxValue;
                        foreach (int c in costs) min = Math.Min(min, c);
                        int next = predicted;
                        if (costs[predicted] != min)
                        {
                            mistakes++;
                            int gold = BestAmong(costs, min, scores);
                            table.Update(keys[..n], gold, predicted);
                            if (!explore || random.NextDouble() >= options.ExploreProbability) next = gold;
                        }
                        table.Tick();
                        steps++;
                        state.Apply(next);
                    }
                }
                var parser = new DependencyParser(labels, table.Export());
                var score = devScore(parser);
                options.Log.WriteLine($"parser epoch {epoch}: wrong moves {100.0 * mistakes / Math.Max(1, steps):F2}%; dev UAS {score.Uas:F2} LAS {score.Las:F2}");
                if (best is null || score.Las > bestScore.Las)
                {
                    best = parser;
                    bestScore = score;
                    sinceBest = 0;
                }
                else if (options.Patience > 0 && ++sinceBest >= options.Patience) break;
            }
            members.Add(best!.Weights);
            if (members.Count == 1)
            {
                (result, resultScore) = (best, bestScore);
                continue;
            }
            result = new DependencyParser(labels, PerceptronTable.Average(members, actions));
            resultScore = devScore(result);
            options.Log.WriteLine($"parser ensemble of {members.Count}: dev UAS {resultScore.Uas:F2} LAS {resultScore.Las:F2}");
        }
        return (result!, resultScore);
    }

    /// <summary>The example read right to left: word i becomes word n - 1 - i (the root stays at n).</summary>
    private static Example Reversed(Example e, WordClusters clusters)
    {
        int n = e.Words.Count;
        var words = new SentenceWords();
        words.Load(e.Words.Text, Spans(e.Words), clusters);
        e.Words.Tag.AsSpan(0, n).CopyTo(words.Tag);
        words.Reverse();
        var heads = new int[n];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            heads[n - 1 - i] = e.Heads[i] >= n ? n : n - 1 - e.Heads[i];
            labels[n - 1 - i] = e.Labels[i];
        }
        return new Example { Words = words, Heads = heads, Labels = labels };
    }

    private static (int Start, int End)[] Spans(SentenceWords w)
    {
        var spans = new (int Start, int End)[w.Count];
        for (int i = 0; i < w.Count; i++) spans[i] = (w.Start[i], w.End[i]);
        return spans;
    }

    /// <summary>
    /// Parses the words left to right or (a parser trained on <see cref="Reversed"/> examples) right
    /// to left; heads (n for the root) and labels come out in the words' own order either way.
    /// </summary>
    private static void Parse(DependencyParser parser, bool rightToLeft, SentenceWords words, ArcHybridState state, Span<int> heads, Span<int> labels)
    {
        int n = words.Count;
        if (rightToLeft) words.Reverse();
        parser.Parse(words, state);
        if (rightToLeft) words.Reverse();
        for (int i = 0; i < n; i++)
        {
            int j = rightToLeft ? n - 1 - i : i, h = state.Head[j];
            heads[i] = h < 0 || h >= n ? n : rightToLeft ? n - 1 - h : h;
            labels[i] = state.Label[j];
        }
    }

    /// <summary>Dev scores of a right-to-left parser (predicted tags, CoNLL 2018 rules as <see cref="SyntaxScore"/>).</summary>
    private static SyntaxScore ReversedScore(DependencyParser parser, List<ConlluSentence> dev, SyntaxModel tagging)
    {
        var words = new SentenceWords();
        var state = new ArcHybridState();
        var score = new SyntaxScore.Counter();
        foreach (var s in dev)
        {
            var (text, spans) = s.AsText();
            words.Load(text, spans, tagging.Clusters);
            tagging.Tagger.Tag(words);
            var heads = new int[s.Count];
            var labels = new int[s.Count];
            Parse(parser, rightToLeft: true, words, state, heads, labels);
            var predicted = new WordSyntax[s.Count];
            for (int i = 0; i < s.Count; i++)
                predicted[i] = new WordSyntax(tagging.Tagger.Upos[words.Tag[i]], tagging.Tagger.Xpos[words.Tag[i]], s.Lemmas[i],
                    heads[i] >= s.Count ? -1 : heads[i], parser.Labels[labels[i]]);
            score.Add(s, predicted);
        }
        return score.Result;
    }

    /// <summary>
    /// Sentences of the unlabeled files that both parsers give the same labelled tree, tagged by the
    /// model's tagger: up to <see cref="SyntaxTrainingOptions.UnlabeledMax"/>, in file order.
    /// </summary>
    private static List<Example> Agreed(SyntaxTrainingOptions options, SyntaxModel tagging, DependencyParser leftToRight, DependencyParser rightToLeft)
    {
        var result = new List<Example>();
        var state = new ArcHybridState();
        int[] otherHeads = new int[64], otherLabels = new int[64];
        int read = 0;
        long words = 0;
        foreach (var (text, spans) in UnlabeledText.Sentences(options.Unlabeled))
        {
            if (result.Count >= options.UnlabeledMax) break;
            read++;
            var w = new SentenceWords();
            w.Load(text, spans, tagging.Clusters);
            tagging.Tagger.Tag(w);
            int n = w.Count;
            var heads = new int[n];
            var labels = new int[n];
            Parse(leftToRight, rightToLeft: false, w, state, heads, labels);
            if (otherHeads.Length < n) (otherHeads, otherLabels) = (new int[n], new int[n]);
            Parse(rightToLeft, rightToLeft: true, w, state, otherHeads.AsSpan(0, n), otherLabels.AsSpan(0, n));
            if (!heads.AsSpan().SequenceEqual(otherHeads.AsSpan(0, n)) || !labels.AsSpan().SequenceEqual(otherLabels.AsSpan(0, n))) continue;
            words += n;
            result.Add(new Example { Words = w, Heads = heads, Labels = labels });
        }
        options.Log.WriteLine($"tri-training: the two parsers agree on {result.Count:N0} of {read:N0} unlabeled sentences ({words:N0} words)");
        return result;
    }

    private static int Cheapest(ReadOnlySpan<int> costs)
    {
        int best = 0;
        for (int a = 1; a < costs.Length; a++) if (costs[a] < costs[best]) best = a;
        return best;
    }

    /// <summary>The highest-scoring action among those of cost <paramref name="min"/>.</summary>
    private static int BestAmong(ReadOnlySpan<int> costs, int min, ReadOnlySpan<float> scores)
    {
        int best = -1;
        for (int a = 0; a < costs.Length; a++)
            if (costs[a] == min && (best < 0 || scores[a] > scores[best])) best = a;
        return best;
    }

    /// <summary>Tags for the training sentences: from taggers that did not see them (k folds), or gold.</summary>
    private static int[][] TrainingTags(List<ConlluSentence> train, SyntaxModel tagging, SyntaxTrainingOptions options)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < tagging.Tagger.TagCount; t++) index[tagging.Tagger.Upos[t] + "\t" + tagging.Tagger.Xpos[t]] = t;
        var result = new int[train.Count][];
        int k = options.JackknifeFolds;
        if (k < 2)
        {
            for (int si = 0; si < train.Count; si++)
                result[si] = train[si].Upos.Zip(train[si].Xpos, (u, x) => index.GetValueOrDefault(u + "\t" + x)).ToArray();
            return result;
        }
        var foldOptions = new SyntaxTrainingOptions
        {
            MaxEpochs = options.MaxEpochs, Patience = 0, Seed = options.Seed, MinFeatureCount = options.MinFeatureCount, Log = TextWriter.Null,
        };
        foldOptions.MaxEpochs = Math.Min(options.MaxEpochs, 8);
        for (int fold = 0; fold < k; fold++)
        {
            var rest = train.Where((_, i) => i % k != fold).ToList();
            var tagger = TaggerTrainer.Train(rest, null, tagging.Clusters, foldOptions);
            var foldIndex = new int[tagger.TagCount];
            for (int t = 0; t < tagger.TagCount; t++) foldIndex[t] = index.GetValueOrDefault(tagger.Upos[t] + "\t" + tagger.Xpos[t]);
            var words = new SentenceWords();
            int correct = 0, total = 0;
            for (int si = fold; si < train.Count; si += k)
            {
                var (text, spans) = train[si].AsText();
                words.Load(text, spans, tagging.Clusters);
                tagger.Tag(words);
                result[si] = new int[words.Count];
                for (int i = 0; i < words.Count; i++, total++)
                {
                    result[si][i] = foldIndex[words.Tag[i]];
                    if (tagger.Upos[words.Tag[i]] == train[si].Upos[i]) correct++;
                }
            }
            options.Log.WriteLine($"jackknife fold {fold + 1}/{k}: UPOS {100.0 * correct / Math.Max(1, total):F2} on its held-out part");
        }
        return result;
    }
}
