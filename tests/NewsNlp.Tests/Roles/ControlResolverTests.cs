using NewsNlp.Roles;

namespace NewsNlp.Tests.Roles;

/// <summary>
/// Controllers of subjectless non-finite verbs, read off hand-built Universal Dependencies trees (so
/// that the rules are tested apart from the parser): object control, subject control and raising,
/// gerunds after "of", coordinated verbs, and verbs that have their own subject.
/// </summary>
public class ControlResolverTests
{
    /// <summary>Words as "form/UPOS/XPOS/head/relation" (head 1-based, 0 = root), lemma = lower-case form.</summary>
    private static RoleSentence Tree(string spec)
    {
        var words = new List<string>();
        var syntax = new List<WordSyntax>();
        foreach (var w in spec.Split(' '))
        {
            var p = w.Split('/');
            words.Add(p[0]);
            syntax.Add(new WordSyntax(p[1], p[2], p[0].ToLowerInvariant(), int.Parse(p[3]) - 1, p[4]));
        }
        var s = new RoleSentence();
        s.Load(words, syntax);
        return s;
    }

    [Test]
    public void AGerundAfterOfIsControlledByTheObject()
    {
        var s = Tree("The/DET/DT/3/det United/PROPN/NNP/3/compound States/PROPN/NNPS/5/nsubj has/AUX/VBZ/5/aux accused/VERB/VBN/0/root "
            + "Pyongyang/PROPN/NNP/5/obj of/SCONJ/IN/8/mark providing/VERB/VBG/5/advcl Russia/PROPN/NNP/8/obj with/ADP/IN/12/case "
            + "artillery/NOUN/NN/12/compound shells/NOUN/NNS/8/obl ./PUNCT/./5/punct");
        Assert.That(ControlResolver.Controller(s, 7), Is.EqualTo(5), "Pyongyang provides, not the United States");
    }

    [Test]
    public void AnInfinitiveAfterAnObjectIsControlledByTheObject()
    {
        var s = Tree("Washington/PROPN/NNP/2/nsubj urged/VERB/VBD/0/root Kim/PROPN/NNP/2/obj to/PART/TO/5/mark visit/VERB/VB/2/xcomp Moscow/PROPN/NNP/5/obj");
        Assert.That(ControlResolver.Controller(s, 4), Is.EqualTo(2));
    }

    [Test]
    public void IsSetToVisitTakesTheSubject()
    {
        var s = Tree("Putin/PROPN/NNP/3/nsubj:pass is/AUX/VBZ/3/aux:pass set/VERB/VBN/0/root to/PART/TO/5/mark visit/VERB/VB/3/xcomp Pyongyang/PROPN/NNP/5/obj");
        Assert.That(ControlResolver.Controller(s, 4), Is.EqualTo(0));
    }

    [Test]
    public void ChainsOfControlVerbsReachTheSubject()
    {
        // "Kim agreed to try to visit": visit ← try ← agreed ← Kim.
        var s = Tree("Kim/PROPN/NNP/2/nsubj agreed/VERB/VBD/0/root to/PART/TO/4/mark try/VERB/VB/2/xcomp to/PART/TO/6/mark visit/VERB/VB/4/xcomp");
        Assert.That(ControlResolver.Controller(s, 5), Is.EqualTo(0));
    }

    [Test]
    public void ACoordinatedVerbSharesTheFirstVerbsSubject()
    {
        var s = Tree("Kim/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Putin/PROPN/NNP/2/obj and/CCONJ/CC/5/cc signed/VERB/VBD/2/conj a/DET/DT/7/det pact/NOUN/NN/5/obj");
        Assert.That(ControlResolver.Controller(s, 4), Is.EqualTo(0));
    }

    [Test]
    public void AVerbWithItsOwnSubjectHasNoController()
    {
        var s = Tree("Putin/PROPN/NNP/2/nsubj said/VERB/VBD/0/root he/PRON/PRP/5/nsubj would/AUX/MD/5/aux visit/VERB/VB/2/ccomp");
        Assert.That(ControlResolver.Controller(s, 4), Is.EqualTo(-1));
        Assert.That(ControlResolver.Controller(s, 1), Is.EqualTo(-1), "the root has no controller");
    }
}
