using System.Numerics.Tensors;

namespace NewsNlp.Accurate.Heads;

/// <summary>
/// Best BIO tag sequence under the tag head's per-word log-probabilities with the only transitions
/// BIO allows: <c>I-X</c> follows <c>B-X</c> or <c>I-X</c>, never <c>O</c>, another type or the sentence
/// start. The head was trained per word (no transition scores), so this is the most probable
/// well-formed sequence rather than a greedy one that a repair step would have to patch.
/// </summary>
internal sealed class BioDecoder
{
    private readonly bool[] _allowed;      // [previous, current]
    private readonly bool[] _canStart;

    public BioDecoder(IReadOnlyList<string> tags)
    {
        Tags = tags;
        int n = tags.Count;
        _allowed = new bool[n * n];
        _canStart = new bool[n];
        Types = new string?[n];
        IsInside = new bool[n];
        for (int t = 0; t < n; t++)
        {
            string tag = tags[t];
            IsInside[t] = tag.StartsWith("I-", StringComparison.Ordinal);
            Types[t] = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            _canStart[t] = !IsInside[t];
        }
        for (int p = 0; p < n; p++)
            for (int c = 0; c < n; c++)
                _allowed[p * n + c] = !IsInside[c] || (Types[p] is not null && Types[p] == Types[c]);
    }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>The type of each tag ("PERSON" for B-PERSON), null for O.</summary>
    public string?[] Types { get; }

    /// <summary>Whether a tag is an I- tag.</summary>
    public bool[] IsInside { get; }

    /// <summary>
    /// Decodes <paramref name="words"/> rows of raw tag scores (turned into log-probabilities in place)
    /// into <paramref name="best"/>, and writes each word's probability of its chosen tag into <paramref name="probability"/>.
    /// </summary>
    public void Decode(Span<float> scores, int words, Span<int> best, Span<float> probability)
    {
        int n = Tags.Count;
        if (words == 0) return;
        for (int w = 0; w < words; w++)
        {
            var row = scores.Slice(w * n, n);
            // log-softmax: log p = x - max - log Σ exp(x - max)
            float max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, row);
            float sum = 0;
            foreach (float x in row) sum += MathF.Exp(x);
            TensorPrimitives.Subtract(row, MathF.Log(sum), row);
        }
        var score = new float[words * n];
        var back = new int[words * n];
        for (int c = 0; c < n; c++)
            score[c] = _canStart[c] ? scores[c] : float.NegativeInfinity;
        for (int w = 1; w < words; w++)
        {
            for (int c = 0; c < n; c++)
            {
                float bestScore = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < n; p++)
                {
                    if (!_allowed[p * n + c]) continue;
                    float s = score[(w - 1) * n + p];
                    if (s > bestScore) { bestScore = s; from = p; }
                }
                score[w * n + c] = bestScore + scores[w * n + c];
                back[w * n + c] = from;
            }
        }
        int last = TensorPrimitives.IndexOfMax(score.AsSpan((words - 1) * n, n));
        for (int w = words - 1; w >= 0; w--)
        {
            best[w] = last;
            probability[w] = MathF.Exp(scores[w * n + last]);
            last = back[w * n + last];
        }
    }

    /// <summary>The spans (word start, end, type) of a decoded tag sequence.</summary>
    public void Spans(ReadOnlySpan<int> tags, ReadOnlySpan<float> probability, List<(int Start, int End, string Type, float Confidence)> spans)
    {
        for (int w = 0; w < tags.Length;)
        {
            string? type = Types[tags[w]];
            if (type is null) { w++; continue; }
            int end = w + 1;
            float confidence = probability[w];
            while (end < tags.Length && IsInside[tags[end]] && Types[tags[end]] == type)
            {
                confidence = Math.Min(confidence, probability[end]);
                end++;
            }
            spans.Add((w, end, type, confidence));
            w = end;
        }
    }
}
