using NewsNlp.Events;

namespace NewsNlp.Tests.Events;

/// <summary>Reading PETRARCH-2's CAMEO verb dictionary format.</summary>
public class CameoVerbDictionaryTests
{
    // The file's format, in a few lines written for the test.
    private const string Sample = """
        # comment line
        &MILITARY
        +TROOPS
        +ARMED_FORCES

        ####### VERB PATTERNS #######
        ---  VISIT   [042:043]  ---
        VISIT
        TOUR {TOURS TOURED TOURING}  # coder note
        - * (FOR TALKS)                                       [046:046]     # VISIT
        - INSPECTOR *                                         [090]         # VISIT

        ---  MEET_PEOPLE   [040]  ---
        +MEET_WITH {+MET_WITH +MEETS_WITH}
        MEET {MEETS MET MEETING}
        CONFRONT [---]

        ---  ACCUSE   [---]  ---
        ACCUSE [112]
        """;

    private static readonly CameoVerbDictionary Dictionary = CameoVerbDictionary.Load(new StringReader(Sample), "sample");

    [TestCase("visit", "042", "04", 1)]
    [TestCase("toured", "042", "04", 1)]
    [TestCase("met", "040", "04", 1)]
    [TestCase("meet with", "040", "04", 1)]
    [TestCase("ACCUSE", "112", "11", 3)]
    [TestCase("visited", "042", "04", 1)]
    [TestCase("visiting", "042", "04", 1)]
    [TestCase("accuses", "112", "11", 3)]
    [TestCase("accused", "112", "11", 3)]
    public void VerbsAndTheirFormsHaveCodes(string form, string code, string root, int quad)
    {
        Assert.That(Dictionary.TryGet(form, out var verb), Is.True);
        Assert.That((verb.Code, verb.RootCode, verb.QuadClass), Is.EqualTo((code, root, quad)));
    }

    [Test]
    public void AVerbListedWithItsFormsTakesNoOthers()
    {
        // "TOUR {TOURS TOURED TOURING}": the braces are the whole list, as in PETRARCH.
        Assert.That(Dictionary.TryGet("meeted", out _), Is.False);
        Assert.That(Dictionary.TryGet("toured", out _), Is.True);
    }

    [TestCase("bomb", new[] { "bombs", "bombed", "bombing" })]
    [TestCase("stop", new[] { "stops", "stoped", "stoping", "stopped", "stopping" })]
    [TestCase("deny", new[] { "denies", "denied", "denying" })]
    [TestCase("seize", new[] { "seizes", "seized", "seizing" })]
    [TestCase("tie", new[] { "ties", "tied", "tying" })]
    [TestCase("push", new[] { "pushes", "pushed", "pushing" })]
    [TestCase("call for", new[] { "calls for", "called for", "calling for" })]
    public void RegularFormsAreThoseOfEnglishSpelling(string lemma, string[] forms) =>
        Assert.That(CameoVerbDictionary.RegularForms(lemma), Is.EquivalentTo(forms));

    [Test]
    public void FamiliesPatternsAndSynonymSetsAreKept()
    {
        Assert.That(Dictionary.TryGet("visit", out var visit), Is.True);
        Assert.That((visit.Code, visit.ReverseCode), Is.EqualTo(("042", "043")), "a member without its own code takes the family's code and its reverse");
        Assert.That(Dictionary.TryGet("accuse", out var accuse) && accuse.ReverseCode is null, Is.True, "a member's own code has no family reverse");
        Assert.That(visit.Patterns.Select(p => p.Code), Is.EqualTo(new[] { "046", "090" }));
        Assert.That(visit.Patterns[0].Text, Is.EqualTo("* (FOR TALKS)"));
        Assert.That(Dictionary.TryGet("confront", out var confront) && confront.Code is null, Is.True, "[---] means no event");
        Assert.That(Dictionary.SynonymSets["&MILITARY"], Is.EqualTo(new[] { "troops", "armed forces" }));
        Assert.That(Dictionary.TryGet("fly", out _), Is.False);
    }

    [Test]
    public void AFamilyHeaderSeenAgainAddsMembersAndPatternsToTheFamily()
    {
        // An additions file appended after the dictionary: VISIT gains a pattern and a member.
        var merged = CameoVerbDictionary.Load(new StringReader(Sample + """

            ---  VISIT   [050]  ---
            +CALL_ON
            - * (FOR AID)                                         [021]         # VISIT
            """), "sample+additions");
        Assert.That(merged.TryGet("visit", out var visit), Is.True);
        Assert.That(visit.Patterns.Select(p => p.Code), Is.EqualTo(new[] { "046", "090", "021" }));
        Assert.That(merged.TryGet("call on", out var callOn), Is.True);
        Assert.That((callOn.Code, callOn.ReverseCode, callOn.Patterns.Count), Is.EqualTo(("042", "043", 3)), "the family keeps its first code");
        Assert.That(merged.TryGet("meet", out var meet) && meet.Patterns.Count == 0, Is.True, "other families are untouched");
    }

    [Test]
    public void MalformedLinesNameTheSourceAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => CameoVerbDictionary.Load(new StringReader("---  VISIT  ---\n"), "bad.txt"));
        Assert.That(ex!.Message, Does.StartWith("bad.txt:1"));
        ex = Assert.Throws<FormatException>(() => CameoVerbDictionary.Load(new StringReader("---  VISIT [042] ---\n- * TALKS [04\n"), "bad.txt"));
        Assert.That(ex!.Message, Does.StartWith("bad.txt:2"));
    }

    [TestCase("")]
    [TestCase("\u007fELF\u0002\u0001\u0001\0\0\0\n\u0003\0>\0 random bytes\n")]
    [TestCase("# only comments\n&SYNONYMS\n+WORD\n")]
    [TestCase("---  VISIT  [042]  ---\n")]
    public void AFileWithNoVerbsIsRefused(string text)
    {
        // `--cameo /bin/ls` used to load as an empty dictionary and code no events without a word.
        var ex = Assert.Throws<FormatException>(() => CameoVerbDictionary.Load(new StringReader(text), "ls"));
        Assert.That(ex!.Message, Does.StartWith("ls: no verbs"));
    }

    [TestCase(null, 0)]
    [TestCase("0874", 2)]
    [TestCase("145", 4)]
    [TestCase("190", 4)]
    [TestCase("036", 1)]
    [TestCase("1123", 3)]
    public void QuadClassesFollowTheRootCode(string? code, int quad) => Assert.That(Cameo.QuadClass(code), Is.EqualTo(quad));
}
