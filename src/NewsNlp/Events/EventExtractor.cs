using NewsNlp.Dates;

namespace NewsNlp.Events;

/// <summary>
/// The event stage: reads "who did what to whom, when and where" off each clause's dependency tree
/// and writes the document's events and relations. A verb (or an event noun with a named genitive)
/// that the CAMEO dictionary codes is an action; its subject is the actor and its object (or a
/// with/to/against phrase) the target, with passives turned round, inherited and controlled
/// subjects, and one event per coordinated actor or target. Actors, targets and places carry the
/// article's canonical names and codes (actor dictionaries, ISO countries, GeoNames); the date is
/// the clause's own DATE mention (else the publish date, marked as such); modality is planned,
/// reported, alleged, hypothetical or asserted, polarity negative under "not"/"never"/"declined to".
/// See the README's "Events and relations" for the rules and their measured precision.
/// </summary>
/// <remarks>Thread-safe: all state lives in the call.</remarks>
public sealed partial class EventExtractor : IPipelineStage
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "announce", "report", "state", "claim", "add", "note", "write", "confirm", "insist", "warn", "declare",
    };

    /// <summary>Verbs whose complement is wished, asked or tried, not done: "urged X to leave".</summary>
    private static readonly HashSet<string> DesireGovernors = new(StringComparer.Ordinal)
    {
        "urge", "ask", "call", "want", "wish", "hope", "seek", "demand", "try", "attempt", "aim", "propose", "request", "encourage",
        "press", "push", "invite", "appeal", "suggest", "consider", "discuss", "rule", "threaten", "warn", "offer", "expect",
    };

    /// <summary>Verbs that deny their complement: "declined to comment", "failed to disclose".</summary>
    private static readonly HashSet<string> NegativeGovernors = new(StringComparer.Ordinal) { "decline", "refuse", "fail", "reject", "deny", "avoid", "stop", "cease" };

    /// <summary>Verbs whose complement is planned: "agreed to sell", "is set to visit".</summary>
    private static readonly HashSet<string> PlanGovernors = new(StringComparer.Ordinal)
    {
        "plan", "set", "prepare", "agree", "promise", "vow", "pledge", "intend", "schedule", "decide", "due", "expect", "move", "resolve",
    };

    private static readonly HashSet<string> AllegationWords = new(StringComparer.Ordinal) { "accuse", "allege", "alleged", "allegedly", "suspect", "charge" };

    private static readonly HashSet<string> GenericAgents = new(StringComparer.Ordinal)
    {
        "police", "protester", "demonstrator", "official", "troop", "soldier", "rebel", "militant", "gunman", "man", "leader", "minister",
        "government", "army", "military", "force", "authority", "student", "worker", "activist", "diplomat", "lawmaker", "president",
        "witness", "resident", "voter", "villager", "civilian", "refugee", "fighter", "insurgent", "militia", "crowd", "spokesman",
        "spokeswoman", "spokesperson", "ministry", "agency", "court", "judge", "prosecutor", "union", "party", "regulator",
        "investigator", "parliament", "senator", "opposition", "company", "bank", "office",
    };

    /// <summary>Creates the stage over a CAMEO verb dictionary and, optionally, actor and agent dictionaries.</summary>
    /// <param name="dictionary">CAMEO verbs and patterns.</param>
    /// <param name="actors">Actor and agent dictionaries that code actors and targets, or null.</param>
    /// <param name="reverseEvents">
    /// Also emit the reverse event where a code has one ("[032:033]": X travels to Y, so Y hosts X),
    /// as PETRARCH does; off by default, because it doubles records that come from one clause.
    /// </param>
    public EventExtractor(CameoVerbDictionary dictionary, ActorDictionary? actors = null, bool reverseEvents = false)
    {
        Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        Actors = actors;
        ReverseEvents = reverseEvents;
    }

    /// <summary>Whether reverse events are emitted.</summary>
    public bool ReverseEvents { get; }

    /// <summary>Creates the stage over an event model (verbs, actors and agents).</summary>
    public EventExtractor(EventModel model, bool reverseEvents = false)
        : this((model ?? throw new ArgumentNullException(nameof(model))).Verbs, model.Actors, reverseEvents)
    {
        Model = model;
    }

    /// <summary>The event model (with its places and countries) when the stage was built from one, else null.</summary>
    public EventModel? Model { get; }

    /// <summary>The verb dictionary.</summary>
    public CameoVerbDictionary Dictionary { get; }

    /// <summary>The actor and agent dictionaries that give actors their codes, or null.</summary>
    public ActorDictionary? Actors { get; }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Entities | DocumentLayers.Dates;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Events | DocumentLayers.Relations;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (events, relations) = Run(document, cancellationToken);
        document.SetEvents(events.ToArray());
        document.SetRelations(relations.ToArray());
    }

    /// <summary>The relations of a document that has syntax, entities and dates, without writing them.</summary>
    public List<Relation> ExtractRelations(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Run(document, cancellationToken).Relations;
    }

    /// <summary>The events of a document that has syntax, entities and dates, without writing them.</summary>
    public List<NewsEvent> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Run(document, cancellationToken).Events;
    }

    private (List<NewsEvent> Events, List<Relation> Relations) Run(Document document, CancellationToken cancellationToken)
    {
        var result = new List<NewsEvent>();
        var syntax = document.Syntax;
        if (syntax is null) return (result, []);
        var sentences = document.SentenceSpan;
        var index = new WordIndex(document);
        DateOnly? published = DateResolver.Published(document);
        var article = new Article(document, syntax, index, Model, Actors, published);
        var zones = new EventZones(document);
        for (int si = 0; si < sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var zone = zones.Next(sentences[si].Start);
            if (!EventZones.GivesEvents(zone)) continue;
            var (first, end) = document.WordRange(sentences[si]);
            if (IsBoilerplate(document, first, end)) continue;
            int before = result.Count;
            Clause? clause = null;
            for (int v = first; v < end; v++)
            {
                if (syntax[v].Upos == "NOUN" && syntax[v].Lemma is { } noun && index.Entity[v] < 0)
                {
                    // "Putin's visit to Pyongyang", "at Kim's invitation": a nominal event needs its actor.
                    if (!Dictionary.TryGet(Nominalizations.GetValueOrDefault(noun, noun), out var nominal)) continue;
                    clause ??= new Clause(document, syntax, first, end, index, Actors, published, article);
                    if (clause.Possessor(v) is int owner and >= 0 && clause.CodeOf(v, nominal).Code is { } nominalCode)
                        BuildNominal(document, clause, v, owner, nominal, nominalCode, si, sentences[si], result);
                    continue;
                }
                if (syntax[v].Upos != "VERB" || syntax[v].Lemma is null) continue;
                clause ??= new Clause(document, syntax, first, end, index, Actors, published, article);
                if (!FindVerb(clause, v, out var verb)) continue;
                var (code, reverse) = clause.CodeOf(v, verb);
                if (code is null) continue;
                Build(document, clause, v, verb, code, reverse, si, sentences[si], result);
            }
            if (zone is { } z) MarkZone(result, before, z);
        }
        if (published is { } day) FutureIsPlanned(result, day);
        EventFilter.Apply(document, result);
        Model?.Scorer?.Apply(document, result);
        return (result, zones.Filter(article.Relations));
    }

    /// <summary>"Abe starts a visit to Washington on Sunday" in Friday's paper: an act the text dates after the publish day is planned.</summary>
    private static void FutureIsPlanned(List<NewsEvent> events, DateOnly published)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Modality != Modality.Asserted || e.Polarity != Polarity.Positive || e.Date is not { Source: DateSource.Text or DateSource.Sentence } date) continue;
            if (DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when) && when > published)
                events[i] = e with { Modality = Modality.Planned };
        }
    }

    /// <summary>Tags the sentence's new events with their zone and drops a caption's undated ones.</summary>
    private static void MarkZone(List<NewsEvent> events, int from, Zone zone)
    {
        for (int k = events.Count - 1; k >= from; k--)
        {
            if (EventZones.Keeps(zone, events[k])) events[k] = events[k] with { Zone = zone.Kind };
            else events.RemoveAt(k);
        }
    }

    private static readonly HashSet<string> WebCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sign", "click", "follow", "subscribe", "read", "log", "skip", "accept", "download", "watch", "listen", "tap",
        "scroll", "comment", "email", "print", "like", "join", "get", "register", "continue", "see", "view", "advertisement",
    };

    private static readonly HashSet<string> WebWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "whatsapp", "linkedin", "instagram", "newsletter", "newsletters", "cookies", "cookie", "app",
        "email", "link", "video", "article", "page", "site", "website", "subscribe", "subscription", "podcast", "comments", "menu",
        "login", "account", "ad", "ads", "advertisement", "here", "more", "story", "stories", "telegram", "youtube", "reddit",
    };

    /// <summary>
    /// Lines of a scraped page that are not news: "ADVERTISEMENT", "Share this article", "Sign up for
    /// our newsletter", "Follow us on Twitter", "© 2024 ... All rights reserved". They give no events.
    /// </summary>
    internal static bool IsBoilerplate(Document d, int first, int end)
    {
        int n = end - first;
        if (n == 0) return true;
        string firstWord = d.GetText(d.Words[first]);
        for (int i = first; i < end; i++)
        {
            string t = d.GetText(d.Words[i]);
            if (t is "©" || (t.Equals("rights", StringComparison.OrdinalIgnoreCase) && i > first && d.GetText(d.Words[i - 1]).Equals("All", StringComparison.OrdinalIgnoreCase))) return true;
        }
        if (n <= 3 && firstWord.Length > 3 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !d.Entities.Any(e => e.Start == d.Words[first].Start)) return true;
        if (!WebCommands.Contains(firstWord) || n > 12) return false;
        for (int i = first + 1; i < end; i++) if (WebWords.Contains(d.GetText(d.Words[i]))) return true;
        return false;
    }

    /// <summary>Function words and punctuation the stage compares against, so their lower-case forms need no new string.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "of", "to", "for", "with", "by", "from", "into", "about", "against", "between", "near", "inside", "outside", "over",
        "after", "before", "during", "since", "until", "despite", "without", "toward", "towards", "the", "a", "an", "and", "or", "but", "if",
        "unless", "that", "not", "n't", "never", "could", "would", "might", "may", "will", "shall", "should", "must", "can", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "he", "she", "him", "her", "it", "they", "them", "his",
        "its", "their", "we", "i", "you", ",", ".", "-", "—", "–", "(", ")", "\"", "'s", "’s", "up", "down", "out", "off", "back", "away",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word's lower-case form; common words come from a fixed table, so most calls allocate nothing.</summary>
    private static string LowerCase(ReadOnlySpan<char> word)
    {
        // The table holds lower-case strings; the comparer ignores case.
        if (CommonLookup.TryGetValue(word, out var known)) return known;
        return word.ToString().ToLowerInvariant();
    }

    /// <summary>The dictionary verb at <paramref name="v"/>: a phrasal verb ("call for"), the form ("left"), else the lemma.</summary>
    private bool FindVerb(Clause c, int v, out CameoVerb verb)
    {
        string lemma = c.Syntax[v].Lemma!;
        if (v + 1 < c.End && c.Syntax[v + 1].Upos is "ADP" or "ADV" or "PART" && Dictionary.TryGet(lemma + " " + c.Lower(v + 1), out verb)) return true;
        return Dictionary.TryGet(c.Lower(v), out verb) || Dictionary.TryGet(lemma, out verb);
    }

    /// <summary>Event nouns and the verbs they name (nouns spelled like their verb need no entry).</summary>
    private static readonly Dictionary<string, string> Nominalizations = new(StringComparer.Ordinal)
    {
        ["invitation"] = "invite", ["accusation"] = "accuse", ["condemnation"] = "condemn", ["criticism"] = "criticize",
        ["meeting"] = "meet", ["threat"] = "threaten", ["warning"] = "warn", ["rejection"] = "reject", ["refusal"] = "refuse",
        ["withdrawal"] = "withdraw", ["invasion"] = "invade", ["bombing"] = "bomb", ["killing"] = "kill", ["arrival"] = "arrive",
        ["departure"] = "depart", ["expulsion"] = "expel", ["recognition"] = "recognize", ["mediation"] = "mediate",
        ["negotiation"] = "negotiate", ["agreement"] = "agree", ["deployment"] = "deploy", ["occupation"] = "occupy",
        ["detention"] = "detain", ["abduction"] = "abduct", ["assassination"] = "assassinate", ["evacuation"] = "evacuate",
    };

    /// <summary>
    /// A nominal event: the possessor acts ("Putin's visit to Pyongyang", "at Kim's invitation"),
    /// the target is a to/with/against/on phrase of the noun. Only named or coded possessors, so
    /// "his visit" or "the country's economy" give nothing.
    /// </summary>
    private static void BuildNominal(Document d, Clause c, int n, int owner, CameoVerb verb, string code, int sentenceIndex, Sentence sentence, List<NewsEvent> result)
    {
        var actors = c.Expand(owner);
        if (actors.Count == 0 || !actors.TrueForAll(a => a.Type is not EntityType.Other || a.Codes.Count > 0)) return;
        int targetWord = c.NominalTarget(n);
        var targets = targetWord >= 0 ? c.Expand(targetWord) : [];
        if (targets.Count == 0) targets.Add(null!);
        var action = new EventAction(d.Words[n].Start, d.Words[n].End, d.GetText(d.Words[n]), verb.Lemma, code);
        var date = c.DateOf(n);
        var place = c.PlaceOf(n);
        var modality = c.NominalModality(n);
        foreach (var actor in actors)
            foreach (var target in targets)
                result.Add(new NewsEvent(actor, action, target, date, place, Polarity.Positive, modality, target is null ? 0.6 : 0.7, sentenceIndex, sentence.Start, sentence.End));
    }

    private void Build(Document d, Clause c, int v, CameoVerb verb, string code, string? reverse, int sentenceIndex, Sentence sentence, List<NewsEvent> result)
    {
        var s = c.Syntax;
        int subject = c.Subject(v), passiveSubject = c.Child(v, "nsubj:pass"), agent = c.Child(v, "obl:agent");
        int actorWord, targetWord;
        if (passiveSubject >= 0) { actorWord = agent; targetWord = passiveSubject; }
        else
        {
            actorWord = subject >= 0 ? subject : c.InheritedSubject(v);
            if (actorWord < 0) actorWord = c.SubjectBefore(v);
            // "Ethiopia indicated it would ...", "Russia said it will ...": "it" is the speaker.
            actorWord = c.SpeakerFor(actorWord, v);
            targetWord = c.TargetOf(v);
        }
        var date = c.DateOf(v);
        var modality = c.ModalityOf(v);
        var polarity = c.Negated(v) ? Polarity.Negative : Polarity.Positive;
        var place = c.PlaceOf(v);
        var action = new EventAction(d.Words[v].Start, d.Words[v].End, d.GetText(d.Words[v]), verb.Lemma, code);
        // "starts a visit to Washington", "held talks with Reagan", "paid a visit": the noun names the act.
        if (LightVerbs.Contains(verb.Lemma) && c.Child(v, "obj") is int noun and >= 0 && s[noun].Upos == "NOUN" && s[noun].Lemma is { } nounLemma
            && ActNouns.Contains(nounLemma))
        {
            action = new EventAction(d.Words[noun].Start, d.Words[noun].End, d.GetText(d.Words[noun]), Nominalizations.GetValueOrDefault(nounLemma, nounLemma), code);
            // A visit's destination is where it happens.
            if (place is null && nounLemma is "visit" or "trip" or "tour" && targetWord >= 0 && c.Reference(targetWord) is { Type: EntityType.Location } destination)
                place = destination with { Canonical = destination.Geo?.Name ?? destination.Canonical };
        }
        var reverseAction = reverse is null || !ReverseEvents ? null : action with { Cameo = reverse };

        // "Russia and China blocked ... Japan and India": one event per coordinated actor and target,
        // and per actor of a coordinated modifier ("the ambassadors of Arnor and Gondor").
        var targets = targetWord >= 0 ? c.Expand(targetWord) : [];
        if (targets.Count == 0) targets.Add(null!);
        var actors = actorWord >= 0 ? c.Expand(actorWord) : [];
        if (actors.Count == 0) actors.Add(null!);
        foreach (var actor in actors)
            foreach (var target in targets)
            {
                // Precision first: no actor, no event, unless the clause is passive ("five people were killed").
                if (actor is null && (target is null || passiveSubject < 0)) continue;
                double confidence = 0.5 + (Known(actor) ? 0.2 : 0) + (target is not null ? 0.15 : 0) + (modality == Modality.Asserted ? 0.1 : 0);
                confidence = Math.Round(Math.Min(confidence, 0.95), 2);
                result.Add(new NewsEvent(actor, action, target, date, place, polarity, modality, confidence, sentenceIndex, sentence.Start, sentence.End));
                // "[032:033]": "X left for Y for talks" is also Y hosting X.
                if (reverseAction is not null && actor is not null && target is not null)
                    result.Add(new NewsEvent(target, reverseAction, actor, date, place, polarity, modality, confidence, sentenceIndex, sentence.Start, sentence.End));
            }
    }

    /// <summary>Verbs that only carry an act named by their object ("held talks", "paid a visit", "began a tour").</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "hold", "make", "pay", "start", "begin", "conduct", "have", "launch", "carry", "stage", "open", "resume", "end", "wrap", "undertake",
    };

    /// <summary>Act nouns a light verb's object names.</summary>
    private static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
    {
        "visit", "trip", "tour", "talk", "talks", "meeting", "negotiation", "negotiations", "attack", "raid", "strike", "protest",
        "demonstration", "investigation", "inquiry", "probe", "offensive", "crackdown", "boycott", "summit", "consultation",
    };

    private static bool Known(EntityReference? r) => r is not null && (r.Type is not EntityType.Other || r.Codes.Count > 0);

    /// <summary>Per document: the entity (not a date) and the date that each word starts or belongs to.</summary>
    private sealed class WordIndex
    {
        public readonly int[] Entity;
        public readonly bool[] InDate;
        public readonly TemporalValue?[] DateStart;

        /// <summary>Per entity mention: its first and last word (-1 when it covers none).</summary>
        public readonly int[] EntityFirst, EntityLast;

        private readonly Document _d;
        private readonly IReadOnlyList<WordSyntax>? _syntax;

        /// <summary>The lower-case preposition ("case" dependent) of a word, or null.</summary>
        public string? PrepositionOf(int w)
        {
            foreach (int k in Children(w))
                if (_syntax![k].Relation == "case") return LowerCase(_d.Text.AsSpan(_d.Words[k].Start, _d.Words[k].End - _d.Words[k].Start));
            return null;
        }

        /// <summary>Dependents of each word, in text order: word h's are ChildList[ChildStart[h]..ChildStart[h + 1]].</summary>
        public readonly int[] ChildStart, ChildList;

        public ReadOnlySpan<int> Children(int head) => head < 0 || head + 1 >= ChildStart.Length ? [] : ChildList.AsSpan(ChildStart[head], ChildStart[head + 1] - ChildStart[head]);

        public WordIndex(Document d)
        {
            _d = d;
            var syntax = _syntax = d.Syntax;
            int count = d.WordSpan.Length;
            ChildStart = new int[count + 1];
            ChildList = new int[count];
            if (syntax is not null)
            {
                for (int i = 0; i < count; i++) if (syntax[i].Head >= 0 && syntax[i].Head < count) ChildStart[syntax[i].Head + 1]++;
                for (int h = 0; h < count; h++) ChildStart[h + 1] += ChildStart[h];
                var fill = ChildStart[..count];
                for (int i = 0; i < count; i++) if (syntax[i].Head >= 0 && syntax[i].Head < count) ChildList[fill[syntax[i].Head]++] = i;
            }
            var words = d.WordSpan;
            Entity = new int[words.Length];
            InDate = new bool[words.Length];
            Array.Fill(Entity, -1);
            DateStart = new TemporalValue?[words.Length];
            var entities = d.Entities;
            EntityFirst = new int[entities.Count];
            EntityLast = new int[entities.Count];
            for (int e = 0, w = 0; e < entities.Count; e++)
            {
                while (w < words.Length && words[w].End <= entities[e].Start) w++;
                EntityFirst[e] = EntityLast[e] = w < words.Length ? w : -1;
                bool date = entities[e].Type == EntityType.Date;
                for (int k = w; k < words.Length && words[k].Start < entities[e].End; k++)
                {
                    EntityLast[e] = k;
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
        private readonly ActorDictionary? actors;
        private readonly DateOnly? date;
        private readonly string?[] lower;

        private readonly Article article;

        public Clause(Document document, IReadOnlyList<WordSyntax> syntax, int first, int end, WordIndex index, ActorDictionary? actors, DateOnly? date, Article article)
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
        public (string? Code, string? Reverse) CodeOf(int v, CameoVerb verb)
        {
            CameoPattern? best = null;
            foreach (var p in verb.Patterns)
                if ((best is null || p.Specificity > best.Specificity) && p.Specificity > 0 && Matches(p, v)) best = p;
            return best is not null ? (best.Code, best.ReverseCode) : (verb.Code, verb.ReverseCode);
        }

        private bool Matches(CameoPattern p, int v)
        {
            const int Gap = 8;
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
            if (obj >= 0 && IsSomeoneItself(obj) && IsSomeone(obj, true)) return obj;
            foreach (bool named in (bool[])[true, false])
            {
                if (obj >= 0 && (named ? IsSomeone(obj, true) && NominalChain(obj).TrueForAll(n => !IsSomeone(n, true)) : IsSomeoneItself(obj))) return obj;
                foreach (int n in obj >= 0 ? NominalChain(obj) : (List<int>)[])
                    if (PrepositionOf(n) is { } p && preps.Contains(p) && (named ? IsSomeone(n, true) : IsSomeoneItself(n))) return n;
                // An oblique counts by its own head ("with Gondor's government"), not by a name inside
                // it ("arrived at Putin's invitation" is not an arrival at Putin).
                foreach (int i in Kids(v))
                    if (s[i].Relation is "obl" or "obl:npmod" && PrepositionOf(i) is { } p && preps.Contains(p) && IsSomeoneItself(i) && (!named || IsSomeone(i, true))) return i;
            }
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
            return obj >= 0 ? obj : ObliqueWith(v, "with", "to", "against", "on", "into");
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

        private string? PrepositionOf(int w) => index.PrepositionOf(w);

        /// <summary>A named entity, a dictionary actor or a generic agent.</summary>
        /// <summary>A name, or a noun that is itself a generic agent ("police"), not one that only holds one ("stones at police").</summary>
        private bool IsSomeoneItself(int w)
        {
            if (w < 0 || index.InDate[w]) return false;
            if ((index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type is not EntityType.Other) || s[w].Upos == "PROPN") return true;
            if (GenericAgents.Contains(s[w].Lemma ?? "")) return true;
            return actors is not null && actors.MatchAgent(Forms(w), 0, out _) > 0;
        }

        private bool IsSomeone(int w, bool named = false)
        {
            if (w < 0 || index.InDate[w]) return false;
            if (index.Entity[w] >= 0 && d.Entities[index.Entity[w]].Type is not EntityType.Other) return true;
            if (s[w].Upos == "PROPN") return true;
            // Named: a dictionary actor, not only a generic agent ("---MIL").
            return actors is not null && CodesOf(w).Exists(c => !named || !c.Code.StartsWith("---", StringComparison.Ordinal));
        }

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
                // "he", "the Russian leader" resolved to a named person: that person's codes.
                bool resolved = index.Entity[c] < 0 && r.Codes.Any(x => x.StartsWith("cameo:", StringComparison.Ordinal));
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
                    if (s[c].Relation != "conj") continue;
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
                // Names start with a capital: "plan" is not PLAN (the Chinese navy), "police" is still an agent.
                var names = phrase.SelectMany(i => Forms(i).Select(_ => d.Text[d.Words[i].Start] is char c && (char.IsUpper(c) || char.IsDigit(c)))).ToArray();
                if (actors.CodePhrase(forms, date, out var entry, names) is { } code && !result.Exists(r => r.Item1 == code)) result.Add((code, entry));
            }
        }

        /// <summary>A word's upper-case dictionary forms ("Dol_Amroth" → DOL, AMROTH; "state-owned" → STATE, OWNED).</summary>
        private string[]?[]? _forms;

        private string[] Forms(int i)
        {
            _forms ??= new string[]?[end - first];
            return _forms[i - first] ??= ActorDictionary.Words(d.GetText(d.Words[i]));
        }

        private bool IsPremodifier(int i) => s[i].Upos is "PROPN" or "NOUN" or "ADJ" or "NUM" or "DET" || (s[i].Upos == "PART" && Lower(i) is "'s" or "’s" or "'");

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

        private ReadOnlySpan<int> Kids(int head) => head >= first && head < end ? index.Children(head) : [];

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
            if (p < 0 || s[p].Upos is not ("PROPN" or "NOUN") || !HasChild(p, k => s[k].Relation == "case" && Lower(k) is "'s" or "’s" or "'")) return -1;
            return index.Entity[p] >= 0 && d.Entities[index.Entity[p]].Type is EntityType.Person or EntityType.Location or EntityType.Organization ? p : -1;
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

        /// <summary>The entity mention that holds word <paramref name="w"/>, or the noun phrase of a generic agent.</summary>
        public EntityReference? Reference(int w)
        {
            // "said on Monday": a time is not a participant.
            if (w < 0 || index.InDate[w]) return null;
            var word = d.Words[w];
            if (index.Entity[w] >= 0) return article.Reference(index.Entity[w]);
            // "German Chancellor Olaf Scholz", "North Korean leader Kim Jong Un" parsed with the title as the head: the person.
            if (s[w].Upos is "NOUN" or "PROPN" && RoleNouns.Contains(Lower(w)) && TitledPerson(w) is int titled and >= 0)
                return article.Reference(titled);
            // "he", "she": the person last named.
            if (s[w].Upos == "PRON" && PersonPronouns.Contains(Lower(w)) && article.Antecedent(w, first, null, null, objectForm: Lower(w) is "him" or "her") is int p and >= 0)
                return article.Reference(p) with { Start = word.Start, End = word.End, Text = d.GetText(word) };
            // A named part of the phrase ("South Korea's spy agency" → the agency, typed by its head).
            if (s[w].Upos is "NOUN" && s[w].Lemma is { } lemma)
            {

                int start = word.Start;
                foreach (int i in Kids(w))
                {
                    if (s[i].Relation is not ("amod" or "compound" or "nmod:poss" or "det")) continue;
                    int at = index.Entity[i] >= 0 ? Math.Min(d.Entities[index.Entity[i]].Start, d.Words[i].Start) : d.Words[i].Start;
                    if (at < start) start = at;
                }
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
                return new EntityReference(start, word.End, text, agent ? EntityType.Organization : EntityType.Other, null, agent ? ["generic-agent"] : []);
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
            // Not inside another clause: "Putin will visit on Tuesday, the Kremlin said" dates the visit, not the saying.
            var own = new List<int>();
            foreach (int i in Kids(v))
                if (s[i].Relation is not ("ccomp" or "parataxis" or "advcl" or "acl" or "acl:relcl" or "conj" or "xcomp" or "csubj")) { own.Add(i); AddSubtree(i, 2, own); }
            foreach (int w in own)
                if (index.DateStart[w] is { } t && Math.Abs(w - v) < distance) { best = t; distance = Math.Abs(w - v); }
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
            return DateResolver.Published(d) is { } p ? new EventDate(null, DateContext.Day(p)) : null;
        }

        /// <summary>The clause's place; a place keeps its own name ("Seoul"), though as an actor it stands for its country.</summary>
        public EntityReference? PlaceOf(int v) => FindPlace(v) is { } where ? where with { Canonical = where.Geo?.Name ?? where.Canonical } : null;

        private EntityReference? FindPlace(int v)
        {
            // "met Putin in Moscow": the phrase may hang from the verb or, as parsers often attach
            // it, from one of the verb's arguments.
            var candidates = new List<int>();
            foreach (int i in Kids(v))
            {
                if (s[i].Relation is "obl" or "obl:npmod") candidates.Add(i);
                // Not "supplying shells for its war in Ukraine": only a participant's phrase.
                if (s[i].Relation is "obj" or "obl:agent" or "nsubj:pass" || (s[i].Relation == "obl" && PrepositionOf(i) is "with" or "to" or "by"))
                    foreach (int j in Kids(i)) if (s[j].Relation == "nmod") candidates.Add(j);
            }
            foreach (int i in candidates)
            {
                if (!HasChild(i, k => s[k].Relation == "case" && Lower(k) is "in" or "at" or "near" or "inside" or "outside")) continue;
                if (Reference(i) is { Type: EntityType.Location } place) return place;
                // "outside the Russian embassy in Seoul": the place named inside the phrase.
                foreach (int j in Kids(i))
                    if (s[j].Relation == "nmod" && PrepositionOf(j) is "in" or "at" && Reference(j) is { Type: EntityType.Location } inner) return inner;
                if (NamedBy(i) is { } named) return named;
            }
            // "battled U.S. troops in a Baghdad slum district", "told a Moscow court": a place that names the phrase's noun.
            foreach (int i in Kids(v))
                if (s[i].Relation is "obj" or "iobj" or "obl" && s[i].Upos == "NOUN" && NamedBy(i) is { } named) return named;
            return null;
        }

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
            if (HasChild(v, k => s[k].Relation == "mark" && Lower(k) is "if" or "unless") || HasChild(v, k => s[k].Relation == "aux" && Lower(k) is "could" or "would" or "might" or "may"))
                return Modality.Hypothetical;
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
