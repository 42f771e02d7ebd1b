using System.Diagnostics;
using System.IO.Compression;
using System.Numerics;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Training.Resources;

/// <summary>
/// Induces two-level word clusters from the unlabeled news text in the data folder's <c>unlabeled/</c>:
/// each frequent word is described by positive PMI with the words two to the left and two to the
/// right (the 3,000 most frequent words as contexts, by position), reduced to 128 dimensions by a
/// seeded randomized SVD, then clustered by spherical k-means into 32 coarse clusters, each split into 32 fine ones.
/// Words used the same way ("Monday"/"Tuesday", "Moscow"/"Beijing") share clusters, which lets
/// the recognizer generalise to names it never saw labelled. Deterministic for a seed.
/// </summary>
internal static class ClusterInducer
{
    private const int MinCount = 5;
    private const int MaxVocabulary = 80_000;
    private const int ContextWords = 3_000;
    private const int Dimensions = 128;
    private const int Coarse = 32;
    private const int Fine = 32;
    private const int Iterations = 10;

    /// <summary>Norm of a word vector as a dense feature: comparable to a couple of binary features.</summary>
    private const float VectorNorm = 2f;

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

        // Co-occurrence counts of (word, neighbour at offset -2, -1, +1 or +2).
        int block = ContextWords + 1;
        int contextDims = 4 * block;
        var pairs = new Dictionary<long, int>();
        var rowSum = new double[vocab.Length];
        var colSum = new double[contextDims];
        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                int r = row[s[i]];
                if (r < 0) continue;
                for (int o = 0; o < offsets.Length; o++)
                {
                    int j = i + offsets[o];
                    int c = o * block + (j >= 0 && j < s.Length ? context[s[j]] : ContextWords);
                    long key = (long)r * contextDims + c;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    rowSum[r]++;
                    colSum[c]++;
                }
            }
        corpus = null;
        double all = rowSum.Sum();
        log.WriteLine($"clusters: {total:N0} words read, {vocab.Length:N0} word types kept, {pairs.Count:N0} context pairs; {clock.Elapsed.TotalSeconds:F0} s");

        // Sparse PPMI matrix (rows: words), then its leading left singular subspace by randomized
        // SVD with power iterations (Halko et al. 2011). Rows of the orthonormal basis serve as word
        // vectors (singular-value weight 0, which Levy et al. 2015 found works well for similarity).
        var csrStart = new int[vocab.Length + 1];
        foreach (var key in pairs.Keys) csrStart[(int)(key / contextDims) + 1]++;
        for (int r = 0; r < vocab.Length; r++) csrStart[r + 1] += csrStart[r];
        var fill = csrStart.ToArray();
        var csrCol = new int[pairs.Count];
        var csrVal = new float[pairs.Count];
        foreach (var (key, count) in pairs)
        {
            int r = (int)(key / contextDims), c = (int)(key % contextDims);
            double pmi = Math.Log(count * all / (rowSum[r] * colSum[c]));
            int at = fill[r]++;
            csrCol[at] = c;
            csrVal[at] = pmi > 0 ? (float)pmi : 0f;
        }
        pairs = null;
        var rng = new Random(seed);
        var omega = new float[contextDims * Dimensions];
        for (int i = 0; i < omega.Length; i++) omega[i] = (float)Gaussian(rng);
        var vectors = MultiplyRows(csrStart, csrCol, csrVal, omega, vocab.Length);
        for (int power = 0; power < 2; power++)
        {
            Orthonormalize(vectors, vocab.Length);
            var z = MultiplyTransposed(csrStart, csrCol, csrVal, vectors, vocab.Length, contextDims);
            vectors = MultiplyRows(csrStart, csrCol, csrVal, z, vocab.Length);
        }
        Orthonormalize(vectors, vocab.Length);
        for (int r = 0; r < vocab.Length; r++) Normalize(vectors.AsSpan(r * Dimensions, Dimensions));
        log.WriteLine($"clusters: randomized SVD to {Dimensions} dimensions; {clock.Elapsed.TotalSeconds:F0} s");

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

        // The same vectors, int8-quantized, serve as dense features (scaled to norm VectorNorm).
        var rows = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        float maxAbs = 0;
        foreach (float v in vectors) maxAbs = Math.Max(maxAbs, Math.Abs(v));
        var quantized = new sbyte[vocab.Length * Dimensions];
        for (int i = 0; i < quantized.Length; i++) quantized[i] = (sbyte)Math.Round(vectors[i] / maxAbs * 127);
        for (int r = 0; r < vocab.Length; r++) rows[names[vocab[r]]] = r;
        log.WriteLine($"clusters: {vocab.Length:N0} words in {Coarse} x {Fine} clusters; {clock.Elapsed.TotalSeconds:F0} s");
        foreach (var probe in new[] { "Monday", "Moscow", "Reuters", "Clinton", "percent" })
            if (result.TryGetValue(probe, out int id))
                log.WriteLine($"  {probe}: " + string.Join(' ', result.Where(p => p.Value == id).Select(p => p.Key).Take(12)));
        return new WordClusters(result, coarseShift: 5, rows, quantized, Dimensions, maxAbs / 127 * VectorNorm);
    }

    /// <summary>M · X for sparse M (rows × cols) and dense X (cols × Dimensions).</summary>
    private static float[] MultiplyRows(int[] start, int[] col, float[] val, float[] x, int rows)
    {
        var y = new float[rows * Dimensions];
        Parallel.For(0, rows, r =>
        {
            var target = y.AsSpan(r * Dimensions, Dimensions);
            for (int e = start[r]; e < start[r + 1]; e++)
            {
                if (val[e] == 0) continue;
                Axpy(val[e], x.AsSpan(col[e] * Dimensions, Dimensions), target);
            }
        });
        return y;
    }

    /// <summary>Mᵀ · Y for sparse M (rows × cols) and dense Y (rows × Dimensions).</summary>
    private static float[] MultiplyTransposed(int[] start, int[] col, float[] val, float[] y, int rows, int cols)
    {
        var z = new float[cols * Dimensions];
        for (int r = 0; r < rows; r++)
        {
            var source = y.AsSpan(r * Dimensions, Dimensions);
            for (int e = start[r]; e < start[r + 1]; e++)
                if (val[e] != 0) Axpy(val[e], source, z.AsSpan(col[e] * Dimensions, Dimensions));
        }
        return z;
    }

    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        var va = new Vector<float>(a);
        for (; i + Vector<float>.Count <= x.Length; i += Vector<float>.Count)
            (new Vector<float>(y[i..]) + va * new Vector<float>(x[i..])).CopyTo(y[i..]);
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    /// <summary>Orthonormalizes the columns of a rows × Dimensions matrix (modified Gram-Schmidt, column by column).</summary>
    private static void Orthonormalize(float[] m, int rows)
    {
        var column = new double[rows];
        for (int j = 0; j < Dimensions; j++)
        {
            for (int r = 0; r < rows; r++) column[r] = m[r * Dimensions + j];
            for (int k = 0; k < j; k++)
            {
                double dot = 0;
                for (int r = 0; r < rows; r++) dot += column[r] * m[r * Dimensions + k];
                for (int r = 0; r < rows; r++) column[r] -= dot * m[r * Dimensions + k];
            }
            double norm = Math.Sqrt(column.Sum(v => v * v));
            if (norm < 1e-12) norm = 1;
            for (int r = 0; r < rows; r++) m[r * Dimensions + j] = (float)(column[r] / norm);
        }
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
                    float dot = VectorMath.Dot(v, new ReadOnlySpan<float>(centroids, c * Dimensions, Dimensions));
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


    private static float Normalize(Span<float> v)
    {
        float norm = MathF.Sqrt(VectorMath.Dot(v, v));
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
