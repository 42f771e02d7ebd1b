using NewsNlp.Temporal;

namespace NewsNlp.Events;

public sealed partial class EventExtractor
{
    /// <summary>Tree navigation within one sentence; children lists are built once, so lookups are local.</summary>
    private sealed partial class Clause
    {
        private readonly Document d;
        private readonly WordSyntax[] s;
        private readonly int first, end;
        private readonly WordIndex index;
        private readonly ActorDictionary? actors;
        private readonly DateOnly? date;
        private readonly string?[] lower;

        private readonly Article article;

        public Clause(Document document, WordSyntax[] syntax, int first, int end, WordIndex index, ActorDictionary? actors, DateOnly? date, Article article)
        {
            this.article = article;
            d = document;
            s = syntax;
            this.first = first;
            this.end = end;
            this.index = index;
            this.actors = actors;
            this.date = date;
            lower = new string?[end - first];
        }

        public IReadOnlyList<WordSyntax> Syntax => s;

        public int End => end;

        private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "off", "up", "down", "out", "away", "back", "over", "in", "on" };

        /// <summary>
        /// The code of the verb here: the most specific of its family's patterns that the words
        /// around it match ("restore ... diplomatic ties" → 064), else the verb's own code.
        /// </summary>
        /// <remarks><c>Mutual</c>: the pattern asks for a compound subject whose members act on one another ("% * [030:030]").</remarks>
        public (string? Code, string? Reverse, bool Mutual) CodeOf(int v, CameoVerb verb)
        {
            CameoPattern? best = null;
            foreach (var p in verb.Patterns)
                if ((best is null || p.Specificity > best.Specificity) && p.Specificity > 0 && Matches(p, v)) best = p;
            return best is not null ? (best.Code, best.ReverseCode, best.CompoundBefore && best.ReverseCode is not null) : (verb.Code, verb.ReverseCode, false);
        }

        private bool Matches(CameoPattern p, int v)
        {
            const int Gap = 8;
            if (p.CompoundBefore && !Compound(Subject(v) is int subject and >= 0 ? subject : InheritedSubject(v))) return false;
            if (p.CompoundAfter && !CompoundAfterVerb(v)) return false;
            // A lone particle ("- * OFF": "fired off") follows the verb closely, not "fired a missile into the sea off the coast".
            bool particle = p.After.Length == 1 && p.Before.Length == 0 && p.After[0] is [var only] && Particles.Contains(only);
            int at = v;
            foreach (var token in p.After)
            {
                int found = -1;
                for (int i = at + 1; i < end && i <= at + (particle ? 2 : Gap); i++) if (WordIs(i, token)) { found = i; break; }
                if (found < 0) return false;
                at = found;
            }
            at = v;
            for (int t = p.Before.Length - 1; t >= 0; t--)
            {
                int found = -1;
                for (int i = at - 1; i >= first && i >= at - Gap; i--) if (WordIs(i, p.Before[t])) { found = i; break; }
                if (found < 0) return false;
                at = found;
            }
            return true;
        }

        /// <summary>Whether the noun phrase headed by <paramref name="w"/> joins two or more nouns with a conjunction ("the Philippines and France").</summary>
        private bool Compound(int w) =>
            w >= 0 && s[w].Upos is "PROPN" or "NOUN" && HasChild(w, k => s[k].Relation == "conj" && s[k].Upos is "PROPN" or "NOUN");

        /// <summary>Whether a compound noun phrase follows the verb within its own phrases ("ties between Moscow and Pyongyang").</summary>
        private bool CompoundAfterVerb(int v)
        {
            foreach (int w in Below(v, 3))
                if (w > v && Compound(w)) return true;
            return false;
        }

        private bool WordIs(int w, string[] alternatives)
        {
            string form = Lower(w);
            string? lemma = s[w].Lemma;
            foreach (var a in alternatives)
                if (form == a || lemma == a || (a.Length >= 5 && form.StartsWith(a, StringComparison.Ordinal))) return true;
            return false;
        }

        /// <summary>
        /// The target word: the object, unless it is a plain noun ("restored ties with Gondor",
        /// "welcomed the resumption of ties with Osgiliath") whose phrase or whose verb has a
        /// with/to/against/between phrase naming someone; then that phrase.
        /// </summary>
        public int TargetOf(int v)
        {
            int obj = Child(v, "obj");
            if (obj < 0) obj = Child(v, "iobj"); // "told reporters"
            string[] preps = ["with", "to", "against", "between", "on", "into", "toward", "towards", "for", "from", "of", "about", "at"];
            // A named target first ("supplying shells to Russia": Russia), then a generic one ("arrested protesters").
            // A named object itself ("met Putin", "Gondor's government") before a name inside a plain
            // noun's phrase ("held talks with Kim"), and that before the plain noun coded by it.
            // A capitalised object that is neither a recognised name nor a coded actor ("celebrated Eid with
            // Gondor") gives way to an oblique that is one.
            bool plainObject = obj >= 0 && !Named(obj);
            // "celebrated Eid at Osgiliath with Gondor", "celebrated Iftar with the leaders of Gondor":
            // the partner of a plain or unknown object is the one it is done with.
            if (plainObject && WithPhrase(v, obj) is int partner and >= 0) return partner;
            bool weakObject = plainObject && NamedOblique(v, preps);
            if (obj >= 0 && !weakObject && IsSomeoneItself(obj) && IsSomeone(obj, true)) return obj;
            foreach (bool named in (bool[])[true, false])
            {
                if (obj >= 0 && !weakObject && (named ? IsSomeone(obj, true) && NominalChain(obj).TrueForAll(n => !IsSomeone(n, true)) : IsSomeoneItself(obj))) return obj;
                // "demanded a response to its demands from the Afghan government": a phrase that names
                // someone itself before one coded only through a phrase inside it.
                if (named)
                    foreach (int n in obj >= 0 ? NominalChain(obj) : (List<int>)[])
                        if (PrepositionOf(n) is { } p && preps.Contains(p) && IsSomeoneItself(n) && IsSomeone(n, true)) return n;
                foreach (int n in obj >= 0 ? NominalChain(obj) : (List<int>)[])
                    if (PrepositionOf(n) is { } p && preps.Contains(p) && (named ? IsSomeone(n, true) : IsSomeoneItself(n))) return n;
                // An oblique counts by its own head ("with Gondor's government"), not by a name inside
                // it ("arrived at Putin's invitation" is not an arrival at Putin).
                foreach (int i in Kids(v))
                    if (s[i].Relation is "obl" or "obl:npmod" && PrepositionOf(i) is { } p && preps.Contains(p) && IsSomeoneItself(i) && (!named || IsSomeone(i, true))) return i;
            }
            // "the IMF warned that India's budget deficit was too large": a statement is towards the one its
            // reported clause is about (its named subject, or the named possessor of that subject).
            if (obj < 0 && SpeechVerbs.Contains(s[v].Lemma ?? "") && ReportedAbout(v) is int about and >= 0) return about;
            // The first named actor after the verb, deeper in its phrase ("believes Dagolath and
            // Osgiliath can cope", "urged Eriador to respond", "the dispute with Osgiliath").
            // "held talks with North Korean leader Kim Jong Un" when the parse hung the name elsewhere: read it off the words.
            if (obj >= 0 && !IsSomeoneItself(obj) && LinearTarget(obj) is int linear and >= 0) return linear;
            // Only along argument paths: not through "and"-coordinated verbs, adverbial clauses or
            // "in/over/after" phrases ("praised the relations but said Canberra ...", "challenge the
            // ruling in court"), and never for speech verbs, whose content is its own event.
            if (actors is not null && !SpeechVerbs.Contains(s[v].Lemma ?? ""))
            {
                int subject = Child(v, "nsubj");
                foreach (int w in Below(v, 4))
                    if (w > v && w != subject && IsPhraseHead(w) && ArgumentPath(v, w) && IsSomeone(w, named: true)) return w;
            }
            // "signed an accord on Thursday to supply Gondor with wheat": the one a plain object is for,
            // named as the object of the infinitive that says what it is for.
            if (obj >= 0 && !IsSomeone(obj) && PurposeObject(v, obj) is int purpose and >= 0) return purpose;
            // "lifted a travel ban imposed on Chadian citizens", "imposed a curfew on the city's downtown":
            // a measure's target is the one it is on.
            if (obj >= 0 && !IsSomeone(obj) && MeasureOn(obj) is int on and >= 0) return on;
            return obj >= 0 ? obj : ObliqueWith(v, "with", "to", "against", "on", "into");
        }

        /// <summary>The people or place a plain object is on or against, in its own phrase or its participle's ("a ban imposed on X"), or -1.</summary>
        private int MeasureOn(int obj)
        {
            foreach (int n in Kids(obj))
            {
                if (s[n].Relation == "nmod" && PrepositionOf(n) is "on" or "against" && OnWhom(n)) return n;
                if (s[n].Relation == "acl" && s[n].Upos == "VERB")
                    foreach (int o in Kids(n))
                        if (s[o].Relation == "obl" && PrepositionOf(o) is "on" or "against" && OnWhom(o)) return o;
            }
            return -1;

            bool OnWhom(int w) => IsSomeone(w) || IsSomeoneItself(w) || (s[w].Lemma is { } l && (SiteNouns.Contains(l) || l is "national" or "people"));
        }

        /// <summary>The named subject of speech verb <paramref name="v"/>'s reported clause, or that subject's named possessor; -1 when neither (pronouns are the speaker's business, not a target).</summary>
        private int ReportedAbout(int v)
        {
            int reported = Child(v, "ccomp");
            if (reported < 0) return -1;
            int subject = Child(reported, "nsubj");
            if (subject < 0) subject = Child(reported, "nsubj:pass");
            if (subject < 0 || s[subject].Upos == "PRON") return -1;
            if (IsSomeone(subject, true)) return subject;
            foreach (int p in Kids(subject))
                if (s[p].Relation == "nmod:poss" && s[p].Upos != "PRON" && IsSomeone(p, true)) return p;
            return -1;
        }

        /// <summary>The named object of a subjectless "to" infinitive under the verb or its object, or -1.</summary>
        private int PurposeObject(int v, int obj)
        {
            foreach (int head in (int[])[obj, v])
                foreach (int c in Kids(head))
                {
                    if (s[c].Relation is not ("advcl" or "acl" or "xcomp") || s[c].Upos != "VERB") continue;
                    if (!HasChild(c, k => s[k].Relation == "mark" && Lower(k) == "to") || HasChild(c, k => s[k].Relation is "nsubj" or "nsubj:pass")) continue;
                    int o = Child(c, "obj");
                    if (o >= 0 && IsSomeone(o, true)) return o;
                }
            return -1;
        }

        /// <summary>A recognised name (person, organisation, place) or a dictionary-coded actor.</summary>
        private bool Named(int w) =>
            (index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type is not (EntityType.Other or EntityType.Date)) || Coded(w);

        /// <summary>A dictionary actor, not only a generic agent ("---MIL").</summary>
        private bool Coded(int w) => actors is not null && CodesOf(w).Exists(c => !c.Code.StartsWith("---", StringComparison.Ordinal));

        /// <summary>
        /// A "with" phrase of the verb or of its object's phrase that names someone ("with Gondor",
        /// "with the leaders of Gondor"), or -1.
        /// </summary>
        private int WithPhrase(int v, int obj)
        {
            foreach (int i in Kids(v))
            {
                if (s[i].Relation is not "obl") continue;
                if (PrepositionOf(i) == "with" && IsSomeone(i, true)) return i;
                // "at Moscow with Xi Jinping" with the partner hung on the place.
                foreach (int n in Kids(i))
                    if (s[n].Relation is "nmod" && PrepositionOf(n) == "with" && IsSomeone(n, true)) return n;
            }
            foreach (int n in NominalChain(obj))
                if (PrepositionOf(n) == "with" && IsSomeone(n, true)) return n;
            return -1;
        }

        /// <summary>Whether the verb has an oblique with one of <paramref name="preps"/> that is a recognised name or coded actor.</summary>
        private bool NamedOblique(int v, string[] preps)
        {
            foreach (int i in Kids(v))
                if (s[i].Relation is "obl" && PrepositionOf(i) is { } p && preps.Contains(p) && Named(i)) return true;
            return false;
        }

        /// <summary>Whether every step from <paramref name="v"/> down to <paramref name="w"/> is an argument relation.</summary>
        private bool ArgumentPath(int v, int w)
        {
            for (int x = w, k = 0; x != v && k < 6; k++)
            {
                if (x < 0) return false;
                bool ok = s[x].Relation switch
                {
                    "obj" or "iobj" or "ccomp" or "xcomp" or "nsubj" or "nsubj:pass" or "compound" or "flat" or "appos" or "conj" when s[s[x].Head].Upos is "PROPN" or "NOUN" => true,
                    "obj" or "iobj" or "ccomp" or "xcomp" or "nsubj" or "nsubj:pass" => true,
                    "obl" or "nmod" => PrepositionOf(x) is not ("after" or "before" or "during" or "since" or "until" or "despite" or "without" or "like" or "than"),
                    _ => false,
                };
                if (!ok) return false;
                x = s[x].Head;
            }
            return true;
        }

        /// <summary>A name right after "plain-noun with/to/against/between" (skipping determiners, adjectives and titles), or -1.</summary>
        private int LinearTarget(int obj)
        {
            int i = obj + 1;
            if (i >= end || Lower(i) is not ("with" or "to" or "against" or "between")) return -1;
            for (int j = i + 1; j < end && j <= i + 5; j++)
            {
                if (index.InDate[j]) return -1;
                // "North Korean" (a nationality) describes the name that follows.
                if (index.Entity[j] >= 0 && d.Entities[index.Entity[j]].Type is EntityType.Person or EntityType.Location or EntityType.Organization) return j;
                if (s[j].Upos is not ("DET" or "ADJ" or "PROPN" or "NOUN")) return -1;
            }
            return -1;
        }

        private bool IsPhraseHead(int w) => s[w].Upos is "PROPN" or "NOUN" or "PRON" && s[w].Relation is not ("compound" or "flat" or "flat:name" or "amod" or "conj");

        /// <summary>The words under <paramref name="v"/> to <paramref name="depth"/> levels, in text order.</summary>
        private List<int> Below(int v, int depth)
        {
            var list = Subtree(v, depth);
            list.Sort();
            return list;
        }

        /// <summary>nmod phrases below a noun, two levels deep ("resumption of ties with Osgiliath").</summary>
        private List<int> NominalChain(int w)
        {
            var list = new List<int>();
            foreach (int i in Kids(w))
            {
                if (s[i].Relation is not "nmod") continue;
                list.Add(i);
                foreach (int j in Kids(i)) if (s[j].Relation is "nmod") list.Add(j);
            }
            return list;
        }

        public string? PrepositionOf(int w) => index.PrepositionOf(w);

        /// <summary>
        /// Whether <paramref name="w"/> is where or what an act is about rather than a party to it: its
        /// phrase, or the phrase it is "of", hangs on "in", "over", "on", "along", "near" or "about"
        /// ("in Kashmir", "over the enclave of Nagorno Karabakh", "information on North Korea").
        /// </summary>
        public bool IsSetting(int w)
        {
            for (int step = 0; w >= 0 && step < 3; step++, w = s[w].Head)
            {
                string? p = PrepositionOf(w);
                if (p is "in" or "over" or "on" or "along" or "near" or "about") return true;
                if (p != "of" || s[w].Relation != "nmod") return false;
            }
            return false;
        }

        /// <summary>A name, or a noun that is itself a generic agent ("police"), not one that only holds one ("stones at police").</summary>
        private bool IsSomeoneItself(int w)
        {
            if (w < 0 || index.InDate[w]) return false;
            if ((index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type is not EntityType.Other) || s[w].Upos == "PROPN") return true;
            if (GenericAgents.Contains(s[w].Lemma ?? "")) return true;
            return actors is not null && actors.MatchAgent(Forms(w), 0, out _) > 0;
        }

        /// <summary>A named entity, a dictionary actor or a generic agent (with <paramref name="named"/>, not a generic agent only).</summary>
        public bool IsSomeone(int w, bool named = false)
        {
            if (w < 0 || index.InDate[w]) return false;
            if (index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type is not EntityType.Other) return true;
            if (s[w].Upos == "PROPN") return true;
            // Named: a dictionary actor, not only a generic agent ("---MIL").
            return actors is not null && CodesOf(w).Exists(c => !named || !c.Code.StartsWith("---", StringComparison.Ordinal));
        }
    }
}
