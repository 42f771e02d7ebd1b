using System.Globalization;
using NewsNlp.Training.Roles;

namespace NewsNlp.Training.Syntax;

public static partial class OntoNotesTreebank
{
    /// <summary>One tree to dependencies: head rules pick each phrase's head child, and every other child attaches to it.</summary>
    private sealed partial class Converter
    {
        private readonly string[] _forms, _tags;
        private readonly bool[] _person;
        private readonly int[] _heads;
        private readonly string[] _rels;

        public Converter(string[] forms, string[] tags, bool[] person)
        {
            _forms = forms;
            _tags = tags;
            _person = person;
            _heads = Enumerable.Repeat(-2, forms.Length).ToArray();
            _rels = new string[forms.Length];
        }

        public (int[] Heads, string[] Rels) Run(Node top)
        {
            int root = Build(top);
            Attach(root, -1, "root");
            for (int i = 0; i < _heads.Length; i++)
                if (_heads[i] == -2) Attach(i, root, IsPunctTag(_tags[i]) ? "punct" : "dep");
            // "met by Putin": a by-phrase of a past participle is its agent (known once the auxiliaries are attached).
            for (int i = 0; i < _heads.Length; i++)
                if (_rels[i] == "obl" && _heads[i] >= 0 && _tags[_heads[i]] == "VBN" && HasCase(i, "by")) _rels[i] = "obl:agent";
            return (_heads, _rels);
        }

        private bool HasCase(int w, string preposition)
        {
            for (int i = 0; i < _heads.Length; i++)
                if (_heads[i] == w && _rels[i] == "case" && Lower(i) == preposition) return true;
            return false;
        }

        private void Attach(int dependent, int head, string rel)
        {
            if (dependent < 0 || dependent == head) return;
            _heads[dependent] = head;
            _rels[dependent] = rel;
        }

        private string Lower(int w) => _forms[w].ToLowerInvariant();

        // --- categories ---

        private static bool IsPunct(Node n) => n.IsLeaf && IsPunctTag(n.Label);

        private static bool IsNounTag(string t) => t is "NN" or "NNS" or "NNP" or "NNPS";

        private static bool IsVerbTag(string t) => t.StartsWith("VB", StringComparison.Ordinal) || t == "MD";

        private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "s", "re", "m" };
        private static readonly HashSet<string> HaveForms = new(StringComparer.Ordinal) { "have", "has", "had", "having", "'ve", "'d", "ve", "d" };
        private static readonly HashSet<string> DoForms = new(StringComparer.Ordinal) { "do", "does", "did" };
        private static readonly HashSet<string> GetForms = new(StringComparer.Ordinal) { "get", "gets", "got", "gotten", "getting" };
        private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        {
            "because", "although", "though", "while", "when", "after", "before", "since", "until", "till", "unless", "as", "so",
            "once", "whereas", "if", "whenever", "wherever", "lest", "provided", "than", "like", "despite", "for", "with", "without",
        };
        private static readonly HashSet<string> ObjectControl = new(StringComparer.Ordinal)
        {
            "ask", "asked", "asks", "asking", "urge", "urged", "urges", "urging", "tell", "told", "tells", "allow", "allowed", "allows", "force", "forced",
            "forces", "persuade", "persuaded", "want", "wanted", "wants", "expect", "expected", "expects", "encourage", "encouraged", "invite", "invited",
            "order", "ordered", "require", "required", "requires", "enable", "enabled", "enables", "help", "helped", "helps", "cause", "caused", "lead",
            "led", "get", "got", "permit", "permitted", "advise", "advised", "warn", "warned", "remind", "reminded", "call", "called", "need", "needed",
            "like", "prefer", "teach", "taught", "instruct", "instructed", "authorize", "authorized", "appoint", "appointed", "elect", "elected", "pressure",
            "pressured", "press", "pressed", "compel", "compelled", "oblige", "obliged", "direct", "directed", "push", "pushed", "prompt", "prompted",
        };
        private static readonly HashSet<string> PredicateVerbs = new(StringComparer.Ordinal) { "become", "became", "becomes", "becoming", "remain", "remained", "remains", "seem", "seemed", "seems", "appear", "appeared", "appears", "stay", "stayed", "look", "looked", "looks", "sound", "sounded", "feel", "felt" };
        private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
        {
            "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "week", "weeks", "month", "months", "year", "years", "day", "days", "time", "times", "morning", "evening", "night", "afternoon",
            "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "ago", "spring", "summer", "autumn", "fall", "winter", "quarter",
        };

        /// <summary>The head word of a subtree, after its dependents have been attached.</summary>
        private int Build(Node n)
        {
            if (n.IsLeaf) return n.Head = n.Word;
            var kids = n.Kids;
            if (kids.Count == 1) return n.Head = Build(kids[0]);
            if (n.Label is "S" or "SQ" or "SINV")
            {
                int vp = kids.FindIndex(k => k.Label == "VP");
                int subj = vp >= 0 ? kids.FindLastIndex(vp, k => k.Label is "NP") : -1;
                if (subj >= 0 && kids[subj].Kids.Count == 1 && kids[subj].Kids[0].Label == "EX") MarkExistential(kids[vp]);
            }
            foreach (var k in kids) Build(k);
            if (Coordination(n)) return n.Head;
            switch (n.Label)
            {
                case "VP": return n.Head = VerbPhrase(n);
                case "S" or "SQ" or "SINV": return n.Head = Clause(n);
                case "SBAR": return n.Head = Subordinate(n);
                case "PP" or "WHPP": return n.Head = Prepositional(n);
                case "NP" or "NML" or "NX" or "WHNP" or "NAC": return n.Head = NounPhrase(n);
                default: return n.Head = Other(n);
            }
        }

        // --- coordination: the first conjunct heads; "and" and the commas attach to the next one ---

        private bool Coordination(Node n)
        {
            var kids = n.Kids;
            int cc = -1;
            for (int i = kids.Count - 1; i > 0; i--)
                if (kids[i].Label is "CC" or "CONJP" && i + 1 < kids.Count) { cc = i; break; }
            if (cc < 0) return false;
            string cls = Class(kids[cc + 1]);
            var conjuncts = new List<int>();
            for (int i = 0; i < kids.Count; i++)
                if (kids[i].Label is not ("CC" or "CONJP") && !IsPunct(kids[i]) && Class(kids[i]) == cls) conjuncts.Add(i);
            if (conjuncts.Count < 2 || conjuncts[0] >= cc) return false;
            // A noun phrase's last noun after a coordinated modifier ("the US and Chinese governments") is not a conjunct.
            // ("Russia and China officials": officials heads; "China, India and Mexico": a list.)
            if (n.Label is "NP" or "NML" && cls == "noun" && conjuncts.Count(i => kids[i].IsLeaf) == conjuncts.Count && conjuncts[^1] == kids.Count - 1 && cc + 1 < conjuncts[^1])
                return false;
            var first = kids[conjuncts[0]];
            int head = first.Head;
            n.Head = head;
            var rest = new List<int>();
            for (int i = 0; i < kids.Count; i++)
            {
                if (i == conjuncts[0]) continue;
                var k = kids[i];
                if (conjuncts.Contains(i) && i > conjuncts[0]) { Attach(k.Head, head, "conj"); continue; }
                int next = conjuncts.FirstOrDefault(c => c > i, -1);
                if (k.Label is "CC" or "CONJP" && next >= 0)
                {
                    Attach(k.Head, kids[next].Head, Lower(k.Head) is "both" or "either" or "neither" && i < conjuncts[0] ? "cc:preconj" : "cc");
                    continue;
                }
                if (IsPunct(k) && next >= 0 && i > conjuncts[0]) { Attach(k.Head, kids[next].Head, "punct"); continue; }
                if (k.Label is "DT" && Lower(k.Head) is "both" or "either" or "neither" && i < conjuncts[0]) { Attach(k.Head, head, "cc:preconj"); continue; }
                rest.Add(i);
            }
            // Other dependents hang on the first conjunct as if it headed the phrase alone.
            foreach (int i in rest) Attach(kids[i].Head, head, Relation(n, first, kids[i], i < conjuncts[0]));
            return true;
        }

        private string Class(Node k)
        {
            string l = k.Label;
            if (l is "NP" or "NML" or "NX" or "NAC" or "WHNP" || IsNounTag(l) || l is "PRP" or "CD" or "QP" or "EX") return "noun";
            if (l == "VP" || IsVerbTag(l)) return "verb";
            if (l is "S" or "SINV" or "SQ" or "SBAR" or "SBARQ" or "FRAG") return "clause";
            if (l is "ADJP" or "JJ" or "JJR" or "JJS" or "WHADJP") return "adj";
            if (l is "ADVP" or "RB" or "RBR" or "RBS" or "WHADVP") return "adv";
            if (l is "PP" or "WHPP") return "pp";
            if (l is "UCP") return "ucp";
            return l;
        }

        // --- verb phrases: auxiliaries and copulas give way to the verb or predicate after them ---

        private int VerbPhrase(Node n)
        {
            var kids = n.Kids;
            int verb = kids.FindIndex(k => k.IsLeaf && (IsVerbTag(k.Label) || k.Label == "TO"));
            if (verb < 0)
            {
                int vp = kids.FindIndex(k => k.Label == "VP");
                return AttachAll(n, vp >= 0 ? vp : FirstContent(n));
            }
            string form = Lower(kids[verb].Word);
            int complement = kids.FindIndex(verb + 1, k => k.Label == "VP");
            bool aux = kids[verb].Label is "MD" or "TO" || BeForms.Contains(form) || HaveForms.Contains(form) || DoForms.Contains(form)
                       || (GetForms.Contains(form) && complement >= 0 && VerbTag(kids[complement]) == "VBN");
            if (aux && complement >= 0)
            {
                string rel = kids[verb].Label == "TO" ? "mark"
                    : (BeForms.Contains(form) || GetForms.Contains(form)) && VerbTag(kids[complement]) == "VBN" ? "aux:pass" : "aux";
                int head = AttachAll(n, complement, skip: verb);
                Attach(kids[verb].Word, head, rel);
                return head;
            }
            if (BeForms.Contains(form) && !n.Existential)
            {
                // "is a doctor", "is in London", "was ready": the predicate heads, "be" is the copula.
                int pred = kids.FindIndex(verb + 1, k => k.Label is "NP" or "ADJP" or "PP" or "UCP" or "QP" or "NML" or "WHNP" || k.Label is "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "CD" or "PRP");
                bool clause = kids.FindIndex(verb + 1, k => k.Label is "S" or "SBAR") >= 0;
                if (pred >= 0 && !(clause && kids[pred].Label is "ADVP"))
                {
                    int head = AttachAll(n, pred, skip: verb);
                    Attach(kids[verb].Word, head, "cop");
                    return head;
                }
                // "The point is that it is a brand": the clause is the predicate.
                int sbar = kids.FindIndex(verb + 1, k => k.Label is "SBAR");
                if (pred < 0 && sbar >= 0 && !kids.Exists(k => k.Label == "NP" && kids.IndexOf(k) > verb))
                {
                    int head = AttachAll(n, sbar, skip: verb);
                    Attach(kids[verb].Word, head, "cop");
                    return head;
                }
            }
            return AttachAll(n, verb);
        }

        private string VerbTag(Node vp)
        {
            // The tag of the verb that heads a verb phrase (through nested phrases and coordination).
            int h = vp.Head;
            return h >= 0 ? _tags[h] : "";
        }

        // --- clauses ---

        private int Clause(Node n)
        {
            var kids = n.Kids;
            int vp = kids.FindIndex(k => k.Label == "VP");
            if (vp >= 0)
            {
                int subj = kids.FindLastIndex(vp, k => k.Label is "NP");
                // "X, he said": EWT makes the quoted clause the head and the speech verb its parataxis.
                int topic = kids.FindIndex(k => k.Label is "S" or "SINV");
                if (n.Label == "S" && topic >= 0 && topic < vp && subj > topic && HasSubject(kids[topic]) && !kids[vp].Kids.Exists(k => k.Label is "S" or "SBAR"))
                {
                    int verb = kids[vp].Head;
                    var attachTo = kids[topic].Head;
                    for (int i = 0; i < kids.Count; i++)
                    {
                        if (i == topic || i == vp) continue;
                        if (i == subj) Attach(kids[i].Head, verb, "nsubj");
                        else if (i > topic && i < subj && IsPunct(kids[i])) Attach(kids[i].Head, verb, "punct");
                        else Attach(kids[i].Head, attachTo, IsPunct(kids[i]) ? "punct" : Relation(n, kids[topic], kids[i], i < topic));
                    }
                    Attach(verb, attachTo, "parataxis");
                    return attachTo;
                }
                return AttachAll(n, vp);
            }
            // SQ/SINV with the verb as a leaf ("Is he ...", "said Mr. Smith"), or a verbless small clause.
            int v = kids.FindIndex(k => k.IsLeaf && IsVerbTag(k.Label));
            if (v >= 0) return AttachAll(n, v);
            int pred = kids.FindLastIndex(k => k.Label is "ADJP" or "NP" or "PP" or "S" or "FRAG" or "ADVP" or "UCP");
            return AttachAll(n, pred >= 0 ? pred : FirstContent(n));
        }

        private static void MarkExistential(Node vp)
        {
            vp.Existential = true;
            foreach (var k in vp.Kids) if (k.Label == "VP") MarkExistential(k);
        }

        private int Subordinate(Node n)
        {
            int s = n.Kids.FindIndex(k => k.Label is "S" or "SQ" or "SINV" or "SBAR" or "FRAG" or "SBARQ");
            return AttachAll(n, s >= 0 ? s : FirstContent(n));
        }

        private int Prepositional(Node n)
        {
            var kids = n.Kids;
            int p = kids.FindIndex(k => k.IsLeaf && k.Label is "IN" or "TO");
            if (p < 0) p = kids.FindIndex(k => k.IsLeaf && k.Label is "RP" or "VBG" or "VBN" or "JJ" or "RB");
            int obj = kids.FindIndex(Math.Max(p, 0), k => !k.IsLeaf || IsNounTag(k.Label) || k.Label is "CD" or "PRP");
            if (p < 0 || obj < 0) return AttachAll(n, p >= 0 ? p : FirstContent(n));
            return AttachAll(n, obj);
        }

        private int NounPhrase(Node n)
        {
            var kids = n.Kids;
            int last = kids.Count - 1;
            while (last > 0 && IsPunct(kids[last])) last--;
            // A possessor: "John 's" headed by John, "'s" its case.
            if (kids[last].Label == "POS")
            {
                int h = last - 1;
                while (h > 0 && IsPunct(kids[h])) h--;
                return AttachAll(n, h);
            }
            // A person's name is head-first and flat ("Vladimir Putin"); a title before it describes it.
            // "$ 5 million": the currency heads.
            int head = kids.FindIndex(k => k.IsLeaf && k.Label == "$");
            if (head >= 0) return AttachAll(n, head);
            for (int i = last; i >= 0; i--)
                if (kids[i].IsLeaf && (IsNounTag(kids[i].Label) || kids[i].Label is "NX" or "POS" or "JJR" or "PRP" or "CD" or "$" or "EX") || kids[i].Label is "NX" or "NML" && i == last)
                {
                    head = i;
                    break;
                }
            if (head < 0 || !kids[head].IsLeaf)
            {
                int np = kids.FindIndex(k => k.Label is "NP" or "NML" or "NX");
                if (np >= 0 && (head < 0 || np < head)) head = np;
            }
            if (head < 0) head = kids.FindLastIndex(k => k.Label is "$" or "ADJP" or "PRN" or "QP" or "CD" or "JJ" or "JJS" or "RB" or "DT" or "WDT" or "WP" or "PRP" or "VBG");
            if (head < 0) head = FirstContent(n);
            if (kids[head].IsLeaf && kids[head].Label is "NNP" or "NNPS" && _person[kids[head].Word])
            {
                int start = head;
                while (start > 0 && kids[start - 1].IsLeaf && kids[start - 1].Label is "NNP" or "NNPS" && _person[kids[start - 1].Word]) start--;
                if (start < head)
                {
                    for (int i = start + 1; i <= head; i++) Attach(kids[i].Word, kids[start].Word, "flat");
                    int h = AttachAll(n, start, skipRange: (start + 1, head));
                    return h;
                }
            }
            return AttachAll(n, head);
        }

        private int Other(Node n)
        {
            var kids = n.Kids;
            int head = n.Label switch
            {
                "ADJP" or "WHADJP" => Priority(kids, ["JJ", "JJR", "JJS", "VBN", "VBG", "ADJP", "NNS", "NN", "QP", "CD", "$", "ADVP", "RB", "NP", "DT"], leftToRight: true),
                "ADVP" or "WHADVP" => Priority(kids, ["RB", "RBR", "RBS", "WRB", "ADVP", "JJ", "JJR", "IN", "NP", "NN", "CD", "TO", "DT"], leftToRight: false),
                "QP" => kids.FindLastIndex(k => k.Label is "CD"),
                "PRT" => kids.FindIndex(k => k.Label is "RP"),
                "INTJ" => kids.FindIndex(k => k.Label is "UH"),
                "CONJP" => kids.FindIndex(k => k.Label is "CC" or "RB" or "IN"),
                "SBARQ" => kids.FindIndex(k => k.Label is "SQ" or "S" or "SINV" or "SBARQ" or "FRAG"),
                "RRC" => kids.FindIndex(k => k.Label is "VP" or "ADJP" or "PP" or "NP"),
                "PRN" => FirstContent(n),
                _ => Priority(kids, ["VP", "S", "SINV", "SQ", "SBAR", "NP", "ADJP", "PP", "ADVP"], leftToRight: true),
            };
            if (head < 0) head = FirstContent(n);
            return AttachAll(n, head);
        }

        private static int Priority(List<Node> kids, string[] order, bool leftToRight)
        {
            foreach (var label in order)
            {
                int i = leftToRight ? kids.FindIndex(k => k.Label == label) : kids.FindLastIndex(k => k.Label == label);
                if (i >= 0) return i;
            }
            return -1;
        }

        private static int FirstContent(Node n)
        {
            int i = n.Kids.FindIndex(k => !IsPunct(k));
            return i >= 0 ? i : 0;
        }

        /// <summary>Attaches every child but the head child to the head child's head word, with the label its categories say.</summary>
        private int AttachAll(Node n, int headChild, int skip = -1, (int From, int To)? skipRange = null)
        {
            var headNode = n.Kids[headChild];
            int head = headNode.Head;
            // Several noun phrases after a verb: the first of two is the indirect object.
            int objects = n.Label == "VP" ? n.Kids.Count(k => k.Label == "NP" && n.Kids.IndexOf(k) > headChild) : 0;
            bool seenObject = false;
            for (int i = 0; i < n.Kids.Count; i++)
            {
                if (i == headChild || i == skip || (skipRange is { } r && i >= r.From && i <= r.To)) continue;
                var k = n.Kids[i];
                if (IsPunct(k))
                {
                    Attach(k.Head, PunctuationHead(n.Kids, i, headChild), "punct");
                    continue;
                }
                string rel = Relation(n, headNode, k, i < headChild);
                // "made this area a no-fly zone", "expects him to win": the clause's subject is the verb's object.
                if (n.Label == "VP" && rel == "xcomp" && k.Label is "S" && SubjectChild(k) is int subject and >= 0) Attach(subject, head, "obj");
                if (rel == "obj" && objects >= 2 && !seenObject) { rel = "iobj"; seenObject = true; }
                else if (rel == "obj") seenObject = true;
                Attach(k.Head, head, rel);
            }
            return head;
        }

        /// <summary>
        /// Where a punctuation mark hangs, as EWT hangs it: an opening quote or bracket on what it opens,
        /// a hyphen on the word before it, a comma after a fronted phrase on that phrase ("Meanwhile ,"),
        /// a comma before a trailing one on that one (", trying to ...", ", the Beijing Film Institute"),
        /// a comma closing an apposition on the apposition, anything else on the phrase's head.
        /// </summary>
        private static int PunctuationHead(List<Node> kids, int i, int headChild)
        {
            int head = kids[headChild].Head;
            string p = kids[i].Label;
            int prev = i - 1, next = i + 1;
            while (prev >= 0 && IsPunct(kids[prev])) prev--;
            while (next < kids.Count && IsPunct(kids[next])) next++;
            if (p is "``" or "-LRB-") return next < kids.Count ? kids[next].Head : head;
            if (p is "''" or "-RRB-") return prev >= 0 && prev != headChild ? kids[prev].Head : head;
            if (p is "HYPH") return prev >= 0 ? kids[prev].Head : head;
            if (i < headChild) return prev >= 0 ? kids[prev].Head : head;
            if (next < kids.Count) return kids[next].Head;
            return p is "," && prev > headChild ? kids[prev].Head : head;
        }
    }
}
