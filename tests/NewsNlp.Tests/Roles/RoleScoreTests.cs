using NewsNlp.Training.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>
/// The argument scorer against counts worked out by hand with srl-eval.pl's rules (CoNLL-2005/2012):
/// exact span and label per predicate, V left out, C-X pieces joined to their X, R-X on their own,
/// predicted predicates without a gold proposition skipped (and counted apart for the strict score).
/// </summary>
public class RoleScoreTests
{
    private static (int, IReadOnlyList<GoldArgument>) Prop(int word, params (string Label, int First, int Last)[] args) =>
        (word, args.Select(a => new GoldArgument(a.Label, a.First, a.Last)).ToList());

    [Test]
    public void AHandComputedSentence()
    {
        var score = new RoleScore();
        // Gold: predicate 1 has ARG0 0-0, ARG1 2-3 continued by C-ARG1 5-6 (one argument), ARGM-TMP 7-7 and
        // its V; predicate 4 has ARG1 2-3. Four gold arguments.
        var gold = new[]
        {
            Prop(1, ("ARG0", 0, 0), ("V", 1, 1), ("ARG1", 2, 3), ("C-ARG1", 5, 6), ("ARGM-TMP", 7, 7)),
            Prop(4, ("ARG1", 2, 3), ("V", 4, 4)),
        };
        // Predicted: ARG0 right; ARG1 2-3 alone is not the discontinuous gold ARG1; ARGM-LOC 7-7 has the
        // wrong label; predicate 4's ARG1 right; predicate 8 is not a gold predicate: skipped.
        var predicted = new[]
        {
            Prop(1, ("ARG0", 0, 0), ("ARG1", 2, 3), ("ARGM-LOC", 7, 7)),
            Prop(4, ("ARG1", 2, 3)),
            Prop(8, ("ARG0", 0, 0)),
        };
        score.Add(gold, predicted);
        Assert.That((score.Correct, score.Excess, score.Missed, score.Spurious), Is.EqualTo((2L, 2L, 2L, 1L)));
        Assert.That(score.Precision, Is.EqualTo(50.0).Within(1e-9));          // 2 / (2 + 2)
        Assert.That(score.Recall, Is.EqualTo(50.0).Within(1e-9));             // 2 / (2 + 2)
        Assert.That(score.F1, Is.EqualTo(50.0).Within(1e-9));
        Assert.That(score.StrictPrecision, Is.EqualTo(40.0).Within(1e-9));    // 2 / (2 + 2 + 1)
        Assert.That(score.StrictF1, Is.EqualTo(2 * 40.0 * 50.0 / 90.0).Within(1e-9)); // 44.44
        Assert.That(score.ByLabel["ARG1"], Is.EqualTo((1L, 1L, 1L)));
    }

    [Test]
    public void ADiscontinuousArgumentMatchesOnlyWhole()
    {
        var score = new RoleScore();
        score.Add([Prop(1, ("ARG1", 2, 3), ("C-ARG1", 5, 6))], [Prop(1, ("ARG1", 2, 3), ("C-ARG1", 5, 6))]);
        Assert.That((score.Correct, score.Excess, score.Missed), Is.EqualTo((1L, 0L, 0L)), "one argument in two pieces");
    }

    [Test]
    public void AContinuationWithoutItsArgumentIsThatArgument()
    {
        // srl-eval.pl turns a C-X with no X before it into a plain X.
        var score = new RoleScore();
        score.Add([Prop(1, ("C-ARG1", 5, 6))], [Prop(1, ("ARG1", 5, 6))]);
        Assert.That(score.Correct, Is.EqualTo(1));
    }

    [Test]
    public void AReferenceArgumentCountsOnItsOwnAndAMissedPredicateLosesItsArguments()
    {
        var score = new RoleScore();
        score.Add([Prop(3, ("ARG0", 0, 1), ("R-ARG0", 2, 2)), Prop(6, ("ARG1", 7, 8))], [Prop(3, ("ARG0", 0, 1), ("R-ARG0", 2, 2))]);
        Assert.That((score.Correct, score.Excess, score.Missed), Is.EqualTo((2L, 0L, 1L)));
        Assert.That(score.Recall, Is.EqualTo(200.0 / 3).Within(1e-9));
        Assert.That((score.GoldPredicates, score.PredictedPredicates, score.CorrectPredicates), Is.EqualTo((2L, 1L, 1L)));
    }
}
