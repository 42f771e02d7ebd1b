using System.Diagnostics;
using System.IO.Compression;
using System.Numerics;
using NewsNlp.Entities;
using NewsNlp.Tokenization;

namespace NewsNlp.Training.Resources;

/// <summary>
/// Induces two-level word clusters from the unlabeled news text in <c>shared/data/unlabeled</c>:
/// each frequent word is described by positive PMI with its left and right neighbours (the 3,000
/// most frequent words as contexts), projected to 256 dimensions with seeded Gaussian vectors,
/// then clustered by spherical k-means into 32 coarse clusters, each split into 32 fine ones.
/// Words used the same way ("Monday"/"Tuesday", "Moscow"/"Beijing") share clusters, which lets
/// the recognizer generalise to names it never saw labelled. Deterministic for a seed.
/// </summary>
internal static class ClusterInducer
{
    private const int MinCount = 5;
    private const int MaxVocabulary = 80_000;
    private const int ContextWords = 3_000;
    private const int Dimensions = 256;
    private const int Coarse = 32;
    private const int Fine = 32;
    private const int Iterations = 10;

    public static WordClusters Induce(string shared, TextWriter log, int seed)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.GetFiles(Path.Combine(shared, "unlabeled"), "*.txt.gz").Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var counts = new List<int>();
        var corpus = new List<int[]>();
        var tokenizer = new Tokenizer();
        var tokens = new List<Token>();
        var words = new List<Word>();
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                tokens.Clear();
                words.Clear();
                tokenizer.Tokenize(line, tokens, words);
                var sentence = new int[words.Count];
                for (int i = 0; i < words.Count; i++)
                {
                    var w = line.AsSpan(words[i].Start, words[i].Length);
                    if (!lookup.TryGetValue(w, out int id))
                    {
                        id = names.Count;
                        string s = w.ToString();
                        ids[s] = id;
                        names.Add(s);
                        counts.Add(0);
                    }
                    counts[id]++;
                    sentence[i] = id;
                }
                corpus.Add(sentence);
            }
        }
        long total = counts.Sum(c => (long)c);
        var byFrequency = Enumerable.Range(0, names.Count).OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToArray();
        var vocab = byFrequency.Where(i => counts[i] >= MinCount).Take(MaxVocabulary).ToArray();
        var row = new int[names.Count];
        Array.Fill(row, -1);
        for (int r = 0; r < vocab.Length; r++) row[vocab[r]] = r;
        var context = new int[names.Count];
        Array.Fill(context, ContextWords);
        for (int c = 0; c < ContextWords && c < byFrequency.Length; c++) context[byFrequency[c]] = c;
        int contextDims = 2 * (ContextWords + 1);

        // Co-occurrence counts of (word, left or right neighbour).
        var pairs = new Dictionary<long, int>();
        var rowSum = new double[vocab.Length];
        var colSum = new double[contextDims];
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                int r = row[s[i]];
                if (r < 0) continue;
                int left = i > 0 ? context[s[i - 1]] : ContextWords;
                int right = ContextWords + 1 + (i + 1 < s.Length ? context[s[i + 1]] : ContextWords);
                foreach (int c in new[] { left, right })
                {
                    long key = (long)r * contextDims + c;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    rowSum[r]++;
                    colSum[c]++;
                }
            }
        corpus = null;
        double all = rowSum.Sum();
        log.WriteLine($"clusters: {total:N0} words read, {vocab.Length:N0} word types kept, {pairs.Count:N0} context pairs; {clock.Elapsed.TotalSeconds:F0} s");

        // PPMI projected by a seeded Gaussian matrix.
        var rng = new Random(seed);
        var projection = new float[contextDims * Dimensions];
        for (int i = 0; i < projection.Length; i++) projection[i] = (float)Gaussian(rng);
        var vectors = new float[vocab.Length * Dimensions];
        foreach (var (key, count) in pairs)
        {
            int r = (int)(key / contextDims), c = (int)(key % contextDims);
            double pmi = Math.Log(count * all / (rowSum[r] * colSum[c]));
            if (pmi <= 0) continue;
            var v = vectors.AsSpan(r * Dimensions, Dimensions);
            var p = projection.AsSpan(c * Dimensions, Dimensions);
            float weight = (float)pmi;
            for (int d = 0; d < Dimensions; d++) v[d] += weight * p[d];
        }
        for (int r = 0; r < vocab.Length; r++) Normalize(vectors.AsSpan(r * Dimensions, Dimensions));

        var coarse = KMeans(vectors, Enumerable.Range(0, vocab.Length).ToArray(), Coarse, rng);
        var fineIds = new int[vocab.Length];
        for (int k = 0; k < Coarse; k++)
        {
            var members = Enumerable.Range(0, vocab.Length).Where(r => coarse[r] == k).ToArray();
            if (members.Length == 0) continue;
            var sub = KMeans(vectors, members, Math.Min(Fine, members.Length), rng);
            for (int m = 0; m < members.Length; m++) fineIds[members[m]] = k * Fine + sub[m];
        }
        var result = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int r = 0; r < vocab.Length; r++) result[names[vocab[r]]] = fineIds[r];
        log.WriteLine($"clusters: {vocab.Length:N0} words in {Coarse} x {Fine} clusters; {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var probe in new[] { "Monday", "Moscow", "Reuters", "Clinton", "percent" })
            if (result.TryGetValue(probe, out int id))
                log.WriteLine($"  {probe}: " + string.Join(' ', result.Where(p => p.Value == id).Select(p => p.Key).Take(12)));
        return new WordClusters(result, coarseShift: 5);
    }

    /// <summary>Spherical k-means over the rows <paramref name="members"/>; returns each member's cluster.</summary>
    private static int[] KMeans(float[] vectors, int[] members, int k, Random rng)
    {
        var centroids = new float[k * Dimensions];
        var picks = members.OrderBy(_ => rng.Next()).Take(k).ToArray();
        for (int c = 0; c < k; c++) vectors.AsSpan(picks[c] * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions));
        var assign = new int[members.Length];
        for (int iter = 0; iter < Iterations; iter++)
        {
            Parallel.For(0, members.Length, m =>
            {
                var v = new ReadOnlySpan<float>(vectors, members[m] * Dimensions, Dimensions);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, new ReadOnlySpan<float>(centroids, c * Dimensions, Dimensions));
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assign[m] = best;
            });
            Array.Clear(centroids);
            for (int m = 0; m < members.Length; m++)
            {
                var v = vectors.AsSpan(members[m] * Dimensions, Dimensions);
                var c = centroids.AsSpan(assign[m] * Dimensions, Dimensions);
                for (int d = 0; d < Dimensions; d++) c[d] += v[d];
            }
            for (int c = 0; c < k; c++)
            {
                var span = centroids.AsSpan(c * Dimensions, Dimensions);
                if (Normalize(span) == 0)
                    vectors.AsSpan(members[rng.Next(members.Length)] * Dimensions, Dimensions).CopyTo(span); // re-seed an empty cluster
            }
        }
        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static float Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return 0;
        for (int d = 0; d < v.Length; d++) v[d] /= norm;
        return norm;
    }

    private static double Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
