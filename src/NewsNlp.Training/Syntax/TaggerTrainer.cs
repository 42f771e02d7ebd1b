using NewsNlp.Learning;
using NewsNlp.Syntax;

namespace NewsNlp.Training.Syntax;

/// <summary>Trains the greedy averaged-perceptron part-of-speech tagger on CoNLL-U sentences.</summary>
internal static class TaggerTrainer
{
    /// <summary>Words seen at least this often with one tag at least this share of the time skip the model.</summary>
    private const int DictionaryMinCount = 20;
    private const double DictionaryMinShare = 0.995;

    /// <summary>Trains the tagger; with <paramref name="dev"/>, the epoch with the best dev UPOS is kept.</summary>
    public static PosTagger Train(
        List<ConlluSentence> train, List<ConlluSentence>? dev, WordClusters clusters, SyntaxTrainingOptions options)
    {
        var tagNames = train.SelectMany(s => s.Upos.Zip(s.Xpos, (u, x) => u + "\t" + x)).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (tagNames.Length > 255) throw new InvalidDataException($"{tagNames.Length} UPOS|XPOS pairs; the tagger supports 255");
        var tagIndex = tagNames.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var upos = tagNames.Select(t => t.Split('\t')[0]).ToArray();
        var xpos = tagNames.Select(t => t.Split('\t')[1]).ToArray();
        var gold = train.Select(s => s.Upos.Zip(s.Xpos, (u, x) => tagIndex[u + "\t" + x]).ToArray()).ToList();

        var dictionary = BuildDictionary(train, gold);
        var ambiguity = BuildAmbiguity(train, gold);
        var lexicon = new PosTagger(upos, xpos, new FeatureWeights([], [0], [], [], tagNames.Length), dictionary, ambiguity);
        var prepared = train.Select(s => Prepare(s, clusters)).ToList();
        foreach (var s in prepared) lexicon.LoadAmbiguity(s);

        // The feature set: every feature of a non-dictionary word under gold history, seen often enough.
        var counts = new Dictionary<uint, int>();
        Span<uint> keys = stackalloc uint[TaggerFeatures.Max];
        for (int si = 0; si < prepared.Count; si++)
        {
            var s = prepared[si];
            for (int i = 0; i < s.Count; i++)
            {
                if (dictionary.ContainsKey(train[si].Forms[i])) continue;
                int n = TaggerFeatures.Extract(s, i, i > 0 ? gold[si][i - 1] : -1, i > 1 ? gold[si][i - 2] : -1, keys);
                foreach (uint k in keys[..n]) counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }
        var table = new PerceptronTable(counts.Where(p => p.Value >= options.MinFeatureCount).Select(p => p.Key).OrderBy(k => k), tagNames.Length);
        options.Log.WriteLine($"tagger: {train.Count:N0} sentences, {tagNames.Length} tags, {dictionary.Count:N0} dictionary words, {table.FeatureCount:N0} features");

        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<float> scores = stackalloc float[tagNames.Length];
        PosTagger? best = null;
        double bestAccuracy = -1;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, total = 0;
            foreach (int si in order)
            {
                var s = prepared[si];
                int prev = -1, prevPrev = -1;
                for (int i = 0; i < s.Count; i++)
                {
                    if (!dictionary.TryGetValue(train[si].Forms[i], out int tag))
                    {
                        int n = TaggerFeatures.Extract(s, i, prev, prevPrev, keys);
                        table.Score(keys[..n], scores);
                        tag = PosTagger.ArgMax(scores);
                        table.Update(keys[..n], gold[si][i], tag);
                        table.Tick();
                        total++;
                        if (tag != gold[si][i]) errors++;
                    }
                    prevPrev = prev;
                    prev = tag;
                }
            }
            var tagger = new PosTagger(upos, xpos, table.Export(), dictionary, ambiguity);
            double accuracy = dev is null ? 0 : Accuracy(tagger, dev, clusters);
            options.Log.WriteLine($"tagger epoch {epoch}: train errors {100.0 * errors / Math.Max(1, total):F2}% of modelled words; dev UPOS {accuracy:F2}");
            if (accuracy > bestAccuracy || dev is null)
            {
                best = tagger;
                bestAccuracy = accuracy;
                sinceBest = 0;
            }
            else if (options.Patience > 0 && ++sinceBest >= options.Patience) break;
        }
        return best!;
    }

    private static Dictionary<string, int> BuildDictionary(List<ConlluSentence> train, List<int[]> gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int si = 0; si < train.Count; si++)
            for (int i = 0; i < train[si].Count; i++)
            {
                if (!counts.TryGetValue(train[si].Forms[i], out var byTag)) counts[train[si].Forms[i]] = byTag = [];
                byTag[gold[si][i]] = byTag.GetValueOrDefault(gold[si][i]) + 1;
            }
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            var top = byTag.MaxBy(p => p.Value);
            if (total >= DictionaryMinCount && top.Value >= DictionaryMinShare * total) dictionary[form] = top.Key;
        }
        return dictionary;
    }

    /// <summary>Lower-cased words seen at least 3 times → id of their set of tags (each ≥ 2% of the word's uses).</summary>
    private static Dictionary<string, int> BuildAmbiguity(List<ConlluSentence> train, List<int[]> gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int si = 0; si < train.Count; si++)
            for (int i = 0; i < train[si].Count; i++)
            {
                string w = train[si].Forms[i].ToLowerInvariant();
                if (w.Length > 64) continue;
                if (!counts.TryGetValue(w, out var byTag)) counts[w] = byTag = [];
                byTag[gold[si][i]] = byTag.GetValueOrDefault(gold[si][i]) + 1;
            }
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, byTag) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            int total = byTag.Values.Sum();
            if (total < 3) continue;
            string set = string.Join(',', byTag.Where(p => p.Value >= 0.02 * total).Select(p => p.Key).Order());
            if (!classes.TryGetValue(set, out int id)) classes[set] = id = classes.Count;
            result[w] = id;
        }
        return result;
    }

    internal static SentenceWords Prepare(ConlluSentence sentence, WordClusters clusters)
    {
        var (text, spans) = sentence.AsText();
        var s = new SentenceWords();
        s.Load(text, spans, clusters);
        return s;
    }

    /// <summary>UPOS accuracy (percent) of <paramref name="tagger"/> on <paramref name="sentences"/>.</summary>
    public static double Accuracy(PosTagger tagger, List<ConlluSentence> sentences, WordClusters clusters)
    {
        int correct = 0, total = 0;
        var s = new SentenceWords();
        foreach (var sentence in sentences)
        {
            var (text, spans) = sentence.AsText();
            s.Load(text, spans, clusters);
            tagger.Tag(s);
            for (int i = 0; i < s.Count; i++, total++)
                if (tagger.Upos[s.Tag[i]] == sentence.Upos[i]) correct++;
        }
        return 100.0 * correct / Math.Max(1, total);
    }
}
