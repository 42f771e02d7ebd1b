namespace NewsNlp.Events;

public sealed partial class EventExtractor
{
    /// <summary>Actors and targets of a clause: subjects, conjuncts, references and their codes.</summary>
    private sealed partial class Clause
    {
        /// <summary>
        /// The references for a word and its conjuncts, each with its actor code; a modifier with
        /// conjuncts gives one reference per conjunct ("the ambassadors of Arnor and Gondor").
        /// </summary>
        public List<EntityReference> Expand(int w)
        {
            var list = new List<EntityReference>();
            foreach (int c in Conjuncts(w))
            {
                if (Reference(c) is not { } r) continue;
                r = EvidenceSpan(c, r);
                // "he", "the Russian leader" resolved to a named person: that person's codes.
                // A title heading a name ("Bree Prime Minister Romendacil") still codes as its whole phrase.
                bool resolved = index.Entity[c] < 0 && s[c].Upos != "PROPN" && r.Codes.Any(x => x.StartsWith("cameo:", StringComparison.Ordinal));
                if (actors is null || resolved) { list.Add(r); continue; }
                var codes = CodesOf(c);
                if (codes.Count == 0) list.Add(r);
                // "THE_SHIRE [FRO/BIL/SAM]": one reference per code.
                foreach (var (code, entry) in codes)
                    foreach (var one in code.Split('/', StringSplitOptions.RemoveEmptyEntries))
                        list.Add(article.Enrich(r with { Canonical = r.Canonical ?? article.CountryName(one) ?? entry?.Name, Codes = ["cameo:" + one, .. r.Codes.Where(x => !x.StartsWith("cameo:", StringComparison.Ordinal))] }, index.Entity[c]));
            }
            return list;
        }

        /// <summary>The evidence span of reference <paramref name="r"/> for word <paramref name="c"/>: the whole phrase it heads, with premodifiers, origin, acronym and apposition.</summary>
        private EntityReference EvidenceSpan(int c, EntityReference r) => WithApposition(c, WithAcronym(WithOrigin(WithPremodifiers(c, WholePhrase(c, r)))));

        private List<(string Code, ActorEntry? Entry)>?[]? _codes;

        /// <summary>Actor codes of the noun phrase headed by <paramref name="w"/>, one per conjunct of a coordinated modifier (computed once per word).</summary>
        private List<(string Code, ActorEntry? Entry)> CodesOf(int w)
        {
            _codes ??= new List<(string, ActorEntry?)>?[end - first];
            return _codes[w - first] ??= ComputeCodes(w);
        }

        private List<(string Code, ActorEntry? Entry)> ComputeCodes(int w)
        {
            var result = new List<(string, ActorEntry?)>();
            if (actors is null) return result;
            var words = new List<int>();
            Phrase(w, words, 0, -1, -1);
            // Premodifiers the parse may have hung elsewhere ("Dagolath's first Deputy Prime Minister Telemar").
            for (int i = w - 1; i >= first && !words.Contains(i) && IsPremodifier(i); i--) words.Add(i);
            Add(words);
            // A coordinated modifier: the phrase again with each other conjunct in its place.
            foreach (int m in words)
            {
                if (m == w || s[m].Relation is not ("nmod" or "nmod:poss" or "compound")) continue;
                foreach (int c in Kids(m))
                {
                    // "the Ministry of International Trade and Industry" is one name, not two ministries.
                    if (s[c].Relation != "conj" || (index.Entity[c] >= 0 && index.Entity[c] == index.Entity[m])) continue;
                    var other = new List<int>();
                    Phrase(w, other, 0, m, c);
                    Add(other);
                }
            }
            return result;

            void Add(List<int> phrase)
            {
                phrase.Sort();
                // A person the dictionaries do not know is not coded by a part of the name
                // ("Kim Jong Un" is not the UN): the person's words count only when an actor
                // phrase ends with the name ("Vladimir Putin", "Putin").
                if (index.Entity[w] >= 0 && d.Entities[index.Entity[w]] is { Type: EntityType.Person } person)
                {
                    var inName = phrase.Where(i => d.Words[i].Start >= person.Start && d.Words[i].End <= person.End).ToList();
                    var all = new List<string>();
                    int nameFirst = -1, nameLast = -1;
                    foreach (int i in phrase)
                    {
                        if (inName.Count > 0 && i == inName[0]) nameFirst = all.Count;
                        all.AddRange(Forms(i));
                        if (inName.Count > 0 && i == inName[^1]) nameLast = all.Count - 1;
                    }
                    // A match that ends with the name and starts at or before its first word ("THE
                    // SHIRE", "VLADIMIR PUTIN"), or a surname alias of four letters or more ("PUTIN"; not "UN").
                    bool known = false;
                    for (int k = 0; k <= nameLast && !known; k++)
                        known = (k <= nameFirst || (k == nameLast && all[k].Length >= 4)) && k + actors.MatchActor(all, k, out _) - 1 == nameLast;
                    if (!known) phrase.RemoveAll(inName.Contains);
                }
                var forms = phrase.SelectMany(Forms).ToArray();
                if (forms.Length == 0) return;
                // Names start with a capital: "plan" is not PLAN (the Chinese navy), "police" is still an agent;
                // a lower-case "the" before a capitalised word starts one too ("Mordor, the Shire and Bree": THE_SHIRE).
                var names = new List<bool>(forms.Length);
                for (int k = 0; k < phrase.Count; k++)
                {
                    int i = phrase[k];
                    bool name = Capitalised(i) || (Lower(i) == "the" && k + 1 < phrase.Count && phrase[k + 1] == i + 1 && Capitalised(i + 1));
                    foreach (var _ in Forms(i)) names.Add(name);
                }
                if (actors.CodePhrase(forms, date, out var entry, names) is { } code && !result.Exists(r => r.Item1 == code)) result.Add((code, entry));
            }
        }

        private bool Capitalised(int i) => d.Text[d.Words[i].Start] is char c && (char.IsUpper(c) || char.IsDigit(c));

        /// <summary>A word's upper-case dictionary forms ("Dol_Amroth" → DOL, AMROTH; "state-owned" → STATE, OWNED).</summary>
        private string[]?[]? _forms;

        private string[] Forms(int i)
        {
            _forms ??= new string[]?[end - first];
            return _forms[i - first] ??= ActorDictionary.Words(d.GetText(d.Words[i]));
        }

        private bool IsPremodifier(int i) => s[i].Upos is "PROPN" or "NOUN" or "ADJ" or "NUM" or "DET" || (s[i].Upos == "PART" && IsGenitiveMark(i));

        /// <summary>Whether word <paramref name="w"/> is a genitive ending of its own: "'s", "’s" or a bare "'".</summary>
        private bool IsGenitiveMark(int w) => Lower(w) is "'s" or "\u2019s" or "'";

        /// <summary>The words of a noun phrase (modifiers, not clauses or conjuncts), with <paramref name="swap"/> replaced by <paramref name="with"/>.</summary>
        private void Phrase(int w, List<int> into, int depth, int swap, int with)
        {
            if (w == swap) w = with;
            into.Add(w);
            if (depth >= 3) return;
            bool person = index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type == EntityType.Person;
            foreach (int i in Kids(w))
            {
                if (s[i].Relation is not ("compound" or "flat" or "flat:name" or "amod" or "nmod:poss" or "nmod" or "nmod:desc" or "case" or "det" or "nummod" or "compound:prt")) continue;
                // "Kim Jong Un in Vladivostok" is not Russian; "the Prince of Dol Amroth" is of Dol Amroth;
                // "protesters outside the Russian embassy" are not Russian.
                if (s[i].Relation == "nmod" && (person ? PrepositionOf(i) is not "of" : PrepositionOf(i) is "outside" or "near" or "inside" or "on" or "about" or "after" or "before" or "during" or "since" or "until" or "despite" or "without" or "against" or "over")) continue;
                Phrase(i, into, depth + 1, swap, with);
            }
        }

        /// <summary>The entity mention that holds word <paramref name="w"/>, or the noun phrase of a generic agent.</summary>
        public EntityReference? Reference(int w)
        {
            // "said on Monday": a time is not a participant.
            if (w < 0 || index.InDate[w]) return null;
            var word = d.Words[w];
            // "Hundreds of British troops": a number heading a phrase is the phrase, not the number.
            if (index.Entity[w] >= 0 && !(d.Entities[index.Entity[w]].Type == EntityType.Other && s[w].Upos == "NOUN"))
            {
                // "Russia's Putin": a place or organisation in the genitive before a person's name is the person's.
                int e = index.Entity[w];
                if (d.Entities[e].Type is not EntityType.Person && PossessedPerson(e) is int person and >= 0) return article.Reference(person);
                return article.Reference(e);
            }
            // "German Chancellor Olaf Scholz", "North Korean leader Kim Jong Un" parsed with the title as the head: the person.
            if (s[w].Upos is "NOUN" or "PROPN" && RoleNouns.Contains(Lower(w)) && TitledPerson(w) is int titled and >= 0)
                return article.Reference(titled);
            // "his Indian counterpart Subrahmanyam Jaishankar": the person named in apposition.
            if (s[w].Upos is "NOUN" && ApposedName(w) is int named and >= 0) return article.Reference(named);
            // The coreference layer: "the North Korean leader" in an entity with a name.
            if (s[w].Upos is "NOUN" && CorefName(w, out int from) is int antecedent and >= 0)
                return article.Reference(antecedent) with { Start = from, End = word.End, Text = d.Text[from..word.End] };
            // "he", "she": the person last named.
            if (s[w].Upos == "PRON" && PersonPronouns.Contains(Lower(w)))
            {
                // "Craxi told him": an object pronoun is anyone named before it but its own verb's subject;
                // "He praised Biden": a subject pronoun is not the person its verb names as object.
                bool objectForm = Lower(w) is "him" or "her";
                int other = s[w].Head < 0 ? -1
                    : objectForm ? (s[w].Relation is "obj" or "iobj" ? Subject(s[w].Head) : -1)
                    : s[w].Relation == "nsubj" ? Child(s[w].Head, "obj") : -1;
                int exclude = other >= 0 ? index.Entity[other] : -1;
                // The coreference layer first: the person of the pronoun's entity, never the person the
                // binding rules above exclude (coreference may link "Craxi told him" to Craxi).
                if (PronounPerson(w) is int coref and >= 0 && (exclude < 0 || !EventFilter.SameName(article.Reference(coref), article.Reference(exclude))))
                    return PronounSpan(article.Reference(coref), w);
                if (article.Antecedent(w, first, null, null, objectForm: objectForm && exclude < 0, exclude) is int p and >= 0)
                    return PronounSpan(article.Reference(p), w);
            }
            // A named part of the phrase ("South Korea's spy agency" → the agency, typed by its head).
            if (s[w].Upos is "NOUN" && s[w].Lemma is { } lemma)
            {
                int start = PhraseStart(w);
                string text = d.Text[start..word.End];
                // "the Russian leader", "the North Korean leader": the person the article gave that role.
                if (RoleNouns.Contains(lemma) && HasChild(w, k => s[k].Relation == "det" && Lower(k) == "the"))
                {
                    string? iso = null;
                    foreach (int k in Kids(w)) if (s[k].Relation is "amod" or "compound" or "nmod:poss") iso ??= article.CountryOfWord(k);
                    if (iso is not null && article.Antecedent(w, first, iso, lemma) is int person and >= 0)
                        return article.Reference(person) with { Start = start, End = word.End, Text = text };
                }
                bool agent = GenericAgents.Contains(lemma);
                // "Leaders of the Economic Community of West African States", "dozens of journalists at the
                // daily": the phrase says who, so the span keeps its of/from/at/in phrases.
                int phraseEnd = PhraseEnd(w);
                return new EntityReference(start, phraseEnd, d.Text[start..phraseEnd], agent ? EntityType.Organization : EntityType.Other, null, agent ? ["generic-agent"] : []);
            }
            if (s[w].Upos is "PROPN")
            {
                // "Mr Fox", "President Reagan" parsed with the title as the head: the name's entity.
                foreach (int k in Kids(w))
                    if (s[k].Relation is "flat" or "flat:name" && index.Entity[k] is int name and >= 0 && d.Entities[name].Type is not (EntityType.Other or EntityType.Date))
                        return article.Reference(name);
                return new EntityReference(word.Start, word.End, d.GetText(word), EntityType.Other, null, []);
            }
            return null;
        }

        /// <summary>
        /// The evidence span of a pronoun resolved to person <paramref name="r"/>: the person's name where the
        /// same sentence gives it before the pronoun ("Netanyahu says he will seek support": Netanyahu, as
        /// ConfliBERT marks it), else the pronoun itself ("He praised Biden").
        /// </summary>
        private EntityReference PronounSpan(EntityReference r, int w)
        {
            for (int k = w - 1; k >= first; k--)
                if (index.Entity[k] is int e and >= 0 && d.Entities[e].Type == EntityType.Person && EventFilter.SameName(article.Reference(e), r))
                {
                    var named = EvidenceSpan(k, article.Reference(e));
                    return r with { Start = named.Start, End = named.End, Text = named.Text };
                }
            var word = d.Words[w];
            return r with { Start = word.Start, End = word.End, Text = d.GetText(word) };
        }

        /// <summary>The person entity right after entity <paramref name="e"/> and its "'s" ("Russia's Putin"), or -1.</summary>
        private int PossessedPerson(int e)
        {
            int last = index.EntityLast[e];
            if (last < first || last + 1 >= end) return -1; // a word of this clause only
            int next = last + 1;
            // The recognizer may have kept the "'s" inside an organisation's name, or left it a word of its own.
            string name = d.Entities[e].Text;
            if (!(name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                if (Lower(next) is not ("'s" or "\u2019s")) return -1;
                next++;
            }
            return next < end && index.Entity[next] is int p and >= 0 && p != e && d.Entities[p].Type == EntityType.Person && index.EntityFirst[p] == next ? p : -1;
        }

        /// <summary>The person entity in apposition to a common noun ("his Indian counterpart Subrahmanyam Jaishankar"), or -1.</summary>
        private int ApposedName(int w)
        {
            foreach (int k in Kids(w))
                if (s[k].Relation == "appos" && k == w + 1 && index.Entity[k] is int p and >= 0 && d.Entities[p].Type == EntityType.Person) return p;
            return -1;
        }

        /// <summary>
        /// A name's reference widened to the noun phrase it heads, premodifiers included, as the evidence
        /// span: "Greek Foreign Minister Nikos Dendias", "The UAE", "Jordanian authorities", "at least four
        /// Yemeni asylum seekers" (the canonical name and codes stay the name's). Pronouns and references
        /// that do not end at the phrase's head keep their span.
        /// </summary>
        private EntityReference WholePhrase(int head, EntityReference r)
        {
            if (r.Start < 0 || s[head].Upos is not ("PROPN" or "NOUN")) return r;
            // The head names someone else ("Russia" heading "Russia's Putin"): the reference went to the person.
            if (index.Entity[head] is int own and >= 0 && (d.Entities[own].End <= r.Start || d.Entities[own].Start >= r.End)) return r;
            // The name ends at the head ("Nikos Dendias"), or follows a title that heads the phrase
            // ("US President Donald Trump" parsed with "President" as head).
            if (r.End != d.Words[head].End && !(r.Start >= d.Words[head].Start && SubtreeLast(head) is int last && d.Words[last].End >= r.End)) return r;
            // The first word of the phrase (word indexes: the name's first word, or the title heading it).
            int w = head;
            while (w > first && d.Words[w - 1].Start >= r.Start) w--;
            int nameFirst = w;
            foreach (int i in Kids(head))
            {
                if (i > head || s[i].Relation is not ("det" or "amod" or "compound" or "nmod:poss" or "nmod:desc" or "nummod" or "flat" or "flat:name")) continue;
                // "Russia's Putin" is Putin: a named possessor of a person is another participant.
                // "Russia's Foreign Ministry" is the ministry, named with its country.
                if (s[i].Relation == "nmod:poss" && r.Type == EntityType.Person && index.Entity[i] >= 0 && !Titled(i)) continue;
                w = Math.Min(w, SubtreeFirst(i));
            }
            // Only a noun phrase's own words before the name: no punctuation at its edge ("MOSCOW - Russian
            // President ..."), and nothing a wrong attachment brings in (a verb, a conjunction).
            w = Math.Max(w, first);
            while (w < nameFirst && s[w].Upos == "PUNCT") w++;
            int start = Math.Min(d.Words[w].Start, d.Words[head].Start);
            if (start >= r.Start) return r;
            // A participle used as an adjective belongs ("Reinforced British troops", "Iranian-backed Houthis").
            for (int k = w + 1; k < nameFirst; k++)
                if ((s[k].Upos is "VERB" && !IsAdjectival(k)) || s[k].Upos is "AUX" or "SCONJ" or "CCONJ" || (s[k].Upos == "PUNCT" && !IsHyphen(k))) return r;
            if ((s[w].Upos is "VERB" && !IsAdjectival(w)) || s[w].Upos is "AUX" or "SCONJ" or "CCONJ") return r;
            return r with { Start = start, Text = d.Text[start..r.End] };
        }

        /// <summary>
        /// Premodifiers the parse hung elsewhere ("U.N. peacekeeping chief Jean-Pierre Lacroix", "Abu Sayyaf
        /// gunmen", "United States President Donald Trump"): the nouns, adjectives and genitives right before
        /// the span join it when they start with a capitalised word and no preposition governs them ("In
        /// Kabul Afghan police" stays "Afghan police", as does "of Bosnia and Hercegovina 1,700 workers"); a named possessor of a person stays out ("Russia's Putin").
        /// </summary>
        private EntityReference WithPremodifiers(int head, EntityReference r)
        {
            if (r.Start < 0 || s[head].Upos is not ("PROPN" or "NOUN")) return r;
            int at = EventClassifier.FirstWordEndingAfter(d.Words, r.Start);
            if (at < first || at > head || d.Words[at].Start != r.Start) return r;
            int lo = at, k = at - 1;
            while (k >= first && !index.InDate[k] && (s[k].Upos is "PROPN" or "NOUN" or "ADJ" || IsGenitiveMark(k)))
            {
                if (IsGenitiveMark(k) && k + 1 == at && r.Type == EntityType.Person) break;
                if (r.Type == EntityType.Person && index.Entity[k] >= 0 && d.Entities[index.Entity[k]].Type == EntityType.Person) break;
                lo = k--;
            }
            if (lo == at || IsGenitiveMark(lo) || !Capitalised(lo)) return r;
            if (k >= first && s[k].Upos is "ADP" or "CCONJ") return r;
            if (k >= first && s[k].Upos == "DET" && Lower(k) == "the") lo = k;
            int start = d.Words[lo].Start;
            return r with { Start = start, Text = d.Text[start..r.End] };
        }

        /// <summary>
        /// "President Recep Tayyip Erdogan of Turkey", "Omar al-Bashir of Sudan": a person's name followed by
        /// "of" and a named country or organisation keeps it in the evidence span (who it is stays the person).
        /// </summary>
        private EntityReference WithOrigin(EntityReference r)
        {
            if (r.Start < 0 || r.Type != EntityType.Person) return r;
            int k = EventClassifier.FirstWordEndingAfter(d.Words, r.End - 1);
            if (k < first || k + 2 >= end || d.Words[k].End != r.End || Lower(k + 1) != "of") return r;
            int at = Lower(k + 2) == "the" && index.Entity[k + 2] < 0 ? k + 3 : k + 2;
            if (at >= end || index.Entity[at] is not (int e and >= 0) || index.EntityFirst[e] != at
                || d.Entities[e].Type is not (EntityType.Location or EntityType.Organization) || index.EntityLast[e] >= end) return r;
            int stop = d.Words[index.EntityLast[e]].End;
            return r with { End = stop, Text = d.Text[r.Start..stop] };
        }

        /// <summary>Whether a title stands between possessor <paramref name="owner"/> and the name it precedes ("Ethiopia's Prime Minister Abiy Ahmed", not "Russia's Putin").</summary>
        private bool Titled(int owner)
        {
            int k = owner + 1;
            if (k < end && IsGenitiveMark(k)) k++;
            return k < end && (index.Entity[k] < 0 || index.Entity[k] == index.Entity[owner]) && s[k].Upos is "NOUN" or "PROPN" or "ADJ" && !index.InDate[k];
        }

        /// <summary>
        /// "Ali Kushayb, a Sudanese militia leader", "A spokesman for the Taliban, Qari Yussouf Ahmadi": a
        /// noun phrase in apposition, set off by a comma, is part of the evidence span (who it is stays the
        /// reference's). Only a short phrase without a clause.
        /// </summary>
        private EntityReference WithApposition(int head, EntityReference r)
        {
            if (r.Start < 0) return r;
            int lo, hi, comma;
            if (s[head].Relation == "appos" && s[head].Head is int noun and >= 0 && noun < head && s[noun].Upos == "NOUN")
            {
                // The name in apposition to a noun ("A spokesman ..., Qari Yussouf Ahmadi"): from the noun's phrase on.
                (lo, hi, comma) = (SubtreeFirst(noun), Math.Max(head, SubtreeLast(head)), head - 1);
            }
            else
            {
                int appos = -1;
                foreach (int k in Kids(head))
                    if (k > head && s[k].Relation == "appos") { appos = k; break; }
                if (appos < 0) return r;
                (lo, hi, comma) = (head, SubtreeLast(appos), appos - 1);
            }
            while (hi > lo && s[hi].Upos == "PUNCT" && Lower(hi) is not ")") hi--;
            if (lo < first || hi >= end || hi - lo > 24) return r;
            for (int i = lo; i <= hi; i++)
                if (s[i].Upos is "VERB" or "AUX" or "SCONJ" || (s[i].Upos == "PUNCT" && Lower(i) is not ("," or "-" or "(" or ")" or "." or "'"))) return r;
            // The comma that sets the apposition off must be there.
            while (comma > lo && s[comma].Upos != "PUNCT") comma--;
            if (Lower(comma) != ",") return r;
            int start = Math.Min(r.Start, d.Words[lo].Start), stop = Math.Max(r.End, d.Words[hi].End);
            return r with { Start = start, End = stop, Text = d.Text[start..stop] };
        }

        /// <summary>"the Nigerian Air Force (NAF)": an acronym in brackets right after the phrase belongs to it.</summary>
        private EntityReference WithAcronym(EntityReference r)
        {
            string text = d.Text;
            int i = r.End;
            if (r.Start < 0 || i + 3 >= text.Length || text[i] != ' ' || text[i + 1] != '(') return r;
            int close = text.IndexOf(')', i + 2);
            if (close < 0 || close - (i + 2) is < 2 or > 10) return r;
            bool upper = false;
            for (int k = i + 2; k < close; k++)
            {
                char ch = text[k];
                if (char.IsUpper(ch)) upper = true;
                else if (!(char.IsLetterOrDigit(ch) || ch is '-' or '.' or '&')) return r;
            }
            return upper ? r with { End = close + 1, Text = text[r.Start..(close + 1)] } : r;
        }

        /// <summary>A participle modifying a noun inside its phrase ("reinforced", the "backed" of "Iranian-backed").</summary>
        private bool IsAdjectival(int w) => s[w].Relation is "amod" or "compound" && s[w].Head > w;

        private bool IsHyphen(int w) => d.Words[w].End - d.Words[w].Start == 1 && d.Text[d.Words[w].Start] == '-';

        /// <summary>The last word of <paramref name="w"/>'s subtree.</summary>
        private int SubtreeLast(int w)
        {
            int last = w;
            foreach (int i in Kids(w))
                if (i > last) last = Math.Max(last, SubtreeLast(i));
            return last;
        }

        /// <summary>The first word of <paramref name="w"/>'s subtree.</summary>
        private int SubtreeFirst(int w)
        {
            int first = w;
            foreach (int i in Kids(w))
                if (i < first) first = Math.Min(first, SubtreeFirst(i));
            return first;
        }

        /// <summary>Where the noun phrase headed by common noun <paramref name="w"/> starts: its determiner, adjectives, compounds and possessor (a name whole).</summary>
        private int PhraseStart(int w)
        {
            int start = d.Words[w].Start;
            foreach (int i in Kids(w))
            {
                if (s[i].Relation is not ("amod" or "compound" or "nmod:poss" or "det" or "nummod")) continue;
                int at = index.Entity[i] >= 0 ? Math.Min(d.Entities[index.Entity[i]].Start, d.Words[i].Start) : d.Words[i].Start;
                if (at < start) start = at;
            }
            return start;
        }

        /// <summary>
        /// Where the noun phrase headed by <paramref name="w"/> ends, its prepositional modifiers right
        /// after it included ("of", "from", "at", "in", "for"): a modifier counts when no comma or clause
        /// comes between, and its own words are a short phrase without a clause, a conjunction, a comma or a
        /// quotation that does not open with a bracket ("camps (in the north)" keeps its aside out).
        /// </summary>
        private int PhraseEnd(int w)
        {
            int end = d.Words[w].End, next = w + 1;
            foreach (int k in Kids(w))
            {
                if (k <= w) continue;
                if (s[k].Relation != "nmod" || PrepositionOf(k) is not ("of" or "from" or "at" or "in" or "for")) break;
                int from = SubtreeFirst(k), last = SubtreeLast(k);
                if (from != next || last - from > 12 || Lower(from) == "(") break;
                for (int i = from; i <= last; i++)
                    if ((s[i].Upos is "VERB" or "AUX" && s[i].Relation != "amod") || s[i].Upos is "SCONJ" or "CCONJ" || (s[i].Upos == "PUNCT" && !IsHyphen(i) && Lower(i) is not ("(" or ")")))
                        return end;
                end = d.Words[last].End;
                next = last + 1;
            }
            return end;
        }

        /// <summary>
        /// The span of verb <paramref name="v"/>'s plain-noun object when the target word
        /// <paramref name="t"/> is a name inside it, reached through of/in/at phrases ("attacked a police
        /// headquarters in eastern Afghanistan", "fired 70 employees of Wargaming"): the evidence is the
        /// whole object, while who the target is stays the name's. Null when the target is the object
        /// itself or is reached another way ("held talks with Kim"); the caller keeps the span only when
        /// it holds the target's own.
        /// </summary>
        public (int Start, int End)? ObjectPhrase(int v, int t)
        {
            int obj = Child(v, "obj");
            if (obj < 0 || obj == t || s[obj].Upos != "NOUN") return null;
            int x = t, below = -1;
            for (int k = 0; k < 6 && x != obj; k++)
            {
                if (x < 0) return null;
                bool ok = s[x].Relation switch
                {
                    "nmod" => PrepositionOf(x) is "of" or "in" or "at",
                    "compound" or "flat" or "flat:name" => true,
                    _ => false,
                };
                if (!ok) return null;
                below = x;
                x = s[x].Head;
            }
            if (x != obj) return null;
            // Only people, places and things are targets with what names them: "an alert in Paris",
            // "a blockade of the U.K." are acts whose target is the phrase inside.
            if (!IsConcreteTarget(obj) && s[below].Relation == "nmod") return (PhraseStart(below), PhraseEnd(below));
            return (PhraseStart(obj), PhraseEnd(obj));
        }

        /// <summary>
        /// The span of the name inside target word <paramref name="t"/> when <paramref name="t"/> is an act or
        /// a state rather than someone ("condemned terrorist attacks in Tehran", "sought refuge in Amman",
        /// "the demands of the truck drivers"): the evidence is the named phrase, as news coders mark it.
        /// Null when <paramref name="t"/> is someone or something concrete itself, or holds no name.
        /// </summary>
        public (int Start, int End)? NamedInsideAct(int t)
        {
            if (t < 0 || s[t].Upos != "NOUN" || IsSomeoneItself(t) || IsConcreteTarget(t)) return null;
            var level = new List<int> { t };
            for (int depth = 0; depth < 3 && level.Count > 0; depth++)
            {
                var next = new List<int>();
                foreach (int x in level)
                    foreach (int n in Kids(x))
                    {
                        if (s[n].Relation != "nmod" || PrepositionOf(n) is not ("in" or "at" or "of")) continue;
                        if (IsSomeoneItself(n) && IsSomeone(n, true)) return (PhraseStart(n), PhraseEnd(n));
                        next.Add(n);
                    }
                level = next;
            }
            return null;
        }

        /// <summary>Whether noun <paramref name="w"/> names people, a site or a thing one acts on (not an act or a state).</summary>
        private bool IsConcreteTarget(int w) => s[w].Lemma is { } lemma
            && (SiteNouns.Contains(lemma) || GenericAgents.Contains(lemma) || Coreference.WordLists.PersonNouns.Contains(lemma) || ConcreteNouns.Contains(lemma));

        /// <summary>Quantities and things one acts on, beside the site, agent and person nouns of the other lists.</summary>
        private static readonly HashSet<string> ConcreteNouns = new(StringComparer.Ordinal)
        {
            "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "group",
            "position", "facility", "installation", "target", "vessel", "ship", "boat", "plane", "aircraft", "convoy", "vehicle", "building",
            "compound", "site", "enclave", "plant", "factory", "mine", "field", "pipeline", "bridge", "road", "station", "outpost", "checkpoint", "home", "house",
            "property", "asset", "account", "website", "server", "network", "system", "product", "good", "firm", "unit",
        };

        /// <summary>
        /// The named entity (person, organisation or place) of the coreference entity that the noun phrase
        /// headed by common noun <paramref name="w"/> belongs to, or -1; <paramref name="from"/> is where
        /// that phrase starts.
        /// </summary>
        private int CorefName(int w, out int from)
        {
            var word = d.Words[w];
            from = word.Start;
            if (d.EntityClusters.Count == 0) return -1;
            from = PhraseStart(w);
            // The phrase itself must be the mention (ending at its head), not hold one ("its dispute").
            if (OwnCluster(from, word, exactStart: false) is not { } cluster) return -1;
            // The canonical name's entity first, else the first named mention that is an entity.
            int best = -1;
            foreach (var m in cluster.Mentions)
            {
                if (m.Kind != MentionKind.Name) continue;
                int e = EntityEndingAt(m.End);
                if (e < 0 || d.Entities[e].Type is not (EntityType.Person or EntityType.Organization or EntityType.Location)) continue;
                if (d.Entities[e].Text == cluster.Canonical) return e;
                if (best < 0) best = e;
            }
            return best;
        }

        /// <summary>The person named in the coreference entity of pronoun <paramref name="w"/> (its longest name first), or -1.</summary>
        private int PronounPerson(int w)
        {
            var word = d.Words[w];
            if (OwnCluster(word.Start, word, exactStart: true) is not { } cluster) return -1;
            int best = -1;
            foreach (var m in cluster.Mentions)
            {
                if (m.Kind != MentionKind.Name || m.Start >= word.Start) continue;
                int e = EntityEndingAt(m.End);
                if (e < 0 || d.Entities[e].Type != EntityType.Person) continue;
                if (best < 0 || d.Entities[e].Text.Length > d.Entities[best].Text.Length) best = e;
            }
            return best;
        }

        /// <summary>
        /// The coreference entity of the phrase from <paramref name="from"/> to <paramref name="head"/>'s end when
        /// one of its mentions is that phrase (ends at the head and starts at the head or before it; with
        /// <paramref name="exactStart"/>, starts where the head does), else null.
        /// </summary>
        private EntityCluster? OwnCluster(int from, Word head, bool exactStart)
        {
            if (d.EntityClusters.Count == 0 || d.ClusterOf(from, head.End) is not int id) return null;
            var cluster = d.EntityClusters[id];
            foreach (var m in cluster.Mentions)
                if (m.End == head.End && (exactStart ? m.Start == head.Start : m.Start <= head.Start)) return cluster;
            return null;
        }

        /// <summary>The entity whose last character ends at <paramref name="at"/>, or -1.</summary>
        private int EntityEndingAt(int at)
        {
            var entities = d.Entities;
            int lo = 0, hi = entities.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (entities[mid].End < at) lo = mid + 1; else hi = mid;
            }
            for (int k = lo; k < entities.Count && entities[k].End == at; k++)
                if (entities[k].Type != EntityType.Date) return k;
            return -1;
        }
    }
}
