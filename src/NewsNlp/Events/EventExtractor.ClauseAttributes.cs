using NewsNlp.Temporal;

namespace NewsNlp.Events;

public sealed partial class EventExtractor
{
    /// <summary>When, where and how sure: a clause's date, place, modality and polarity.</summary>
    private sealed partial class Clause
    {
        public EventDate? DateOf(int v)
        {
            // A date that hangs from this verb, directly or through its noun phrase ("on Tuesday",
            // "last week"); the nearest one, so a dateline's date ("MOSCOW, June 17 -") loses to the clause's.
            TemporalValue? best = null;
            int distance = int.MaxValue;
            // Not inside another clause: "Putin will visit on Tuesday, the Kremlin said" dates the visit, not the saying.
            var own = new List<int>();
            foreach (int i in Kids(v))
                if (s[i].Relation is not ("ccomp" or "parataxis" or "advcl" or "acl" or "acl:relcl" or "conj" or "xcomp" or "csubj")) { own.Add(i); AddSubtree(i, 2, own); }
            foreach (int w in own)
                if (DateCovering(w) is { } t && Math.Abs(w - v) < distance) { best = t; distance = Math.Abs(w - v); }
            // An event noun takes the dates of the verb that governs it ("would hold technical talks with
            // U.S. officials next Monday": the talks are next Monday).
            if (best is null && s[v].Upos == "NOUN" && s[v].Relation is "obj" or "obl" or "nsubj" or "nsubj:pass" && s[v].Head is int governor && governor >= first && governor < end && s[governor].Upos == "VERB")
            {
                own.Clear();
                foreach (int i in Kids(governor))
                    if (i != v && s[i].Relation is "obl" or "obl:tmod" or "obl:npmod" or "advmod" or "nmod:tmod") { own.Add(i); AddSubtree(i, 2, own); }
                foreach (int w in own)
                    if (DateCovering(w) is { } t && Math.Abs(w - governor) < distance) { best = t; distance = Math.Abs(w - governor); }
            }
            if (best is not null) return new EventDate(best.Text, best.Value);
            // The sentence's date, when it has exactly one calendar value ("On Monday, police said they
            // arrested ..."); with two or more the clause would have to say which.
            TemporalValue? only = null;
            bool several = false;
            var dateline = article.DatelineDate;
            for (int w = first; w < end && !several; w++)
                if (index.DateStart[w] is { Kind: TemporalKind.Date or TemporalKind.Time } t && t.Start != dateline?.Start)
                {
                    if (only is null) only = t;
                    else if (t.Value != only.Value) several = true;
                }
            if (only is not null && !several) return new EventDate(only.Text, only.Value) { Source = DateSource.Sentence };
            // The article's dateline ("BRUSSELS, Dec 14 -"), then the publish date.
            if (dateline is not null) return new EventDate(dateline.Text, dateline.Value) { Source = DateSource.Article };
            return d.PublishedDay is { } p ? new EventDate(null, DateContext.Day(p)) : null;
        }

        /// <summary>The clause's place; a place keeps its own name ("Seoul"), though as an actor it stands for its country.</summary>
        public EntityReference? PlaceOf(int v) => FindPlace(v) is { } where ? AsPlace(where) : null;

        /// <summary>A place keeps its own name ("Seoul") as an event's place, though as an actor it stands for its country.</summary>
        public static EntityReference AsPlace(EntityReference place) => place with { Canonical = place.Geo?.Name ?? place.Canonical };

        private EntityReference? FindPlace(int v)
        {
            // "met Putin in Moscow": the phrase may hang from the verb or, as parsers often attach
            // it, from one of the verb's arguments.
            var candidates = new List<int>();
            foreach (int i in Kids(v))
            {
                // An event noun's place phrase is its nmod ("talks in Geneva", "a meeting of foreign ministers in Islamabad").
                if (s[i].Relation is "obl" or "obl:npmod" || (s[v].Upos == "NOUN" && s[i].Relation == "nmod")) candidates.Add(i);
                // Not "supplying shells for its war in Ukraine": only a participant's phrase.
                if (s[i].Relation is "obj" or "obl:agent" or "nsubj:pass" || (s[i].Relation == "obl" && PrepositionOf(i) is "with" or "to" or "by"))
                    foreach (int j in Kids(i)) if (s[j].Relation == "nmod") candidates.Add(j);
                // "Police in Nairobi arrested ...": the subject's place phrase when it follows the subject's
                // head at once (not "Andrei Lankov, an expert at Kookmin University in Seoul, said").
                if (s[i].Relation == "nsubj")
                    foreach (int j in Kids(i))
                        if (s[j].Relation == "nmod" && HasChild(j, k => k == i + 1 && s[k].Relation == "case")) candidates.Add(j);
            }
            foreach (int i in candidates)
            {
                if (!HasChild(i, k => s[k].Relation == "case" && Lower(k) is "in" or "at" or "near" or "inside" or "outside")) continue;
                if (Reference(i) is { Type: EntityType.Location } place) return place;
                // "outside the Russian embassy in Seoul": the place named inside the phrase.
                foreach (int j in Kids(i))
                    if (s[j].Relation == "nmod" && PrepositionOf(j) is "in" or "at" && Reference(j) is { Type: EntityType.Location } inner) return inner;
                if (NamedBy(i) is { } named) return named;
                // "killed three Palestinians in a raid on the Jenin refugee camp": a site a place names, one phrase down.
                foreach (int j in Kids(i))
                    if (s[j].Relation == "nmod" && PrepositionOf(j) is "on" or "at" or "in" or "near" && s[j].Lemma is { } site && SiteNouns.Contains(site) && NamedBy(j) is { } deeper) return deeper;
            }
            // "battled U.S. troops in a Baghdad slum district", "told a Moscow court": a place that names the phrase's noun.
            foreach (int i in Kids(v))
                if (s[i].Relation is "obj" or "iobj" or "obl" && s[i].Lemma is { } site && SiteNouns.Contains(site) && NamedBy(i) is { } named) return named;
            return null;
        }

        /// <summary>
        /// Where the clause gives no place: the role labeller's ARGM-LOC when it names a place ("In London on
        /// Thursday, India's finance minister lashed out"), else the place the article gives the gathering or
        /// court the event's target or actor is ("attends the G7 meeting" … "the G7 meeting taking place in
        /// London"; "told a court" … "a Moscow court").
        /// </summary>
        public EntityReference? FallbackPlace(PredicateFrame? frame, int targetWord, int actorWord = -1)
        {
            if (frame?["ARGM-LOC"] is { Implicit: false } loc && loc.HeadWord >= first && loc.HeadWord < end)
            {
                if (Reference(loc.HeadWord) is { Type: EntityType.Location } place) return AsPlace(place);
                if (NamedBy(loc.HeadWord) is { } named) return AsPlace(named);
            }
            foreach (int w in (ReadOnlySpan<int>)[targetWord, actorWord])
                if (w >= 0 && s[w].Upos is "NOUN" or "PROPN" && s[w].Lemma is { } lemma && article.GatheringPlace(lemma) is int at and >= 0
                    && Reference(at) is { Type: EntityType.Location } gathering)
                    return AsPlace(gathering);
            return null;
        }

        /// <summary>Nouns of places and institutions that sit somewhere: "a Moscow court", "the Baghdad embassy", not "U.S. proposals".</summary>
        private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
        {
            "court", "embassy", "consulate", "camp", "district", "suburb", "neighbourhood", "neighborhood", "city", "town", "village",
            "port", "airport", "base", "prison", "jail", "hospital", "hotel", "square", "street", "market", "mosque", "church", "temple",
            "school", "university", "border", "region", "province", "area", "slum", "headquarters", "office", "parliament", "palace",
        };

        /// <summary>The place a noun's compound modifier names ("a Baghdad slum district" → Baghdad), or null.</summary>
        private EntityReference? NamedBy(int noun)
        {
            if (s[noun].Upos != "NOUN" || index.Entity[noun] >= 0) return null;
            foreach (int j in Kids(noun))
                if (s[j].Relation == "compound" && s[j].Upos == "PROPN" && Reference(j) is { Type: EntityType.Location } named) return named;
            return null;
        }

        public Modality ModalityOf(int v)
        {
            var tense = TenseDetector.Detect(d, first, v, v, end);
            if (HasChild(v, k => s[k].Relation == "mark" && Lower(k) is "if" or "unless"))
                return Modality.Hypothetical;
            if (HasChild(v, k => s[k].Relation == "aux" && Lower(k) is "could" or "would" or "might" or "may"))
                // "an official said Smith would meet Kuroda": reported speech's "would" is its "will".
                return HasChild(v, k => s[k].Relation == "aux" && Lower(k) == "would") && UnderPastSpeech(v) ? Modality.Planned : Modality.Hypothetical;
            bool reported = false;
            for (int x = v, k = 0; s[x].Head >= 0 && k < 4; k++)
            {
                int head = s[x].Head;
                // "urged Israel to protect", "refused to rule out sending", "disagreed over sending",
                // "agreed to sell": what the governing verb wants, refuses or plans has not happened.
                if (s[x].Relation is "xcomp" or "advcl" or "ccomp" or "acl" && Governed(head, x) is { } governed) return governed;
                if (AllegationWords.Contains(s[head].Lemma ?? "")) return Modality.Alleged;
                if (s[x].Relation is "ccomp" or "parataxis" && SpeechVerbs.Contains(s[head].Lemma ?? "")) reported = true;
                // "Putin will visit ..., the Kremlin said": the speech verb hangs below the clause.
                x = head;
            }
            if (!reported) foreach (int k in Kids(v)) if (s[k].Relation == "parataxis" && SpeechVerbs.Contains(s[k].Lemma ?? "") && k > v) reported = true;
            if (HasChild(v, k => AllegationWords.Contains(Lower(k)))) return Modality.Alleged;
            // A future clause is planned even when reported: the plan is the fact analysts query.
            return tense == ClauseTense.Future ? Modality.Planned : reported ? Modality.Reported : Modality.Asserted;
        }

        /// <summary>Whether the clause is what a past-tense speech verb reports ("said", "told … that").</summary>
        private bool UnderPastSpeech(int v)
        {
            if (s[v].Relation is "ccomp" && s[v].Head is int h and >= 0 && SpeechVerbs.Contains(s[h].Lemma ?? "") && s[h].Xpos is "VBD") return true;
            foreach (int k in Kids(v))
                if (s[k].Relation == "parataxis" && SpeechVerbs.Contains(s[k].Lemma ?? "") && s[k].Xpos is "VBD") return true;
            return false;
        }

        public bool Negated(int v)
        {
            if (HasChild(v, k => s[k].Relation == "advmod" && Lower(k) is "not" or "n't" or "never")) return true;
            // "declined to comment", "failed to disclose", "refused to ...".
            return s[v].Relation is "xcomp" && s[v].Head >= 0 && In(NegativeGovernors, s[v].Head);
        }

        /// <summary>Whether the word's lemma (or its lower-case form) is in the set.</summary>
        private bool In(HashSet<string> set, int w) => s[w].Lemma is { } l && (set.Contains(l) || set.Contains(Lower(w)));

        /// <summary>The modality a governing word gives a verb below it, or null when it asserts it.</summary>
        private Modality? Governed(int head, int x)
        {
            if (In(DesireGovernors, head)) return Modality.Hypothetical;
            // "declined to comment": asserted, and negative (see Negated).
            if (In(NegativeGovernors, head)) return s[x].Relation == "xcomp" ? null : Modality.Hypothetical;
            if (In(PlanGovernors, head)) return Modality.Planned;
            // "disagreed over sending", "talks about sending": a gerund after over/about is a topic.
            if (s[x].Relation is "advcl" or "acl" && (HasChild(x, k => s[k].Relation is "mark" or "case" && Lower(k) is "over" or "about" or "on") || (x > first && Lower(x - 1) is "over" or "about")))
                return Modality.Hypothetical;
            return null;
        }

        public string Lower(int w) => lower[w - first] ??= LowerCase(d.Text.AsSpan(d.Words[w].Start, d.Words[w].End - d.Words[w].Start));

        /// <summary>The words below <paramref name="v"/>, to <paramref name="depth"/> levels.</summary>
        private List<int> Subtree(int v, int depth)
        {
            var list = new List<int>();
            AddSubtree(v, depth, list);
            return list;
        }

        /// <summary>The date a word is part of ("Monday" in "next Monday", which the parse may hang below "next"), or null.</summary>
        private TemporalValue? DateCovering(int w)
        {
            if (!index.InDate[w]) return null;
            for (int k = w; k >= first && index.InDate[k]; k--)
                if (index.DateStart[k] is { } t) return t.End >= d.Words[w].End ? t : null;
            return null;
        }

        private void AddSubtree(int v, int depth, List<int> into)
        {
            foreach (int i in Kids(v))
            {
                into.Add(i);
                if (depth > 1) AddSubtree(i, depth - 1, into);
            }
        }
    }
}
