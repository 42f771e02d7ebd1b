using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

/// <summary>The vectorised decoder against the straightforward references (<see cref="SequenceDecoder"/>, <see cref="ReferenceDecoder"/>).</summary>
[TestFixture]
public class BilouDecoderTests
{
    // 5 labels: 21 tags, not a multiple of any vector width, so the padding is exercised.
    private static readonly BilouTagSet Tags = new(["LOC", "PER", "ORG", "DATE", "MISC"]);

    private static Gen<(int N, float[] Scores, float[] Transitions, float Temperature)> Cases() =>
        from n in Gen.Choose(1, 30)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from temperature in Gen.Elements(0.5f, 1f, 3f)
        select Make(n, seed, temperature);

    private static (int, float[], float[], float) Make(int n, int seed, float temperature)
    {
        var rng = new Random(seed);
        var scores = Enumerable.Range(0, n * Tags.Count).Select(_ => (float)(rng.NextDouble() * 10 - 5)).ToArray();
        var transitions = Enumerable.Range(0, (Tags.Count + 1) * Tags.Count).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray();
        return (n, scores, transitions, temperature);
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property ViterbiFindsTheReferencePath() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var expected = new int[c.N];
            SequenceDecoder.Viterbi(Tags, c.Transitions, c.Scores, c.N, expected);
            var decoder = new BilouDecoder(Tags, c.Transitions, c.Temperature);
            var actual = new int[c.N];
            int m = c.N * decoder.Stride;
            decoder.Viterbi(c.Scores, c.N, actual, new float[m]);
            return actual.SequenceEqual(expected);
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property MarginalsMatchTheReference() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var expected = new float[c.N * Tags.Count];
            ReferenceDecoder.Marginals(Tags, ReferenceDecoder.ExpTransitions(Tags, c.Transitions, c.Temperature), c.Scores, c.N, c.Temperature, expected);
            var decoder = new BilouDecoder(Tags, c.Transitions, c.Temperature);
            var actual = new float[c.N * Tags.Count];
            int m = c.N * decoder.Stride;
            decoder.Marginals(c.Scores, c.N, actual, new float[m], new float[m], new float[m]);
            return expected.Zip(actual).All(p => Math.Abs(p.First - p.Second) < 1e-4f);
        });

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property TagProbabilitiesAreTheMarginalsOfThoseTags() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var decoder = new BilouDecoder(Tags, c.Transitions, c.Temperature);
            int m = c.N * decoder.Stride;
            var marginals = new float[c.N * Tags.Count];
            decoder.Marginals(c.Scores, c.N, marginals, new float[m], new float[m], new float[m]);
            var tags = new int[c.N];
            decoder.Viterbi(c.Scores, c.N, tags, new float[m]);
            var probabilities = new float[c.N];
            decoder.TagProbabilities(c.Scores, c.N, tags, probabilities, new float[m], new float[m], new float[m]);
            return Enumerable.Range(0, c.N).All(i => Math.Abs(probabilities[i] - marginals[i * Tags.Count + tags[i]]) < 1e-5f && probabilities[i] > 0);
        });

    [Test]
    public void TiesResolveLikeTheReference()
    {
        // All-zero scores and transitions: every valid path ties, and both must pick the same one.
        int n = 7;
        var scores = new float[n * Tags.Count];
        var transitions = new float[(Tags.Count + 1) * Tags.Count];
        var expected = new int[n];
        SequenceDecoder.Viterbi(Tags, transitions, scores, n, expected);
        var decoder = new BilouDecoder(Tags, transitions, 1f);
        var actual = new int[n];
        decoder.Viterbi(scores, n, actual, new float[n * decoder.Stride]);
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void InvalidStartsAreNeverChosenEvenWhenTheyScoreBest()
    {
        int n = 3;
        var scores = new float[n * Tags.Count];
        int insidePer = BilouTagSet.Tag(1, 1), lastPer = BilouTagSet.Tag(1, 2);
        scores[insidePer] = 100;  // I-PER at the first word cannot start a sentence
        scores[Tags.Count + lastPer] = 100;
        var decoder = new BilouDecoder(Tags, new float[(Tags.Count + 1) * Tags.Count], 1f);
        var best = new int[n];
        decoder.Viterbi(scores, n, best, new float[n * decoder.Stride]);
        Assert.That(best.Select(Tags.Name), Is.EqualTo(new[] { "B-PER", "L-PER", "O" }));
    }
}
