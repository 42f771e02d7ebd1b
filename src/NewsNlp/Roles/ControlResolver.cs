namespace NewsNlp.Roles;

/// <summary>
/// The controller of a non-finite verb that has no subject of its own, read off the dependency tree:
/// object control ("urged [Kim] to visit", "accused [Pyongyang] of providing", "stopped [them] from
/// leaving"), subject control and raising ("[Putin] is set to visit", "[Kim] agreed to host"), and a
/// subject shared by coordinated verbs ("[Kim] met Putin and signed a pact"). CoNLL-2012 leaves these
/// arguments empty; the stage adds them flagged <see cref="SemanticArgument.Implicit"/>.
/// </summary>
internal static class ControlResolver
{
    /// <summary>The sentence-local index of the head word of <paramref name="p"/>'s controller, or -1.</summary>
    public static int Controller(RoleSentence s, int p) => Controller(s, p, 0);

    private static int Controller(RoleSentence s, int p, int depth)
    {
        if (depth > 4 || HasSubject(s, p)) return -1;
        int h = s.Head[p];
        if (h < 0) return -1;
        string rel = s.RelText[p], xpos = s.XposText[p];
        bool nonFinite = xpos is "VB" or "VBG" or "VBN" || s.HasChild(p, "mark") && s.LemmaText[s.ChildWith(p, "mark")] == "to";
        switch (rel)
        {
            case "xcomp" when nonFinite:
                return ObjectOrSubject(s, h, depth, objectFirst: true);
            case "advcl" when nonFinite:
            {
                int marker = s.CaseMarker(p);
                string m = marker >= 0 ? s.LemmaText[marker].ToLowerInvariant() : "";
                // "accused X of providing", "stopped X from leaving", "thanked X for coming": the object;
                // "left after meeting", "by providing", "to help": the subject.
                return ObjectOrSubject(s, h, depth, objectFirst: m is "of" or "from" or "for" or "into");
            }
            case "conj" when s.UposText[h] is "VERB" or "AUX":
                return Subject(s, h, depth);
            default:
                return -1;
        }
    }

    private static int ObjectOrSubject(RoleSentence s, int h, int depth, bool objectFirst)
    {
        if (objectFirst)
        {
            foreach (int ch in s.ChildrenOf(h))
                if (s.RelText[ch] is "obj" or "iobj") return ch;
        }
        return Subject(s, h, depth);
    }

    private static int Subject(RoleSentence s, int h, int depth)
    {
        foreach (int ch in s.ChildrenOf(h))
            if (s.RelText[ch] is "nsubj" or "nsubj:pass") return s.UposText[ch] == "PRON" && s.LemmaText[ch] is "who" or "that" or "which" ? -1 : ch;
        return Controller(s, h, depth + 1);
    }

    private static bool HasSubject(RoleSentence s, int p)
    {
        foreach (int ch in s.ChildrenOf(p))
            if (s.RelText[ch] is "nsubj" or "nsubj:pass" or "csubj" or "csubj:pass" or "expl") return true;
        return false;
    }
}
