namespace NewsNlp.Events;

public sealed partial class EventExtractor
{
    /// <summary>A clause's argument structure read off the tree: subjects (inherited through control and coordination), possessors and agents of act nouns, talks partners, obliques and conjuncts.</summary>
    private sealed partial class Clause
    {
        private ReadOnlySpan<int> Kids(int head) => head >= first && head < end ? index.Children(head) : [];

        /// <summary>
        /// The subject of a passive the parse reads as active, or -1: a past participle with neither
        /// auxiliary nor object whose subject is a headline's ("Three journalists detained in Minsk",
        /// <paramref name="headline"/>) or set off by a comma right before it ("The minister, arrested on
        /// Monday, ..."; in running text otherwise such a participle is a mistagged past tense: "the mayor
        /// left yesterday"), or the noun it modifies ("journalists detained by police").
        /// </summary>
        public int ReducedPassiveSubject(int v, bool headline)
        {
            if (s[v].Xpos != "VBN" || HasChild(v, k => s[k].Relation is "aux" or "aux:pass" or "obj" or "iobj" or "ccomp" or "xcomp")) return -1;
            if (Child(v, "nsubj") is int subject and >= 0)
                return headline || (v - 1 > subject && Lower(v - 1) == "," && SubtreeLast(subject) is int last && last >= v - 2 && last < v) ? subject : -1;
            return s[v].Relation == "acl" && s[v].Head is int noun && noun >= first && noun < end && s[noun].Upos is "NOUN" or "PROPN" ? noun : -1;
        }

        /// <summary>Authorities that make arrests and releases: the speakers whose report of one names them as its agent.</summary>
        private static readonly HashSet<string> Authorities = new(StringComparer.Ordinal)
        {
            "police", "policeman", "authority", "official", "prosecutor", "military", "army", "troop", "soldier",
            "force", "officer", "guard", "government", "ministry",
        };

        /// <summary>
        /// The authority that reports passive verb <paramref name="v"/> ("A man has been arrested, police said";
        /// "Police said two men were detained"), or -1: the subject of the speech verb that the clause is the
        /// aside or the reported clause of, when it is police, officials, the military or the like.
        /// </summary>
        public int ReportingAuthority(int v)
        {
            int speech = -1;
            foreach (int k in Kids(v))
                if (s[k].Relation == "parataxis" && SpeechVerbs.Contains(s[k].Lemma ?? "")) { speech = k; break; }
            if (speech < 0 && s[v].Relation == "ccomp" && s[v].Head is int head && head >= first && head < end && SpeechVerbs.Contains(s[head].Lemma ?? "")) speech = head;
            if (speech < 0 || Subject(speech) is not (int speaker and >= 0)) return -1;
            return s[speaker].Lemma is { } lemma && Authorities.Contains(lemma) ? speaker : -1;
        }

        /// <summary>
        /// The verb's subject: the nearest before it when the parse gives two. (Datelines never
        /// are: the syntax stage parses "MOSCOW, June 17 (Reuters) -" apart from the story.)
        /// </summary>
        public int Subject(int v)
        {
            int best = -1;
            foreach (int i in Kids(v))
            {
                if (s[i].Relation != "nsubj") continue;
                if (best < 0 || (i < v && (best > v || i > best)) || (i > v && best > v && i < best)) best = i;
            }
            return best;
        }

        public int Child(int head, string relation)
        {
            foreach (int i in Kids(head)) if (s[i].Relation == relation) return i;
            return -1;
        }

        private bool HasChild(int head, Func<int, bool> test)
        {
            foreach (int i in Kids(head)) if (test(i)) return true;
            return false;
        }

        /// <summary>"Putin is set to visit": visit's subject is set's; "met ... and signed": signed's is met's.</summary>
        public int InheritedSubject(int v)
        {
            // "accused North Korea of supplying ...", parsed as a clause of the noun: the noun does it.
            if (s[v].Relation == "acl" && s[v].Head >= 0 && s[s[v].Head].Upos is "PROPN" or "NOUN" && HasChild(v, k => s[k].Relation == "mark" && Lower(k) is "of" or "for"))
                return s[v].Head;
            // "… increased after the leader Kim met Putin": a finite adverbial clause has a subject of its
            // own; when the parse lost it, it is not the main clause's ("cooperation" did not meet).
            if (s[v].Relation == "advcl" && s[v].Xpos is "VBD" or "VBZ" or "VBP") return -1;
            for (int k = 0, x = v; k < 4 && s[x].Head >= 0 && s[x].Relation is "xcomp" or "conj" or "advcl"; k++)
            {
                bool control = s[x].Relation is "xcomp" && x == v;
                x = s[x].Head;
                // Object control: "urged Eriador to respond", "accused North Korea of supplying".
                if (control && (Child(x, "obj") is int o and >= 0 || (o = Child(x, "iobj")) >= 0) && o < v && s[o].Upos is "PROPN" or "NOUN" or "PRON") return o;
                int subject = Child(x, "nsubj");
                if (subject < 0) subject = Child(x, "nsubj:pass"); // "Gollum was seen to break into ..."
                if (subject >= 0) return subject;
            }
            return -1;
        }

        /// <summary>
        /// When the parse gives a finite verb no subject ("Police arrested"
        /// came out as a noun with a clause): the noun right before the verb and its auxiliaries.
        /// </summary>
        public int SubjectBefore(int v)
        {
            bool finite = s[v].Xpos is "VBD" or "VBZ" or "VBP" || HasChild(v, k => s[k].Relation is "aux" or "aux:pass")
                // "Police arrested two protesters" parsed as a noun with a clause and no main verb.
                || (s[v].Relation == "acl" && s[v].Head == v - 1 && s[v - 1].Head < 0);
            if (!finite) return -1;
            int i = v - 1;
            while (i >= first && (s[i].Upos is "AUX" or "ADV" or "PART") && s[i].Head == v) i--;
            if (i < first || s[i].Upos is not ("PROPN" or "NOUN" or "PRON") || index.InDate[i]) return -1;
            // The head of the noun phrase that word ends ("Vladimir Putin" → Vladimir).
            while (s[i].Relation is "flat" or "flat:name" or "compound" && s[i].Head >= first && s[i].Head < i) i = s[i].Head;
            return i;
        }

        /// <summary>The named possessor of a noun ("Putin's visit", "Kim's invitation"), or -1.</summary>
        public int Possessor(int n)
        {
            int p = Child(n, "nmod:poss");
            // A real genitive: the name carries "'s" ("Putin's visit").
            if (p < 0 || s[p].Upos is not ("PROPN" or "NOUN") || !HasChild(p, k => s[k].Relation == "case" && IsGenitiveMark(k))) return -1;
            return index.Entity[p] >= 0 && d.Entities[index.Entity[p]].Type is EntityType.Person or EntityType.Location or EntityType.Organization ? p : -1;
        }

        /// <summary>
        /// Who does what act noun <paramref name="n"/> names: its possessor ("Putin's visit"), a by-phrase
        /// naming someone ("the attack by rebels", "the decision by India and Pakistan"), or a person,
        /// organisation or coded nationality before it in its own phrase ("an EU demand", "Israeli air
        /// strikes"); -1 when it names none. A place before the noun is not taken: "the Gaza attack",
        /// "Iran sanctions" name where or whom, not who.
        /// </summary>
        public int NominalAgent(int n)
        {
            int p = Possessor(n);
            if (p >= 0) return p;
            foreach (int i in Kids(n))
                if (s[i].Relation == "nmod" && PrepositionOf(i) == "by" && IsSomeone(i)) return i;
            foreach (int i in Kids(n))
            {
                if (i > n || s[i].Relation is not ("compound" or "amod") || index.InDate[i]) continue;
                if (index.Entity[i] >= 0 && d.Entities[index.Entity[i]].Type is EntityType.Person or EntityType.Organization) return i;
                if (s[i].Relation == "amod" && s[i].Upos == "ADJ" && Coded(i)) return i;
            }
            return -1;
        }

        /// <summary>
        /// Who talks with someone: "with" and a participant (named, coded or a generic agent) on the noun ("talks with Reagan"), or on
        /// the verb that governs it ("hold talks in Washington with Reagan"); -1 when there is none.
        /// </summary>
        public int TalksPartner(int n)
        {
            foreach (int i in Kids(n))
                if (s[i].Relation == "nmod" && PrepositionOf(i) == "with" && IsSomeone(i)) return i;
            int h = s[n].Head;
            if (h < 0 || s[h].Upos != "VERB") return -1;
            foreach (int i in Kids(h))
                if (s[i].Relation == "obl" && PrepositionOf(i) == "with" && IsSomeone(i)) return i;
            return -1;
        }

        /// <summary>
        /// Who holds the talks that noun <paramref name="n"/> names: the subject (own, passive, inherited or
        /// just before) of the verb it hangs from ("Brown arrives for talks", "has been locked in talks",
        /// "take part in talks", "after talks …, he said"); -1 when the noun hangs from no verb.
        /// </summary>
        public int TalksHolder(int n)
        {
            int h = s[n].Head;
            if (h < 0 || s[n].Relation is not ("obl" or "obj" or "nmod")) return -1;
            // "take part in talks": the noun hangs from the verb's object.
            if (s[h].Upos == "NOUN" && s[n].Relation == "nmod" && s[h].Relation is "obj" or "obl" && s[h].Head >= 0) h = s[h].Head;
            if (s[h].Upos is not ("VERB" or "ADJ")) return -1;
            int a = Subject(h);
            if (a < 0) a = Child(h, "nsubj:pass");
            if (a < 0) a = InheritedSubject(h);
            if (a < 0 && s[h].Upos == "VERB") a = SubjectBefore(h);
            return a >= 0 && IsSomeone(a) || a >= 0 && s[a].Upos == "PRON" ? a : -1;
        }

        /// <summary>The target of a nominal event: its to/with/against/on/into phrase naming someone.</summary>
        public int NominalTarget(int n)
        {
            foreach (int i in Kids(n))
                if (s[i].Relation == "nmod" && PrepositionOf(i) is "to" or "with" or "against" or "on" or "into" or "of" && IsSomeone(i, named: true)) return i;
            return -1;
        }

        /// <summary>"Putin's planned visit", "Putin's upcoming visit" are planned; "a possible visit" hypothetical; else asserted.</summary>
        public Modality NominalModality(int n)
        {
            foreach (int i in Kids(n))
            {
                if (s[i].Relation != "amod") continue;
                string a = Lower(i);
                if (a is "planned" or "upcoming" or "forthcoming" or "expected" or "scheduled" or "proposed" or "next") return Modality.Planned;
                if (a is "possible" or "potential" or "rumoured" or "rumored") return Modality.Hypothetical;
            }
            return Modality.Asserted;
        }

        /// <summary>The person named right after a title word ("Chancellor Olaf Scholz"), or -1.</summary>
        private int TitledPerson(int w)
        {
            for (int i = w + 1; i < end && i <= w + 3; i++)
            {
                if (index.Entity[i] >= 0) return d.Entities[index.Entity[i]].Type == EntityType.Person ? index.Entity[i] : -1;
                if (!(s[i].Upos is "PROPN" or "NOUN" && RoleNouns.Contains(Lower(i))) && s[i].Upos != "PROPN" && Lower(i) != "of") return -1;
            }
            return -1;
        }

        public int SpeakerFor(int w, int v)
        {
            if (w < 0 || s[w].Upos != "PRON" || Lower(w) is not ("it" or "they")) return w;
            for (int x = v, k = 0; k < 3 && s[x].Head >= 0; k++)
            {
                if (s[x].Relation is not ("ccomp" or "xcomp" or "advcl" or "conj")) break;
                x = s[x].Head;
                int subject = Child(x, "nsubj");
                if (subject >= 0 && subject != w && s[subject].Upos is "PROPN" or "NOUN") return subject;
            }
            return w;
        }

        public int ObliqueWith(int v, params string[] prepositions)
        {
            foreach (int i in Kids(v))
            {
                if (s[i].Relation is not ("obl" or "obl:npmod")) continue;
                if (HasChild(i, k => s[k].Relation == "case" && prepositions.Contains(Lower(k)))) return i;
            }
            return -1;
        }

        /// <summary>The word and the words coordinated with it ("Russia and China").</summary>
        public List<int> Conjuncts(int w)
        {
            var list = new List<int> { w };
            // "Mordor, Rohan, Fornost and Bree welcomed": a parse that makes each a subject of the verb.
            if (s[w].Relation == "nsubj" && s[w].Head >= 0)
                foreach (int i in Kids(s[w].Head))
                    if (i != w && s[i].Relation == "nsubj" && i < s[w].Head && Coordinated(Math.Min(i, w), Math.Max(i, w))) list.Add(i);
            int listed = list.Count;
            for (int k = 0; k < list.Count && list.Count < 32; k++)
                foreach (int i in Kids(list[k])) if (s[i].Relation == "conj" && s[i].Upos is "PROPN" or "NOUN" && !list.Contains(i)) list.Add(i);
            // "Abe, former Foreign Minister, starts ...", parsed as a list: a list has a conjunction
            // ("Mordor, Rohan, Fornost and Bree"); commas alone make an apposition.
            if (list.Count > listed && !HasConjunction(list.Min(), list.Max())) list.RemoveRange(listed, list.Count - listed);
            list.Sort();
            return list;
        }

        private bool HasConjunction(int from, int to)
        {
            for (int i = from + 1; i < to; i++) if (s[i].Upos == "CCONJ") return true;
            return false;
        }

        /// <summary>
        /// Whether two subjects are a list ("Mordor, Rohan, Fornost and Bree"): only names, nouns,
        /// commas and conjunctions between them, and a conjunction before the verb.
        /// </summary>
        private bool Coordinated(int a, int b)
        {
            bool separator = false;
            for (int i = a + 1; i < b; i++)
            {
                if (s[i].Upos is not ("PROPN" or "NOUN" or "DET" or "ADJ" or "CCONJ" or "PUNCT")) return false;
                if (s[i].Upos == "PUNCT" && Lower(i) != ",") return false;
                if (s[i].Upos == "CCONJ" || Lower(i) == ",") separator = true;
            }
            if (!separator) return false;
            int verb = s[b].Head;
            for (int i = b + 1; i < verb && i < end; i++) if (s[i].Upos == "CCONJ") return true;
            for (int i = a + 1; i < b; i++) if (s[i].Upos == "CCONJ") return true;
            return false;
        }
    }
}
