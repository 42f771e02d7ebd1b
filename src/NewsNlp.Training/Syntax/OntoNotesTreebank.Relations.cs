using System.Globalization;
using NewsNlp.Training.Roles;

namespace NewsNlp.Training.Syntax;

public static partial class OntoNotesTreebank
{
    /// <summary>The converter's labelling half: a dependent's relation from the categories of its phrase, its head and its own, and the tests on phrases those rules ask.</summary>
    private sealed partial class Converter
    {
        /// <summary>The relation of a dependent to the head of its parent phrase.</summary>
        private string Relation(Node parent, Node headNode, Node d, bool before)
        {
            if (IsPunct(d)) return "punct";
            string p = parent.Label, c = d.Label;
            int hw = headNode.Head;
            string htag = hw >= 0 ? _tags[hw] : "";
            if (c is "CC" or "CONJP") return "cc";
            if (c is "INTJ" or "UH") return "discourse";
            switch (p)
            {
                case "S" or "SQ" or "SINV" or "FRAG" or "RRC" or "SBARQ" or "UCP":
                    if (c is "NP" or "WHNP")
                    {
                        if (d.Kids.Count == 1 && d.Kids[0].Label == "EX") return "expl";
                        bool subject = (before && !parent.Kids.Skip(parent.Kids.IndexOf(d) + 1).TakeWhile(k => k != headNode).Any(k => k.Label == "NP"))
                                       || (p is "SINV" or "SQ" && !before);
                        if (subject) return Passive(headNode) ? "nsubj:pass" : "nsubj";
                        return Temporal(d) || before ? "obl:unmarked" : "obj";
                    }
                    if (c is "S" or "SBAR" or "SINV" or "SQ")
                    {
                        if (before && !parent.Kids.Any(k => k.Label == "NP" && parent.Kids.IndexOf(k) < parent.Kids.IndexOf(headNode)) && c == "SBAR" && !HasSubordinator(d)) return "csubj";
                        return before || HasSubordinator(d) || Participial(d) ? "advcl" : "parataxis";
                    }
                    if (c is "PP" or "WHPP") return ClausalPp(d) ? "advcl" : "obl";
                    if (c is "ADVP" or "RB" or "WHADVP" or "RBR" or "RBS") return "advmod";
                    if (c == "MD" || (d.IsLeaf && IsVerbTag(c))) return "aux";
                    if (c is "ADJP" or "JJ") return "advcl";
                    if (c == "PRN") return "parataxis";
                    if (c == "VP") return "advcl";
                    return "dep";
                case "VP":
                    if (c is "NP" or "WHNP" or "NML")
                    {
                        if (parent.Existential) return "nsubj";
                        if (before || Temporal(d)) return "obl:unmarked";
                        return PredicateVerbs.Contains(Lower(hw)) ? "xcomp" : "obj";
                    }
                    if (d.IsLeaf && (IsNounTag(c) || c is "PRP" or "CD")) return "obj";
                    if (c is "PP" or "WHPP" && ClausalPp(d)) return "advcl";
                    if (c is "PP" or "WHPP")
                    {
                        int prep = FirstLeaf(d);
                        return prep >= 0 && Lower(prep) == "by" && htag == "VBN" && Passive(headNode) ? "obl:agent" : "obl";
                    }
                    if (c is "S" or "SQ")
                    {
                        if (SubjectChild(d) >= 0) return Finite(d) ? "ccomp" : "xcomp";
                        int index = parent.Kids.IndexOf(d);
                        // "changed its routes to make ...": a to-infinitive after an object is a purpose,
                        // unless the verb makes its object do it ("urged Kim to visit").
                        if (parent.Kids.Take(index).Any(k => k.Label == "NP") && !ObjectControl.Contains(Lower(hw)) && FirstLeaf(d) is int to and >= 0 && _tags[to] == "TO")
                            return "advcl";
                        // ", trying to buy tickets": a clause set off by a comma is adverbial.
                        int at = parent.Kids.IndexOf(d);
                        bool setOff = at > 0 && parent.Kids[at - 1].Label == ",";
                        return (Participial(d) && before) || setOff ? "advcl" : "xcomp";
                    }
                    if (c is "SBAR" or "SBARQ") return HasSubordinator(d) ? "advcl" : "ccomp";
                    if (c is "ADJP" or "JJ" or "JJR") return "xcomp";
                    if (c is "ADVP" or "RB" or "RBR" or "RBS" or "WHADVP") return "advmod";
                    if (c is "PRT" or "RP") return "compound:prt";
                    if (c == "MD" || (d.IsLeaf && IsVerbTag(c))) return "aux";
                    if (c == "TO") return "mark";
                    if (c == "VP") return "xcomp";
                    if (c == "PRN") return "parataxis";
                    if (c == "UCP") return "obj";
                    if (c == "FRAG") return "dep";
                    return "dep";
                case "SBAR":
                    if (d.IsLeaf && c is "IN" or "DT" or "WDT" or "TO" or "WRB" or "RB" && !before) return "advmod";
                    if (d.IsLeaf && c is "IN" or "DT" or "WDT" or "TO") return "mark";
                    if (c is "WHNP" or "NP") return RelativeRole(headNode);
                    if (c is "WHADVP" or "WRB" or "ADVP" or "RB" or "WHADJP") return "advmod";
                    if (c is "WHPP" or "PP") return "obl";
                    return "dep";
                case "PP" or "WHPP":
                    if (d.IsLeaf && c is "IN" or "TO" or "RP" or "VBG" or "VBN" or "JJ" && before)
                        return headNode.Label is "S" or "SBAR" or "VP" ? "mark" : "case";
                    if (c is "ADVP" or "RB" or "NP") return before ? "advmod" : "obl";
                    if (c is "PP") return "nmod";
                    return "dep";
                case "NP" or "NML" or "NX" or "WHNP" or "NAC":
                    return NounDependent(parent, headNode, d, before);
                case "ADJP" or "WHADJP":
                    if (c is "ADVP" or "RB" or "RBR" or "RBS" or "WHADVP" or "WRB") return "advmod";
                    if (c is "NP" && before) return "obl:unmarked";
                    if (c is "PP") return "obl";
                    if (c is "S") return "xcomp";
                    if (c is "SBAR") return HasSubordinator(d) ? "advcl" : "ccomp";
                    if (c is "DT") return "det";
                    if (c is "CD" or "QP") return "nummod";
                    if (c is "JJ" or "JJR" or "JJS" or "ADJP" or "VBN") return before ? "amod" : "conj";
                    if (c is "NN" or "NNS" or "NNP") return before ? "obl:unmarked" : "dep";
                    return "dep";
                case "ADVP" or "WHADVP":
                    if (c is "ADVP" or "RB" or "RBR" or "RBS" or "WRB" or "JJ") return "advmod";
                    if (c is "NP") return before ? "obl:unmarked" : "obl";
                    if (c is "PP") return "obl";
                    if (c is "SBAR" or "S") return "advcl";
                    if (c is "IN" or "TO") return "case";
                    if (c is "DT") return "det";
                    return "dep";
                case "QP":
                    if (c is "CD") return before ? "compound" : "conj";
                    if (c is "$" or "#") return "dep";
                    if (c is "TO" or "IN") return before ? "advmod" : "case";
                    return "advmod";
                case "PRN":
                    return c is "S" or "VP" or "SINV" ? "parataxis" : c is "NP" ? "appos" : "dep";
                case "PRT":
                    return "advmod";
                default:
                    if (c is "ADVP" or "RB") return "advmod";
                    if (c is "PP") return "obl";
                    if (c is "NP") return "dep";
                    return "dep";
            }
        }

        private string NounDependent(Node parent, Node headNode, Node d, bool before)
        {
            string c = d.Label;
            int hw = headNode.Head;
            if (d.IsLeaf)
            {
                if (c == "POS") return "case";
                if (c is "DT" or "WDT") return Lower(d.Word) is "both" or "all" or "such" or "half" && parent.Kids.IndexOf(d) == 0 && parent.Kids.Count > 2 && parent.Kids[1].Label == "DT" ? "det:predet" : "det";
                if (c == "PDT") return "det:predet";
                if (c is "PRP$" or "WP$") return "nmod:poss";
                if (c is "JJ" or "JJR" or "JJS" or "VBN" or "VBG") return "amod";
                if (c is "CD") return "nummod";
                if (c is "RB" or "RBR" or "RBS") return "advmod";
                if (c is "NN" or "NNS" or "NNP" or "NNPS" or "FW" or "SYM" or "VB" or "VBD" or "VBZ" or "VBP")
                {
                    if (before && hw >= 0 && _person[hw] && !_person[d.Word] && IsNounTag(c)) return "nmod:desc";
                    return before ? "compound" : "dep";
                }
                if (c is "PRP") return before ? "nmod:poss" : "dep";
                if (c is "IN" or "TO") return "case";
                if (c is "$" or "#") return before ? "compound" : "dep";
                return "dep";
            }
            switch (c)
            {
                case "NP" or "NML" or "NX" or "WHNP" or "NAC":
                    if (before)
                    {
                        var lastKid = d.Kids.LastOrDefault(k => !IsPunct(k));
                        if (lastKid is { Label: "POS" } || (d.Kids.Count == 1 && d.Kids[0].Label is "PRP$")) return "nmod:poss";
                        if (hw >= 0 && _person[hw] && d.Head >= 0 && !_person[d.Head]) return "nmod:desc";
                        return "compound";
                    }
                    int at = parent.Kids.IndexOf(d);
                    bool comma = at > 0 && IsPunct(parent.Kids[at - 1]) || parent.Kids[at - 1].Label == "-LRB-";
                    if (comma) return "appos";
                    return Temporal(d) ? "nmod:unmarked" : "appos";
                case "ADJP": return "amod";
                case "QP": return "nummod";
                case "PP" or "WHPP": return ClausalPp(d) ? "acl" : "nmod";
                case "SBAR":
                    if (d.Kids.Count > 0 && d.Kids[0].Label is "WHNP" or "WHADVP" or "WHPP") return "acl:relcl";
                    if (d.Kids.Count > 0 && d.Kids[0].IsLeaf && d.Kids[0].Label is "IN" && Lower(d.Kids[0].Word) == "that")
                    {
                        var s = d.Kids.FirstOrDefault(k => k.Label == "S");
                        return s is not null && HasSubject(s) && HasObject(s) ? "acl" : "acl:relcl";
                    }
                    return d.Kids.Count > 0 && d.Kids[0].IsLeaf && d.Kids[0].Label is "IN" ? "acl" : "acl:relcl";
                case "VP" or "S" or "RRC": return "acl";
                case "ADVP": return "advmod";
                case "PRN": return d.Kids.Exists(k => k.Label == "NP") ? "appos" : "parataxis";
                case "UCP": return before ? "amod" : "dep";
                default: return "dep";
            }
        }

        /// <summary>"after leaving Eriador": a preposition whose complement is a clause.</summary>
        private bool ClausalPp(Node pp)
        {
            int h = pp.Head;
            return h >= 0 && IsVerbTag(_tags[h]) && pp.Kids.Exists(k => k.Label is "S" or "SBAR" or "VP");
        }

        private bool Passive(Node head)
        {
            // The head word is a past participle with a "be"/"get" auxiliary attached as aux:pass.
            int h = head.Head;
            if (h < 0 || _tags[h] != "VBN") return false;
            for (int i = 0; i < _heads.Length; i++)
                if (_heads[i] == h && _rels[i] == "aux:pass") return true;
            return false;
        }

        private bool Temporal(Node np)
        {
            int h = np.Head;
            return h >= 0 && TimeWords.Contains(Lower(h));
        }

        private bool HasSubordinator(Node sbar)
        {
            if (sbar.Label != "SBAR") return false;
            foreach (var k in sbar.Kids)
            {
                if (k.Label is "WHADVP") return Lower(k.Head) is not ("how" or "why");
                if (k.IsLeaf && k.Label is "IN" or "RB") return Subordinators.Contains(Lower(k.Word));
                if (!k.IsLeaf) break;
            }
            return false;
        }

        private static bool HasSubject(Node s) => s.Kids.Exists(k => k.Label == "NP") && s.Kids.FindIndex(k => k.Label == "NP") < s.Kids.FindIndex(k => k.Label == "VP");

        private static bool HasObject(Node s)
        {
            var vp = s.Kids.FirstOrDefault(k => k.Label == "VP");
            while (vp is not null)
            {
                if (vp.Kids.Exists(k => k.Label is "NP" or "S" or "SBAR")) return true;
                vp = vp.Kids.FirstOrDefault(k => k.Label == "VP");
            }
            return false;
        }

        /// <summary>The head word of a clause's subject (a noun phrase attached to its head as nsubj), or -1.</summary>
        private int SubjectChild(Node s)
        {
            foreach (var k in s.Kids)
                if (k.Label == "NP" && k.Head >= 0 && _heads[k.Head] == s.Head && _rels[k.Head] is "nsubj" or "nsubj:pass") return k.Head;
            return -1;
        }

        /// <summary>Whether a clause's verb is finite (a past or present tense form, or a modal).</summary>
        private bool Finite(Node s)
        {
            int h = s.Head;
            if (h < 0) return false;
            if (_tags[h] is "VBD" or "VBZ" or "VBP" or "MD") return true;
            for (int i = 0; i < _heads.Length; i++)
                if (_heads[i] == h && _rels[i] is "aux" or "aux:pass" or "cop" && _tags[i] is "VBD" or "VBZ" or "VBP" or "MD") return true;
            return false;
        }

        private bool Participial(Node s)
        {
            if (s.Label != "S" || HasSubject(s)) return false;
            var vp = s.Kids.FirstOrDefault(k => k.Label == "VP");
            int first = vp is null ? -1 : FirstLeaf(vp);
            return first >= 0 && _tags[first] is "VBG" or "VBN";
        }

        private static int FirstLeaf(Node n)
        {
            while (!n.IsLeaf)
            {
                if (n.Kids.Count == 0) return -1;
                n = n.Kids[0];
            }
            return n.Word;
        }

        /// <summary>A relative pronoun's role: the subject when its clause has none, else the object.</summary>
        private string RelativeRole(Node clause)
        {
            var s = clause.Label is "S" or "SQ" ? clause : null;
            if (s is null) return "nsubj";
            return HasSubject(s) ? "obj" : "nsubj";
        }
    }
}
