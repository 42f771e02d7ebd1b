using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>
/// The controller rule on its own: with a model that finds no explicit argument at all, a subjectless
/// non-finite verb still gets its controller, flagged implicit, and the scorer never sees it.
/// </summary>
public class ImplicitArgumentTests
{
    private static readonly RoleModel Silent = new(new ModelManifest { Name = "silent" }, ["_", "ARG0", "ARG1", "ARGM-TMP"],
        new FeatureWeights([], [0], [], [], 2), new FeatureWeights([], [0], [], [], 4), new FeatureWeights([], [0], [], [], 2));

    private static (RoleSentence Sentence, string[] Words) Parse(string text)
    {
        var words = text.Split(' ');
        var s = new RoleSentence();
        s.Load(words, new NewsNlp.Syntax.SyntaxAnnotator(BundledModels.EnglishSyntax).Annotate(words));
        return (s, words);
    }

    [TestCase("The United States has accused Pyongyang of providing Russia with artillery shells .", "providing", "Pyongyang")]
    [TestCase("Washington urged Kim to visit Moscow .", "visit", "Kim")]
    [TestCase("Kim agreed to host Putin .", "host", "Kim")]
    public void TheControllerIsAddedFlaggedImplicit(string text, string verb, string controller)
    {
        var (s, words) = Parse(text);
        int p = Array.IndexOf(words, verb);
        var args = new List<WordArgument>();
        RoleDecoder.Arguments(Silent, s, p, args, []);
        Assert.That(args, Has.Count.EqualTo(1));
        var a = args[0];
        Assert.That((a.Implicit, string.Join(' ', words[a.First..(a.Last + 1)])), Is.EqualTo((true, controller)));
        Assert.That(Silent.Labels[a.Label], Is.EqualTo("ARG0"), "with no evidence the first core role");
        RoleDecoder.Arguments(Silent, s, p, args, [], controllers: false);
        Assert.That(args, Is.Empty, "the CoNLL-style evaluation runs without controllers");
    }

    [Test]
    public void AFiniteVerbWithItsOwnSubjectGetsNoController()
    {
        var (s, words) = Parse("Putin said he would visit Pyongyang .");
        var args = new List<WordArgument>();
        RoleDecoder.Arguments(Silent, s, Array.IndexOf(words, "visit"), args, []);
        Assert.That(args, Is.Empty);
    }
}
