using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

[TestFixture]
public class BilouTagSetTests
{
    private static readonly BilouTagSet Tags = new(["LOC", "PER"]);

    [Test]
    public void EncodeThenDecodeGivesTheSpansBack()
    {
        (int, int, int)[] spans = [(0, 1, 0), (2, 5, 1), (5, 7, 0)];
        var tags = new int[8];
        BilouTagSet.Encode(spans, tags);
        Assert.That(tags.Select(Tags.Name), Is.EqualTo(new[] { "U-LOC", "O", "B-PER", "I-PER", "L-PER", "B-LOC", "L-LOC", "O" }));
        var back = new List<(int, int, int)>();
        BilouTagSet.Decode(tags, back);
        Assert.That(back, Is.EqualTo(spans));
    }

    [TestCase("O", "I-PER", false)]
    [TestCase("B-PER", "I-PER", true)]
    [TestCase("B-PER", "L-LOC", false)]
    [TestCase("B-PER", "O", false)]
    [TestCase("L-PER", "B-LOC", true)]
    [TestCase("U-PER", "U-PER", true)]
    [TestCase("I-LOC", "L-LOC", true)]
    public void TransitionValidity(string from, string to, bool valid)
    {
        int f = Enumerable.Range(0, Tags.Count).Single(t => Tags.Name(t) == from);
        int t2 = Enumerable.Range(0, Tags.Count).Single(t => Tags.Name(t) == to);
        Assert.That(BilouTagSet.IsValid(f, t2), Is.EqualTo(valid));
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property ViterbiAlwaysDecodesAValidSequence() =>
        Prop.ForAll(Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(-100, 100), n * Tags.Count).Select(a => (n, a))).ToArbitrary(), x =>
        {
            var (n, raw) = x;
            var scores = raw.Select(v => (float)v).ToArray();
            var transitions = new float[(Tags.Count + 1) * Tags.Count];
            var best = new int[n];
            SequenceDecoder.Viterbi(Tags, transitions, scores, n, best);
            bool valid = BilouTagSet.CanStart(best[0]) && BilouTagSet.CanEnd(best[n - 1]);
            for (int i = 1; i < n; i++) valid &= BilouTagSet.IsValid(best[i - 1], best[i]);
            return valid;
        });

    private static void Marginals(float[] transitions, float temperature, float[] scores, int n, float[] marginals)
    {
        var decoder = new BilouDecoder(Tags, transitions, temperature);
        int m = n * decoder.Stride;
        decoder.Marginals(scores, n, marginals, new float[m], new float[m], new float[m]);
    }

    [Test]
    public void MarginalsAreProbabilities()
    {
        var rng = new Random(5);
        int n = 6;
        var scores = Enumerable.Range(0, n * Tags.Count).Select(_ => (float)rng.NextDouble() * 4).ToArray();
        var transitions = new float[(Tags.Count + 1) * Tags.Count];
        var marginals = new float[n * Tags.Count];
        Marginals(transitions, 1f, scores, n, marginals);
        for (int i = 0; i < n; i++)
            Assert.That(marginals.Skip(i * Tags.Count).Take(Tags.Count).Sum(), Is.EqualTo(1f).Within(1e-3));
    }

    [Test]
    public void MarginalsMatchBruteForceEnumeration()
    {
        var rng = new Random(11);
        int n = 3, t = Tags.Count;
        var scores = Enumerable.Range(0, n * t).Select(_ => (float)(rng.NextDouble() * 6 - 3)).ToArray();
        var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        const float temperature = 2f;
        var expected = new double[n * t];
        double z = 0;
        for (int a = 0; a < t; a++)
            for (int b = 0; b < t; b++)
                for (int c = 0; c < t; c++)
                {
                    if (!BilouTagSet.CanStart(a) || !BilouTagSet.IsValid(a, b) || !BilouTagSet.IsValid(b, c) || !BilouTagSet.CanEnd(c)) continue;
                    double s = transitions[t * t + a] + scores[a] + transitions[a * t + b] + scores[t + b] + transitions[b * t + c] + scores[2 * t + c];
                    double p = Math.Exp(s / temperature);
                    z += p;
                    expected[a] += p;
                    expected[t + b] += p;
                    expected[2 * t + c] += p;
                }
        var marginals = new float[n * t];
        Marginals(transitions, temperature, scores, n, marginals);
        for (int i = 0; i < n * t; i++) Assert.That(marginals[i], Is.EqualTo(expected[i] / z).Within(1e-4), $"position {i / t} tag {Tags.Name(i % t)}");
    }

    [Test]
    public void ViterbiFindsTheBestSequenceByBruteForce()
    {
        var rng = new Random(3);
        int n = 3, t = Tags.Count;
        for (int trial = 0; trial < 50; trial++)
        {
            var scores = Enumerable.Range(0, n * t).Select(_ => (float)(rng.NextDouble() * 6 - 3)).ToArray();
            var transitions = Enumerable.Range(0, (t + 1) * t).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
            double best = double.NegativeInfinity;
            int[] arg = [];
            for (int a = 0; a < t; a++)
                for (int b = 0; b < t; b++)
                    for (int c = 0; c < t; c++)
                    {
                        if (!BilouTagSet.CanStart(a) || !BilouTagSet.IsValid(a, b) || !BilouTagSet.IsValid(b, c) || !BilouTagSet.CanEnd(c)) continue;
                        double s = transitions[t * t + a] + scores[a] + transitions[a * t + b] + scores[t + b] + transitions[b * t + c] + scores[2 * t + c];
                        if (s > best) { best = s; arg = [a, b, c]; }
                    }
            var decoded = new int[n];
            SequenceDecoder.Viterbi(Tags, transitions, scores, n, decoded);
            Assert.That(decoded, Is.EqualTo(arg));
        }
    }

    [Test]
    public void DenseScoresAreTheMatrixProduct()
    {
        var rng = new Random(4);
        int n = 3, width = 20, tags = 9;
        var x = Enumerable.Range(0, n * width).Select(_ => (float)rng.NextDouble()).ToArray();
        var w = Enumerable.Range(0, tags * width).Select(_ => (float)rng.NextDouble()).ToArray();
        var scores = new float[n * tags];
        DenseFeatures.AddScores(x, w, n, width, tags, scores);
        for (int i = 0; i < n; i++)
            for (int t = 0; t < tags; t++)
            {
                double expected = 0;
                for (int k = 0; k < width; k++) expected += x[i * width + k] * w[t * width + k];
                Assert.That(scores[i * tags + t], Is.EqualTo(expected).Within(1e-4));
            }
    }
}
