using NewsNlp.Dates;
using NewsNlp.Pipeline;

namespace NewsNlp.Events;

/// <summary>
/// The event stage (first version): reads "who did what to whom, when and where" off each
/// clause's dependency tree. A verb whose lemma the CAMEO dictionary codes is an action; its subject
/// is the actor and its object (or a "with/to/against" phrase) the target, with passives turned
/// round ("Y was met by X"), subjects inherited through "is set to visit" and coordinated verbs, and
/// one event per coordinated actor ("Russia and China blocked ..."). The date is a DATE mention of
/// the clause (else the publish date, marked as such), the place a LOCATION mention after
/// "in/at/near". Modality: planned (future clause), reported (under "said"), alleged (under
/// "accused of", "alleged"), hypothetical ("if", "could", "would"), else asserted; "not"/"never"
/// make the polarity negative.
/// </summary>
/// <remarks>Thread-safe. Entity resolution and actor codes are not part of this version.</remarks>
public sealed class EventExtractor : IPipelineStage
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "announce", "report", "state", "claim", "add", "note", "write", "confirm", "insist", "warn", "declare",
    };

    private static readonly HashSet<string> AllegationWords = new(StringComparer.Ordinal) { "accuse", "allege", "alleged", "allegedly", "suspect", "charge" };

    private static readonly HashSet<string> GenericAgents = new(StringComparer.Ordinal)
    {
        "police", "protester", "demonstrator", "official", "troop", "soldier", "rebel", "militant", "gunman", "man", "leader", "minister",
        "government", "army", "military", "force", "authority", "student", "worker", "activist", "diplomat", "lawmaker", "president",
    };

    /// <summary>Creates the stage over a CAMEO verb dictionary.</summary>
    public EventExtractor(CameoVerbDictionary dictionary) => Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));

    /// <summary>The verb dictionary.</summary>
    public CameoVerbDictionary Dictionary { get; }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Entities | DocumentLayers.Dates;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Events;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetEvents(Extract(document, cancellationToken).ToArray());
    }

    /// <summary>The events of a document that has syntax, entities and dates, without writing them.</summary>
    public List<NewsEvent> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<NewsEvent>();
        var syntax = document.Syntax;
        if (syntax is null) return result;
        var sentences = document.SentenceSpan;
        var index = new WordIndex(document);
        for (int si = 0; si < sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, end) = document.WordRange(sentences[si]);
            var clause = new Clause(document, syntax, first, end, index);
            for (int v = first; v < end; v++)
            {
                if (syntax[v].Upos != "VERB" || syntax[v].Lemma is not { } lemma) continue;
                if (!Dictionary.TryGet(lemma, out var verb) || verb.Code is null) continue;
                Build(document, clause, v, verb, si, sentences[si], result);
            }
        }
        return result;
    }

    private void Build(Document d, Clause c, int v, CameoVerb verb, int sentenceIndex, Sentence sentence, List<NewsEvent> result)
    {
        var s = c.Syntax;
        int subject = c.Subject(v), passiveSubject = c.Child(v, "nsubj:pass"), agent = c.Child(v, "obl:agent");
        int obj = c.Child(v, "obj");
        int actorWord, targetWord;
        if (passiveSubject >= 0) { actorWord = agent; targetWord = passiveSubject; }
        else
        {
            actorWord = subject >= 0 ? subject : c.InheritedSubject(v);
            targetWord = obj >= 0 ? obj : c.ObliqueWith(v, "with", "to", "against", "on", "into");
        }
        var target = c.Reference(targetWord);
        var date = c.DateOf(v);
        var place = c.PlaceOf(v);
        string modality = c.Modality(v);
        string polarity = c.Negated(v) ? "negative" : "positive";
        var action = new EventAction(d.Words[v].Start, d.Words[v].End, d.GetText(d.Words[v]), verb.Lemma, verb.Code);

        // "Russia and China blocked ...": one event per coordinated actor.
        var actors = actorWord >= 0 ? c.Conjuncts(actorWord) : [-1];
        foreach (int a in actors)
        {
            var actor = a >= 0 ? c.Reference(a) : null;
            if (actor is null && target is null) continue; // nothing to say who or what
            double confidence = 0.5 + (actor?.Type is not null and not EntityType.Other ? 0.2 : 0) + (target is not null ? 0.15 : 0) + (modality == "asserted" ? 0.1 : 0);
            result.Add(new NewsEvent(actor, action, target, date, place, polarity, modality, Math.Round(Math.Min(confidence, 0.95), 2), sentenceIndex, sentence.Start, sentence.End));
        }
    }

    /// <summary>Per document: the entity (not a date) and the date that each word starts or belongs to.</summary>
    private sealed class WordIndex
    {
        public readonly int[] Entity;
        public readonly bool[] InDate;
        public readonly TemporalValue?[] DateStart;

        public WordIndex(Document d)
        {
            var words = d.WordSpan;
            Entity = new int[words.Length];
            InDate = new bool[words.Length];
            Array.Fill(Entity, -1);
            DateStart = new TemporalValue?[words.Length];
            var entities = d.Entities;
            for (int e = 0, w = 0; e < entities.Count; e++)
            {
                while (w < words.Length && words[w].End <= entities[e].Start) w++;
                bool date = entities[e].Type == EntityType.Date;
                for (int k = w; k < words.Length && words[k].Start < entities[e].End; k++)
                {
                    if (date) InDate[k] = true;
                    else Entity[k] = e;
                }
            }
            int at = 0;
            foreach (var t in d.Dates.OrderBy(t => t.Start))
            {
                while (at < words.Length && words[at].End <= t.Start) at++;
                if (at < words.Length) DateStart[at] ??= t;
            }
        }
    }

    /// <summary>Tree navigation within one sentence; children lists are built once, so lookups are local.</summary>
    private sealed class Clause
    {
        private readonly Document d;
        private readonly IReadOnlyList<WordSyntax> s;
        private readonly int first, end;
        private readonly WordIndex index;
        private readonly List<int>[] kids;

        public Clause(Document document, IReadOnlyList<WordSyntax> syntax, int first, int end, WordIndex index)
        {
            d = document;
            s = syntax;
            this.first = first;
            this.end = end;
            this.index = index;
            kids = new List<int>[end - first];
            for (int i = first; i < end; i++)
                if (s[i].Head >= first && s[i].Head < end) (kids[s[i].Head - first] ??= []).Add(i);
        }

        public IReadOnlyList<WordSyntax> Syntax => s;

        private List<int> Kids(int head) => head >= first && head < end && kids[head - first] is { } k ? k : Empty;

        private static readonly List<int> Empty = [];

        /// <summary>
        /// The verb's subject: the nearest before it when the parse gives two, never a dateline
        /// ("MOSCOW, June 17 (Reuters) - Putin will travel ..." is Putin's travel, not Moscow's).
        /// </summary>
        public int Subject(int v)
        {
            int best = -1;
            foreach (int i in Kids(v))
            {
                if (s[i].Relation != "nsubj" || IsDateline(i)) continue;
                if (best < 0 || (i < v && (best > v || i > best)) || (i > v && best > v && i < best)) best = i;
            }
            return best;
        }

        private bool IsDateline(int w)
        {
            if (w != first || w + 1 >= end) return false;
            var text = d.GetText(d.Words[w]);
            return text.Length >= 3 && text.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && d.GetText(d.Words[w + 1]) is "," or "-" or "—" or "–" or "(";
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
            for (int k = 0, x = v; k < 4 && s[x].Head >= 0 && s[x].Relation is "xcomp" or "conj" or "advcl"; k++)
            {
                x = s[x].Head;
                int subject = Child(x, "nsubj");
                if (subject >= 0) return subject;
            }
            return -1;
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
            foreach (int i in Kids(w)) if (s[i].Relation == "conj" && s[i].Upos is "PROPN" or "NOUN") list.Add(i);
            return list;
        }

        /// <summary>The entity mention that holds word <paramref name="w"/>, or the noun phrase of a generic agent.</summary>
        public EntityReference? Reference(int w)
        {
            // "said on Monday": a time is not a participant.
            if (w < 0 || index.InDate[w]) return null;
            var word = d.Words[w];
            if (index.Entity[w] >= 0)
            {
                var e = d.Entities[index.Entity[w]];
                return new EntityReference(e.Start, e.End, e.Text, e.Type, null, []);
            }
            // A named part of the phrase ("South Korea's spy agency" → the agency, typed by its head).
            if (s[w].Upos is "NOUN" && s[w].Lemma is { } lemma)
            {
                int start = word.Start;
                foreach (int i in Kids(w))
                    if (s[i].Relation is "amod" or "compound" or "nmod:poss" or "det" && d.Words[i].Start < start) start = d.Words[i].Start;
                string text = d.Text[start..word.End];
                return new EntityReference(start, word.End, text, GenericAgents.Contains(lemma) ? EntityType.Organization : EntityType.Other, null, GenericAgents.Contains(lemma) ? ["generic-agent"] : []);
            }
            if (s[w].Upos is "PROPN") return new EntityReference(word.Start, word.End, d.GetText(word), EntityType.Other, null, []);
            return null;
        }

        public EventDate? DateOf(int v)
        {
            // A date that hangs from this verb, directly or through its noun phrase ("on Tuesday",
            // "last week"); the nearest one, so a dateline's date ("MOSCOW, June 17 -") loses to the clause's.
            TemporalValue? best = null;
            int distance = int.MaxValue;
            foreach (int w in Subtree(v, 3))
                if (index.DateStart[w] is { } t && Math.Abs(w - v) < distance) { best = t; distance = Math.Abs(w - v); }
            if (best is not null) return new EventDate(best.Text, best.Value);
            return DateResolver.Published(d) is { } p ? new EventDate(null, DateContext.Day(p)) : null;
        }

        public EntityReference? PlaceOf(int v)
        {
            // "met Putin in Moscow": the phrase may hang from the verb or, as parsers often attach
            // it, from one of the verb's arguments.
            var candidates = new List<int>();
            foreach (int i in Kids(v))
            {
                if (s[i].Relation is "obl" or "obl:npmod") candidates.Add(i);
                if (s[i].Relation is "nsubj" or "obj" or "obl:agent" or "nsubj:pass" or "obl")
                    foreach (int j in Kids(i)) if (s[j].Relation == "nmod") candidates.Add(j);
            }
            foreach (int i in candidates)
            {
                if (!HasChild(i, k => s[k].Relation == "case" && Lower(k) is "in" or "at" or "near" or "inside" or "outside")) continue;
                if (Reference(i) is { Type: EntityType.Location } place) return place;
            }
            return null;
        }

        public string Modality(int v)
        {
            var tense = TenseDetector.Detect(d, first, v, v, end);
            if (HasChild(v, k => s[k].Relation == "mark" && Lower(k) is "if" or "unless") || HasChild(v, k => s[k].Relation == "aux" && Lower(k) is "could" or "would" or "might" or "may"))
                return "hypothetical";
            for (int x = v, k = 0; s[x].Head >= 0 && k < 4; k++)
            {
                int head = s[x].Head;
                if (AllegationWords.Contains(s[head].Lemma ?? "")) return "alleged";
                if (s[x].Relation is "ccomp" or "parataxis" && SpeechVerbs.Contains(s[head].Lemma ?? "")) return "reported";
                x = head;
            }
            if (HasChild(v, k => AllegationWords.Contains(Lower(k)))) return "alleged";
            return tense == ClauseTense.Future ? "planned" : "asserted";
        }

        public bool Negated(int v) => HasChild(v, k => s[k].Relation == "advmod" && Lower(k) is "not" or "n't" or "never");

        private string Lower(int w) => d.GetText(d.Words[w]).ToLowerInvariant();

        /// <summary>The words below <paramref name="v"/>, to <paramref name="depth"/> levels.</summary>
        private IEnumerable<int> Subtree(int v, int depth)
        {
            foreach (int i in Kids(v))
            {
                yield return i;
                if (depth > 1) foreach (int j in Subtree(i, depth - 1)) yield return j;
            }
        }
    }
}
