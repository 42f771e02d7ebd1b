using NewsNlp.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>Argument spans on non-projective trees (the accurate tier's parser makes them): each span keeps its head.</summary>
[TestFixture]
public class NonProjectiveSpanTests
{
    [Test]
    public void EverySpanHoldsItsHeadWhenArcsCross()
    {
        // "A hearing is scheduled on the issue today": "hearing" -> "issue" crosses "scheduled" -> "today"'s arc pattern;
        // heads chosen so that the branch from "hearing" to the predicate straddles it.
        string[] words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today"];
        int[] heads = [1, 3, -1, 2, 6, 6, 1, 3];
        var syntax = words.Select((w, i) => new WordSyntax("NOUN", "NN", w.ToLowerInvariant(), heads[i], i == 2 ? "root" : "dep")).ToArray();
        var s = new RoleSentence();
        s.Load(words, syntax);
        for (int c = 0; c < words.Length; c++)
            for (int p = 0; p < words.Length; p++)
            {
                var (first, last) = s.SpanOf(c, p);
                Assert.That(first, Is.LessThanOrEqualTo(c), $"c={c} p={p}");
                Assert.That(last, Is.GreaterThanOrEqualTo(c), $"c={c} p={p}");
            }
    }
}
