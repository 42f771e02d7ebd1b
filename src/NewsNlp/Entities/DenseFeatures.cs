using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// Dense features from word vectors: for each word, its own vector and the mean of its two
/// neighbours' vectors (2 × D values). Their weights form a T × (2·D) matrix in the model (a row
/// per tag, so each score is one vectorised dot product).
/// </summary>
internal static class DenseFeatures
{
    public static int Width(WordClusters clusters) => 2 * clusters.Dimensions;

    /// <summary>Fills <paramref name="x"/> (n × <see cref="Width"/>) for a sentence; returns false when the model has no vectors.</summary>
    public static bool Fill(WordClusters clusters, ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, Span<float> x)
    {
        int d = clusters.Dimensions;
        if (d == 0) return false;
        int width = 2 * d;
        x.Clear();
        Span<int> rows = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        for (int i = 0; i < words.Length; i++) rows[i] = clusters.VectorRow(text[words[i].Start..words[i].End]);
        float scale = clusters.Scale, half = clusters.Scale / 2;
        for (int i = 0; i < words.Length; i++)
        {
            var target = x.Slice(i * width, width);
            if (rows[i] >= 0)
            {
                var v = clusters.Vector(rows[i]);
                for (int k = 0; k < d; k++) target[k] = v[k] * scale;
            }
            if (i > 0 && rows[i - 1] >= 0)
            {
                var v = clusters.Vector(rows[i - 1]);
                for (int k = 0; k < d; k++) target[d + k] += v[k] * half;
            }
            if (i + 1 < words.Length && rows[i + 1] >= 0)
            {
                var v = clusters.Vector(rows[i + 1]);
                for (int k = 0; k < d; k++) target[d + k] += v[k] * half;
            }
        }
        return true;
    }

    /// <summary>scores[i, t] += x[i, ·] · w[t, ·], with <paramref name="wByTag"/> in T × width layout (a row per tag).</summary>
    public static void AddScores(ReadOnlySpan<float> x, ReadOnlySpan<float> wByTag, int n, int width, int tags, Span<float> scores)
    {
        for (int i = 0; i < n; i++)
        {
            var xi = x.Slice(i * width, width);
            if (!xi.ContainsAnyExcept(0f)) continue; // no vector for the word or its neighbours
            var row = scores.Slice(i * tags, tags);
            for (int t = 0; t < tags; t++) row[t] += VectorMath.Dot(xi, wByTag.Slice(t * width, width));
        }
    }

}
