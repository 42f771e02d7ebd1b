using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Roles;
using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Training.Roles;

/// <summary>A gold sentence with the syntax our own tagger and parser predict for its words.</summary>
internal sealed record ParsedSentence(Conll2012Sentence Gold, WordSyntax[] Syntax);

internal sealed class RoleTrainingOptions
{
    public int Epochs { get; init; } = 10;
    public int PredicateEpochs { get; init; } = 5;
    public int MinFeatureCount { get; init; } = 2;
    public int MinLabelCount { get; init; } = 10;
    public int Seed { get; init; } = 13;
    public float Prune { get; init; } = 0.05f;
    public TextWriter Log { get; init; } = TextWriter.Null;
}

/// <summary>
/// Trains the roles model from CoNLL-2012 propositions over our own predicted syntax (so that it
/// learns from the trees it will see): a predicate classifier over verbs and nouns, and an argument
/// classifier over candidate heads of gold predicates, each an averaged perceptron; the argument
/// classifier's epoch is chosen on a held-out part of the training data.
/// </summary>
internal static class RoleTrainer
{
    /// <summary>Tags and parses every sentence's words with <paramref name="syntax"/> (two threads).</summary>
    public static List<ParsedSentence> Parse(List<Conll2012Sentence> sentences, SyntaxModel syntax) => Parse(sentences, [syntax]);

    /// <summary>
    /// Tags and parses every sentence's words with the jackknifed parser whose training left its
    /// document out (<see cref="Conll2012Corpus.Fold"/> over <paramref name="folds"/>; one model: that one
    /// for all), so that the role model learns from the parse errors of text the parser never saw.
    /// </summary>
    public static List<ParsedSentence> Parse(List<Conll2012Sentence> sentences, IReadOnlyList<SyntaxModel> folds)
    {
        var annotators = folds.Select(m => new SyntaxAnnotator(m)).ToArray();
        var result = new ParsedSentence[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var annotator = annotators[annotators.Length == 1 ? 0 : Conll2012Corpus.Fold(sentences[i].Document, annotators.Length)];
            result[i] = new ParsedSentence(sentences[i], annotator.Annotate(sentences[i].Words));
        });
        return result.ToList();
    }

    /// <summary>How many argument weights the model keeps (its size, for the manifest).</summary>
    public static int ArgumentWeightCount(RoleModel model) => model.Arguments.EntryCount;

    public static RoleModel Train(List<ParsedSentence> train, List<ParsedSentence> tune, ModelManifest manifest, RoleTrainingOptions options)
    {
        var log = options.Log;
        var labelCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in train.SelectMany(x => x.Gold.Propositions))
            foreach (var a in p.Arguments)
                if (!a.Label.StartsWith("C-", StringComparison.Ordinal)) labelCounts[a.Label] = labelCounts.GetValueOrDefault(a.Label) + 1;
        var labels = new[] { RoleModel.NoRole }.Concat(labelCounts.Where(p => p.Value >= options.MinLabelCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        manifest = manifest with { Labels = labels[1..].ToList() };
        log.WriteLine($"roles: {train.Count:N0} training sentences, {tune.Count:N0} held out; {labels.Length - 1} labels");

        var predicates = TrainPredicates(train, options);
        var spans = TrainSpans(train, options);
        var placeholder = new RoleModel(manifest, labels, predicates, new FeatureWeights([], [0], [], [], labels.Length), spans);
        log.WriteLine($"predicates: held-out {PredicateScore(placeholder, tune)}");

        // Argument examples: candidates of every gold predicate, labelled by the gold argument they head.
        var s = new RoleSentence();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxArgument];
        var counts = new Dictionary<uint, int>();
        long candidates = 0, goldArgs = 0, reachable = 0, exact = 0;
        var gold = new List<int>();
        foreach (var x in train)
        {
            s.Load(x.Gold.Words, x.Syntax);
            foreach (var prop in x.Gold.Propositions)
            {
                var pc = RoleFeatures.Context(s, prop.Word);
                for (int c = 0; c < s.Count; c++)
                {
                    if (!RoleDecoder.IsCandidate(s, prop.Word, c)) continue;
                    candidates++;
                    int n = RoleFeatures.Argument(s, prop.Word, pc, c, s.SpanOf(c, prop.Word, spans), keys);
                    foreach (uint k in keys[..n]) counts[k] = counts.GetValueOrDefault(k) + 1;
                }
                foreach (var a in prop.Arguments)
                {
                    if (a.Label.StartsWith("C-", StringComparison.Ordinal)) continue;
                    goldArgs++;
                    int h = HeadOf(s, a, prop.Word);
                    if (h < 0 || !RoleDecoder.IsCandidate(s, prop.Word, h)) continue;
                    reachable++;
                    if (s.SpanOf(h, prop.Word, spans) == (a.First, a.Last)) exact++;
                }
            }
        }
        log.WriteLine($"arguments: {candidates:N0} candidates; of {goldArgs:N0} gold arguments {100.0 * reachable / goldArgs:F2}% have a candidate head, {100.0 * exact / goldArgs:F2}% its exact span");
        var table = new PerceptronTable(counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).OrderBy(k => k), labels.Length);
        counts = null;
        log.WriteLine($"arguments: {table.FeatureCount:N0} features");

        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<float> scores = stackalloc float[labels.Length];
        RoleModel? best = null;
        double bestF1 = -1;
        int sinceBest = 0;
        var labelsOfCandidates = new int[256];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0, seen = 0;
            foreach (int si in order)
            {
                var x = train[si];
                s.Load(x.Gold.Words, x.Syntax);
                if (labelsOfCandidates.Length < s.Count) labelsOfCandidates = new int[s.Count * 2];
                foreach (var prop in x.Gold.Propositions)
                {
                    Array.Clear(labelsOfCandidates, 0, s.Count);
                    foreach (var a in prop.Arguments)
                    {
                        if (!labelIndex.TryGetValue(a.Label, out int l)) continue;
                        int h = HeadOf(s, a, prop.Word);
                        if (h >= 0 && labelsOfCandidates[h] == 0) labelsOfCandidates[h] = l;
                    }
                    var pc = RoleFeatures.Context(s, prop.Word);
                    for (int c = 0; c < s.Count; c++)
                    {
                        if (!RoleDecoder.IsCandidate(s, prop.Word, c)) continue;
                        int n = RoleFeatures.Argument(s, prop.Word, pc, c, s.SpanOf(c, prop.Word, spans), keys);
                        table.Score(keys[..n], scores);
                        int predicted = PosTagger.ArgMax(scores);
                        int g = labelsOfCandidates[c];
                        seen++;
                        if (predicted != g) { mistakes++; table.Update(keys[..n], g, predicted); }
                        table.Tick();
                    }
                }
            }
            var model = new RoleModel(manifest, labels, predicates, table.Export(), spans);
            var score = Evaluate(model, tune, goldPredicates: false);
            log.WriteLine($"epoch {epoch}: {100.0 * mistakes / Math.Max(1, seen):F2}% candidate errors; held-out {score.Summary}");
            if (score.F1 > bestF1) { bestF1 = score.F1; best = model; sinceBest = 0; }
            else if (++sinceBest >= 2) break;
        }
        var result = best!;
        // Perceptrons trained on mostly "no role" candidates under-predict roles: a bias towards
        // roles, chosen on the held-out part, buys recall for some precision.
        float bestBias = 0;
        foreach (float bias in new[] { 1f, 2f, 4f, 8f, 16f })
        {
            var score = Evaluate(result.WithBias(bias), tune, goldPredicates: false);
            log.WriteLine($"role bias {bias}: held-out {score.Summary}");
            if (score.F1 > bestF1) { bestF1 = score.F1; bestBias = bias; }
        }
        result = result.WithBias(bestBias);
        manifest = manifest.WithScore("heldout.f1", Math.Round(bestF1, 2))
            .WithTraining("role_bias", bestBias.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (options.Prune > 0)
        {
            // Small weights barely move a decision and make the file big: the largest threshold, from
            // the given one up, that costs at most 0.1 held-out F1 is kept.
            var unpruned = result;
            foreach (float threshold in new[] { options.Prune, options.Prune * 2, options.Prune * 4, options.Prune * 8, options.Prune * 16 })
            {
                var pruned = new RoleModel(manifest, labels, predicates.Pruned(threshold), unpruned.Arguments.Pruned(threshold), spans.Pruned(threshold), unpruned.RoleBias);
                var score = Evaluate(pruned, tune, goldPredicates: false);
                log.WriteLine($"pruned below {threshold}: {pruned.Arguments.EntryCount:N0} argument weights; held-out {score.Summary}");
                if (score.F1 < bestF1 - 0.1) break;
                result = pruned;
                manifest = manifest.WithTraining("prune", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return result.WithManifest(manifest);
    }

    /// <summary>
    /// The span classifier: for the head of each gold argument, does each dependent's subtree (going
    /// outwards from the head, up to the first one left out) lie inside the gold span?
    /// </summary>
    private static FeatureWeights TrainSpans(List<ParsedSentence> train, RoleTrainingOptions options)
    {
        var s = new RoleSentence();
        var examples = new List<(uint[] Keys, int Gold)>();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxSpan];
        foreach (var x in train)
        {
            s.Load(x.Gold.Words, x.Syntax);
            foreach (var prop in x.Gold.Propositions)
                foreach (var a in prop.Arguments)
                {
                    if (a.Label.StartsWith("C-", StringComparison.Ordinal)) continue;
                    int c = HeadOf(s, a, prop.Word), p = prop.Word;
                    if (c < 0 || !RoleDecoder.IsCandidate(s, p, c)) continue;
                    int branch = -1;
                    if (s.Dominates(c, p)) { branch = p; while (s.Head[branch] != c) branch = s.Head[branch]; }
                    var children = s.ChildrenOf(c);
                    int rank = 0;
                    foreach (int ch in children)
                    {
                        if (ch < c || ch == branch || (branch >= 0 && ch > branch && branch > c)) continue;
                        if (s.IsPunct(ch)) continue;
                        int gold = s.Left[ch] >= a.First && s.Right[ch] <= a.Last ? 1 : 0;
                        examples.Add((keys[..RoleFeatures.SpanChild(s, c, ch, p, branch >= 0, rank++, keys)].ToArray(), gold));
                        if (gold == 0) break;
                    }
                    rank = 0;
                    for (int k = children.Length - 1; k >= 0; k--)
                    {
                        int ch = children[k];
                        if (ch > c || ch == branch || (branch >= 0 && ch < branch && branch < c)) continue;
                        if (s.IsPunct(ch)) continue;
                        int gold = s.Left[ch] >= a.First && s.Right[ch] <= a.Last ? 1 : 0;
                        examples.Add((keys[..RoleFeatures.SpanChild(s, c, ch, p, branch >= 0, rank++, keys)].ToArray(), gold));
                        if (gold == 0) break;
                    }
                }
        }
        var counts = new Dictionary<uint, int>();
        foreach (var (k, _) in examples) foreach (uint key in k) counts[key] = counts.GetValueOrDefault(key) + 1;
        var table = new PerceptronTable(counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).OrderBy(k => k), 2);
        var random = new Random(options.Seed + 2);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Span<float> scores = stackalloc float[2];
        for (int epoch = 1; epoch <= options.PredicateEpochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0;
            foreach (int i in order)
            {
                var (k, gold) = examples[i];
                table.Score(k, scores);
                int predicted = scores[1] >= scores[0] ? 1 : 0;
                if (predicted != gold) { mistakes++; table.Update(k, gold, predicted); }
                table.Tick();
            }
            options.Log.WriteLine($"spans epoch {epoch}: {examples.Count:N0} dependents, {100.0 * mistakes / Math.Max(1, examples.Count):F2}% errors");
        }
        return table.Export();
    }

    private static FeatureWeights TrainPredicates(List<ParsedSentence> train, RoleTrainingOptions options)
    {
        var s = new RoleSentence();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxPredicate];
        var counts = new Dictionary<uint, int>();
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in train)
        {
            s.Load(x.Gold.Words, x.Syntax);
            foreach (var p in x.Gold.Propositions)
                if (!RoleFeatures.IsPredicateCandidate(s, p.Word)) outside[s.UposText[p.Word]] = outside.GetValueOrDefault(s.UposText[p.Word]) + 1;
            for (int i = 0; i < s.Count; i++)
            {
                if (!RoleFeatures.IsPredicateCandidate(s, i)) continue;
                int n = RoleFeatures.Predicate(s, i, keys);
                foreach (uint k in keys[..n]) counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }
        options.Log.WriteLine($"predicates: gold predicates our tagger does not call VERB, AUX or NOUN: {string.Join(", ", outside.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}"))}");
        var table = new PerceptronTable(counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).OrderBy(k => k), 2);
        var random = new Random(options.Seed + 1);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<float> scores = stackalloc float[2];
        var isPredicate = new bool[256];
        for (int epoch = 1; epoch <= options.PredicateEpochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0, seen = 0;
            foreach (int si in order)
            {
                var x = train[si];
                s.Load(x.Gold.Words, x.Syntax);
                if (isPredicate.Length < s.Count) isPredicate = new bool[s.Count * 2];
                Array.Clear(isPredicate, 0, s.Count);
                foreach (var p in x.Gold.Propositions) isPredicate[p.Word] = true;
                for (int i = 0; i < s.Count; i++)
                {
                    if (!RoleFeatures.IsPredicateCandidate(s, i)) continue;
                    int n = RoleFeatures.Predicate(s, i, keys);
                    table.Score(keys[..n], scores);
                    int predicted = scores[1] > scores[0] ? 1 : 0, g = isPredicate[i] ? 1 : 0;
                    seen++;
                    if (predicted != g) { mistakes++; table.Update(keys[..n], g, predicted); }
                    table.Tick();
                }
            }
            options.Log.WriteLine($"predicates epoch {epoch}: {100.0 * mistakes / Math.Max(1, seen):F2}% errors");
        }
        return table.Export();
    }

    /// <summary>
    /// The word of gold span <paramref name="a"/> that heads it in the predicted tree: the one whose
    /// head lies outside the span (the highest when there are several); -1 when the span holds the predicate.
    /// </summary>
    internal static int HeadOf(RoleSentence s, GoldArgument a, int predicate)
    {
        if (a.First <= predicate && predicate <= a.Last) return -1;
        int best = -1;
        for (int i = a.First; i <= a.Last && i < s.Count; i++)
        {
            int h = s.Head[i];
            if (h >= a.First && h <= a.Last) continue;
            if (s.IsPunct(i) && a.First != a.Last) continue;
            if (best < 0 || s.Depth[i] < s.Depth[best]) best = i;
        }
        return best;
    }

    /// <summary>Predicate identification P/R/F1 on <paramref name="sentences"/>.</summary>
    public static string PredicateScore(RoleModel model, List<ParsedSentence> sentences)
    {
        var s = new RoleSentence();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxPredicate];
        Span<float> two = stackalloc float[2];
        long tp = 0, predicted = 0, gold = 0;
        foreach (var x in sentences)
        {
            s.Load(x.Gold.Words, x.Syntax);
            var g = x.Gold.Propositions.Select(p => p.Word).ToHashSet();
            gold += g.Count;
            for (int i = 0; i < s.Count; i++)
                if (RoleDecoder.IsPredicate(model, s, i, keys, two)) { predicted++; if (g.Contains(i)) tp++; }
        }
        double p = 100.0 * tp / Math.Max(1, predicted), r = 100.0 * tp / Math.Max(1, gold);
        return $"P {p:F2} R {r:F2} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):F2}";
    }


    /// <summary>Scores <paramref name="model"/> on <paramref name="sentences"/> (predicates predicted, or the gold ones).</summary>
    /// <remarks>With <paramref name="errors"/> (and gold predicates), each gold argument is also counted by what became of it: found, left out, wrong span, wrong label, head outside the candidates.</remarks>
    public static RoleScore Evaluate(RoleModel model, List<ParsedSentence> sentences, bool goldPredicates, Dictionary<string, int>? errors = null)
    {
        var score = new RoleScore();
        var s = new RoleSentence();
        var args = new List<WordArgument>();
        var scratch = new List<(float, WordArgument)>();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxPredicate];
        Span<float> two = stackalloc float[2];
        foreach (var x in sentences)
        {
            s.Load(x.Gold.Words, x.Syntax);
            var predicted = new List<(int, IReadOnlyList<GoldArgument>)>();
            var words = new List<int>();
            if (goldPredicates) foreach (var p in x.Gold.Propositions) words.Add(p.Word);
            else for (int i = 0; i < s.Count; i++) if (RoleDecoder.IsPredicate(model, s, i, keys, two)) words.Add(i);
            foreach (int p in words)
            {
                RoleDecoder.Arguments(model, s, p, args, scratch, controllers: false);
                predicted.Add((p, args.Where(a => !a.Implicit).Select(a => new GoldArgument(model.Labels[a.Label], a.First, a.Last)).ToList()));
            }
            score.Add(x.Gold.Propositions.Select(p => (p.Word, (IReadOnlyList<GoldArgument>)p.Arguments)), predicted);
            if (errors is not null && goldPredicates) CountErrors(model, s, x.Gold, predicted, errors);
        }
        return score;
    }

    /// <summary>What became of each gold argument (C- pieces left out) of a sentence whose gold predicates were labelled.</summary>
    private static void CountErrors(RoleModel model, RoleSentence s, Conll2012Sentence gold, List<(int Word, IReadOnlyList<GoldArgument> Arguments)> predicted,
        Dictionary<string, int> errors)
    {
        foreach (var prop in gold.Propositions)
        {
            var pr = predicted.First(q => q.Word == prop.Word).Arguments;
            foreach (var a in prop.Arguments)
            {
                if (a.Label.StartsWith("C-", StringComparison.Ordinal) || a.Label == "V") continue;
                string kind;
                int h = HeadOf(s, a, prop.Word);
                if (pr.Contains(a)) kind = "correct";
                else if (h < 0 || !RoleDecoder.IsCandidate(s, prop.Word, h)) kind = "head not a candidate";
                else if (s.SpanOf(h, prop.Word, model.Spans) != (a.First, a.Last)) kind = pr.Any(q => q.First <= h && h <= q.Last) ? "span wrong, head found" : "span wrong, head not found";
                else if (pr.Any(q => q.First == a.First && q.Last == a.Last)) kind = "label wrong";
                else kind = "not found (span right)";
                errors[kind] = errors.GetValueOrDefault(kind) + 1;
            }
        }
    }
}
