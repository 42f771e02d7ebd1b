using NewsNlp.Training.Coreference;

namespace NewsNlp.Tests.Coreference;

/// <summary>
/// The scorer against the published test cases of the CoNLL-2012 reference scorer
/// (conll/reference-coreference-scorers, test/CorefMetricTestConfig.pm, key TC-A = {a} {bc} {def}),
/// whose expected values are written there as fractions; plus the Hungarian step on its own.
/// </summary>
[TestFixture]
public class CorefScorerTests
{
    // One-token mentions named by letters; "B" is b's span widened by one token (same start, other mention).
    private static MentionSpan M(char c) => c == 'B' ? new MentionSpan(1, 2) : new MentionSpan(c - 'a', c - 'a');

    private static List<IReadOnlyList<MentionSpan>> Clusters(string spec) =>
        spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => (IReadOnlyList<MentionSpan>)c.Select(M).ToList()).ToList();

    private static CorefScorer Score(string key, string response)
    {
        var scorer = new CorefScorer();
        scorer.Add(Clusters(key), Clusters(response));
        return scorer;
    }

    private static void AssertRp(CorefCounts c, double recall, double precision, double tolerance = 1e-9)
    {
        Assert.That(c.Recall, Is.EqualTo(recall).Within(tolerance), "recall");
        Assert.That(c.Precision, Is.EqualTo(precision).Within(tolerance), "precision");
    }

    private const string KeyA = "a bc def";

    [Test]
    public void A1PerfectResponseScoresOne()
    {
        var s = Score(KeyA, "a bc def");
        AssertRp(s.Muc, 1, 1);
        AssertRp(s.BCubed, 1, 1);
        AssertRp(s.CeafE, 1, 1);
        Assert.That(s.ConllF1, Is.EqualTo(1));
    }

    [Test]
    public void A2MissingMentionsCostRecallOnly()
    {
        var s = Score(KeyA, "a de");
        AssertRp(s.Muc, 1.0 / 3, 1);
        AssertRp(s.BCubed, 7.0 / 3 / 6, 3.0 / 3);
        Assert.That(s.BCubed.F1, Is.EqualTo(14.0 / 25).Within(1e-9));
        AssertRp(s.CeafE, 0.6, 0.9);
        Assert.That(s.CeafE.F1, Is.EqualTo(0.72).Within(1e-9));
    }

    [Test]
    public void A3TwinlessResponseMentionsStayInPrecisionDenominators()
    {
        var s = Score(KeyA, "a bcx defy z");
        AssertRp(s.Muc, 3.0 / 3, 3.0 / 5);
        AssertRp(s.BCubed, 6.0 / 6, (4 + 7.0 / 12) / 9);
        Assert.That(s.BCubed.F1, Is.EqualTo(110.0 / 163).Within(1e-9));
        AssertRp(s.CeafE, 0.88571, 0.66429, 1e-5);
        Assert.That(s.CeafE.F1, Is.EqualTo(0.75918).Within(1e-5));
    }

    [Test]
    public void A4MissingAndExtraMentions()
    {
        var s = Score(KeyA, "a bcx dy z");
        AssertRp(s.Muc, 1.0 / 3, 1.0 / 3);
        AssertRp(s.BCubed, (3 + 1.0 / 3) / 6, (1 + 4.0 / 3 + 1.0 / 2) / 7);
        AssertRp(s.CeafE, 0.73333, 0.55, 1e-5);
    }

    [Test]
    public void A7ADuplicateMentionIsKeptOnceAndAnOverlappingSpanIsAnotherMention()
    {
        // A7 repeats b in the response's second cluster: de-duplicated, it scores as A4.
        var dup = new CorefScorer();
        dup.Add(Clusters(KeyA), [[M('a')], [M('b'), M('c'), M('x'), M('b')], [M('d'), M('y')], [M('z')]]);
        AssertRp(dup.Muc, 1.0 / 3, 1.0 / 3);
        AssertRp(dup.BCubed, (10.0 / 3) / 6, (1 + 4.0 / 3 + 1.0 / 2) / 7);
        AssertRp(dup.CeafE, 0.73333, 0.55, 1e-5);
        // A6: B (a longer span starting at b) in an unaligned cluster: exact spans only, so B is twinless.
        var s = Score(KeyA, "a bcx dy Bz");
        AssertRp(s.Muc, 1.0 / 3, 1.0 / 4);
        AssertRp(s.BCubed, (10.0 / 3) / 6, (1 + 4.0 / 3 + 1.0 / 2) / 8);
        AssertRp(s.CeafE, 0.73333, 0.55, 1e-5);
    }

    [Test]
    public void A10AndA11AllSingletonsAndOneBigCluster()
    {
        var singletons = Score(KeyA, "a b c d e f");
        AssertRp(singletons.Muc, 0, 0);
        AssertRp(singletons.BCubed, 3.0 / 6, 6.0 / 6);
        var one = Score(KeyA, "abcdef");
        AssertRp(one.Muc, 3.0 / 3, 3.0 / 5);
        AssertRp(one.BCubed, 6.0 / 6, (1.0 / 6 + 2 * 2.0 / 6 + 3 * 3.0 / 6) / 6);
    }

    [Test]
    public void DocumentsAreSummedBeforeDividing()
    {
        var s = new CorefScorer();
        s.Add(Clusters(KeyA), Clusters("a de"));   // MUC recall 1/3
        s.Add(Clusters("ab"), Clusters("ab"));     // MUC recall 1/1
        Assert.That(s.Muc.Recall, Is.EqualTo(2.0 / 4).Within(1e-12), "(1 + 1) / (3 + 1), not the mean of 1/3 and 1");
        Assert.That(s.Documents, Is.EqualTo(2));
    }

    [Test]
    public void HungarianFindsTheBestAssignmentNotTheGreedyOne()
    {
        // Greedy takes 0.9 (row 0, col 0) and then 0.1; the best pairs 0.8 + 0.8.
        Assert.That(Hungarian.MaxWeight(new double[,] { { 0.9, 0.8 }, { 0.8, 0.1 } }), Is.EqualTo(1.6).Within(1e-12));
        Assert.That(Hungarian.MaxWeight(new double[,] { { 1, 0, 0.5 } }), Is.EqualTo(1).Within(1e-12));
        Assert.That(Hungarian.MaxWeight(new double[,] { { 0.2 }, { 0.7 }, { 0.4 } }), Is.EqualTo(0.7).Within(1e-12));
    }
}
