using NewsNlp.Temporal;
using NewsNlp.Text;

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
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax | DocumentLayers.Roles | DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Identity;

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
        var syntax = document.SyntaxArray;
        if (syntax is null) return (result, []);
        var sentences = document.SentenceSpan;
        var index = new WordIndex(document);
        DateOnly? published = document.PublishedDay;
        var article = new Article(document, syntax, index, Model, Actors, published);
        var zones = new EventZones(document);
        var frames = FramesByWord(document);
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
                    if (clause.NominalAgent(v) is int owner and >= 0 && clause.CodeOf(v, nominal).Code is { } nominalCode)
                        BuildNominal(document, clause, v, owner, nominal, nominalCode, si, sentences[si], result);
                    // "arrives for talks with G8 ministers", "after talks with Suharto, he said": talks
                    // with someone are held by whoever the governing verb's subject is.
                    else if (TalkNouns.Contains(noun) && clause.TalksPartner(v) is int partner and >= 0 && clause.TalksHolder(v) is int holder and >= 0
                             && holder != partner && clause.CodeOf(v, nominal).Code is { } talksCode)
                        BuildNominal(document, clause, v, holder, nominal, talksCode, si, sentences[si], result, partner);
                    continue;
                }
                if (syntax[v].Upos != "VERB" || syntax[v].Lemma is null) continue;
                clause ??= new Clause(document, syntax, first, end, index, Actors, published, article);
                if (!FindVerb(clause, v, out var verb)) continue;
                var (code, reverse, mutual) = clause.CodeOf(v, verb);
                if (code is null) continue;
                Build(document, clause, v, verb, code, reverse, mutual, frames[v], si, sentences[si], zone is { Kind: ZoneKind.Headline }, result);
            }
            IntentHoldsItsAct(document, first, end, result, before);
            if (zone is { } z) MarkZone(result, before, z);
        }
        DropCredits(document, article, result);
        DatelinePlaces(document, article, result);
        if (published is { } day) FutureIsPlanned(result, day);
        IntentCodes(result);
        EventFilter.Apply(document, result);
        Model?.Scorer?.Apply(document, result);
        Model?.Classifier?.Apply(document, result);
        return (result, zones.Filter(article.Relations));
    }

    /// <summary>
    /// "Reuters - Four officers were accused ...", "... coup plot (Reuters)": the place and agency of a
    /// dateline or a credit are nobody's actor (the event goes) or target (the target goes).
    /// </summary>
    private static void DropCredits(Document d, Article article, List<NewsEvent> events)
    {
        var (start, end) = article.Dateline;
        events.RemoveAll(e => e.Actor is { } a && Credit(a));
        for (int i = 0; i < events.Count; i++)
            if (events[i].Target is { } t && Credit(t)) events[i] = events[i] with { Target = null };

        bool Credit(EntityReference r) => r.Start >= 0 && ((r.Start >= start && r.End <= end)
            || (Lexicon.IsWireAgency(r.Text) && r.Start > 0 && r.End < d.Text.Length && d.Text[r.Start - 1] == '(' && d.Text[r.End] == ')'));
    }

    /// <summary>
    /// "NAJAF, Iraq - … tanks rolled back into the streets here Sunday": a body event whose sentence names
    /// no place of its own (none but its actor and target) happened where the dateline says, unless it
    /// is a statement (said anywhere) or its target is in another country ("SEOUL - Putin will visit
    /// North Korea": a visit happens where it goes).
    /// </summary>
    private static void DatelinePlaces(Document d, Article article, List<NewsEvent> events)
    {
        int at = article.DatelinePlace;
        if (at < 0) return;
        var place = Clause.AsPlace(article.Reference(at));
        string? country = IsoOf(place);
        var (datelineStart, datelineEnd) = article.Dateline;
        var entities = d.Entities;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Place is not null || e.Zone is not (ZoneKind.Body) || e.Action.Cameo is null || e.Action.Cameo.StartsWith("01", StringComparison.Ordinal)) continue;
            if (e.Target is { } t && IsoOf(t) is { } elsewhere && elsewhere != country) continue;
            // The sentence's entities: from the first that starts in it (entities are in text order).
            int lo = 0, hi = entities.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (entities[mid].Start < e.Start) lo = mid + 1; else hi = mid;
            }
            bool other = false;
            for (int k = lo; k < entities.Count && entities[k].Start < e.End; k++)
            {
                var m = entities[k];
                if ((m.Start >= datelineStart && m.End <= datelineEnd) || m.Type != EntityType.Location) continue;
                if (Inside(m, e.Actor) || Inside(m, e.Target)) continue;
                other = true;
                break;
            }
            if (!other) events[i] = e with { Place = place };
        }

        static bool Inside(EntityMention m, EntityReference? r) => r is not null && m.Start >= r.Start && m.End <= r.End;

        static string? IsoOf(EntityReference r)
        {
            foreach (var c in r.Codes) if (c.StartsWith("iso:", StringComparison.Ordinal)) return c[4..];
            return null;
        }
    }

    /// <summary>
    /// One act, one event: "Japan pledged to provide aid to Syria", "Russia threatened to attack
    /// Ukraine" are a pledge and a threat (CAMEO's intent and threat codes name what is promised or
    /// threatened: 0333, 138), not also a provision and an attack. The infinitive's own event goes when
    /// its governing verb's event, by the same actor, carries an intent (03) or threat (13) code.
    /// </summary>
    private static void IntentHoldsItsAct(Document d, int first, int end, List<NewsEvent> events, int from)
    {
        var syntax = d.SyntaxArray!;
        var words = d.WordSpan;
        for (int i = events.Count - 1; i >= from; i--)
        {
            var e = events[i];
            int v = EventClassifier.FirstWordEndingAfter(d.Words, e.Action.Start);
            if (v >= end || words[v].Start != e.Action.Start || syntax[v].Relation != "xcomp" || syntax[v].Head is var h && h < first) continue;
            for (int k = from; k < events.Count; k++)
            {
                var o = events[k];
                if (o.Action.Start == words[h].Start && Cameo.Root(o.Action.Cameo) is "03" or "13" && EventFilter.SameName(o.Actor, e.Actor))
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// CAMEO codes a promised or offered act of material cooperation as the intent to do it (03): "Farc
    /// said it will release the sergeant" is 0353 (express intent to release persons), "Israel was
    /// willing to withdraw its troops" 0356, "Japan will provide aid" 0333. An event of root 06–08 that
    /// is planned (and not negated) takes the intent code of its act; the lemma stays. Hypothetical acts
    /// ("may spur reconciliation") keep their code, as PETRARCH-2's unit tests code them.
    /// </summary>
    private static void IntentCodes(List<NewsEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Modality is not Modality.Planned || e.Polarity != Polarity.Positive || e.Action.Cameo is not { Length: >= 3 } code) continue;
            if (IntentOf(code) is { } intent) events[i] = e with { Action = e.Action with { Cameo = intent } };
        }
    }

    /// <summary>The CAMEO 2.0 intent code of a material-cooperation code (06x → 031x, 07x → 033x, 08x → 034/035x), or null.</summary>
    internal static string? IntentOf(string code) => code[..2] switch
    {
        "06" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "031" + code[2] : "031",
        "07" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "033" + code[2] : "033",
        "08" => code.Length >= 3 ? code[2] switch
        {
            '1' => "0351", '2' => "0352", '3' => "034", '4' => "0353", '5' => "0354", '6' => "0355", '7' => "0356", _ => "035",
        } : "035",
        _ => null,
    };

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

    /// <summary>The dictionary verb at <paramref name="v"/>: a phrasal verb ("call for"), the form ("left"), else the lemma.</summary>
    private bool FindVerb(Clause c, int v, out CameoVerb verb)
    {
        string lemma = c.Syntax[v].Lemma!, form = c.Lower(v);
        if (v + 1 < c.End && c.Syntax[v + 1].Upos is "ADP" or "ADV" or "PART"
            && (Dictionary.TryGet(lemma + " " + c.Lower(v + 1), out verb) || (form != lemma && Dictionary.TryGet(form + " " + c.Lower(v + 1), out verb)))) return true;
        return Dictionary.TryGet(form, out verb) || Dictionary.TryGet(lemma, out verb);
    }


    /// <summary>
    /// A nominal event: the possessor acts ("Putin's visit to Pyongyang", "at Kim's invitation"),
    /// the target is a to/with/against/on phrase of the noun. Only named or coded possessors, so
    /// "his visit" or "the country's economy" give nothing.
    /// </summary>
    private static void BuildNominal(Document d, Clause c, int n, int owner, CameoVerb verb, string code, int sentenceIndex, Sentence sentence, List<NewsEvent> result, int partner = -1)
    {
        var actors = c.Expand(owner);
        if (actors.Count == 0 || !actors.TrueForAll(a => a.Type is not EntityType.Other || a.Codes.Count > 0)) return;
        int targetWord = partner >= 0 ? partner : c.NominalTarget(n);
        // "Putin to visit Pyongyang at Kim's invitation": whoever does what was asked is the one invited.
        if (targetWord < 0 && verb.Lemma is "invite" or "request" or "urge" && c.Syntax[n].Relation == "obl" && c.Syntax[n].Head is int head and >= 0
            && c.PrepositionOf(n) is "at" or "on" or "upon")
            targetWord = c.Subject(head);
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

    /// <summary>The semantic-role frame of each word that is a predicate (null elsewhere, or when the document has no roles layer).</summary>
    private static PredicateFrame?[] FramesByWord(Document document)
    {
        var frames = new PredicateFrame?[document.Words.Count];
        if (document.Roles is { } roles)
            foreach (var f in roles)
                if ((uint)f.Word < (uint)frames.Length) frames[f.Word] = f;
        return frames;
    }

    /// <summary>
    /// The frame's agent (ARG0, explicit or a recovered controller) and its first ARG1/ARG2 that names
    /// a known participant, as head words inside the clause; -1 where the frame has none.
    /// </summary>
    private static (int Actor, int Target) FromRoles(Clause c, PredicateFrame? frame, int first)
    {
        if (frame is null) return (-1, -1);
        int actor = frame["ARG0"] is { } a0 && a0.HeadWord >= first && a0.HeadWord < c.End ? a0.HeadWord : -1;
        int target = -1;
        foreach (var label in (ReadOnlySpan<string>)["ARG1", "ARG2"])
        {
            if (frame[label] is not { Implicit: false } arg || arg.HeadWord < first || arg.HeadWord >= c.End || arg.HeadWord == actor) continue;
            if (c.Expand(arg.HeadWord).Exists(Known)) { target = arg.HeadWord; break; }
        }
        return (actor, target);
    }

    private void Build(Document d, Clause c, int v, CameoVerb verb, string code, string? reverse, bool compoundMutual, PredicateFrame? frame, int sentenceIndex, Sentence sentence, bool headline, List<NewsEvent> result)
    {
        var s = c.Syntax;
        int subject = c.Subject(v), passiveSubject = c.Child(v, "nsubj:pass"), agent = c.Child(v, "obl:agent");
        // "Man arrested for stabbing parents", "journalists detained by police": a passive the parse reads as active.
        if (passiveSubject < 0 && c.ReducedPassiveSubject(v, headline) is int patient and >= 0)
        {
            passiveSubject = patient;
            if (agent < 0) agent = c.ObliqueWith(v, "by");
        }
        int actorWord, targetWord;
        // The role labeller reads passives, control and raising its own way ("accused Pyongyang of
        // providing": Pyongyang provides): a verb without a subject of its own takes the labeller's
        // agent before one inherited along the tree; it fills what the tree left empty, and where it
        // names another agent while the tree's names nobody known, that one is a candidate too.
        var (roleActor, roleTarget) = FromRoles(c, frame, d.WordRange(sentence).First);
        if (passiveSubject >= 0)
        {
            actorWord = agent; targetWord = passiveSubject;
            // "A man has been arrested, police said": the authority reporting an arrest or a release made it.
            if (actorWord < 0 && (Cameo.Root(code) == "17" || code.StartsWith("084", StringComparison.Ordinal))) actorWord = c.ReportingAuthority(v);
        }
        else
        {
            actorWord = subject >= 0 ? subject : roleActor >= 0 && c.IsSomeone(roleActor, named: false) ? roleActor : c.InheritedSubject(v);
            if (actorWord < 0) actorWord = c.SubjectBefore(v);
            // "Ethiopia indicated it would ...", "Russia said it will ...": "it" is the speaker.
            actorWord = c.SpeakerFor(actorWord, v);
            actorWord = AgentOfActNoun(c, actorWord);
            targetWord = c.TargetOf(v);
        }
        int alternativeActor = -1;
        // Not the labeller's agent where it is the passive's own subject ("Man arrested for ...").
        if (actorWord < 0 && roleActor != passiveSubject) actorWord = roleActor;
        else if (roleActor >= 0 && roleActor != actorWord) alternativeActor = roleActor;
        if (targetWord < 0 && roleTarget != actorWord) targetWord = roleTarget;
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
            // "held a private meeting with senior union figures": the with-phrase is the target, never the act itself.
            if (c.TalksPartner(noun) is int partner and >= 0) targetWord = partner;
            else if (targetWord == noun) targetWord = -1;
            if (nounLemma is "visit" or "trip" or "tour") place ??= Destination();
        }
        // "Powell visited the West Bank", "paid a visit to Washington": a visit happens where it goes.
        if (verb.Lemma is "visit" or "tour") place ??= Destination();
        place ??= c.FallbackPlace(frame, targetWord >= 0 ? targetWord : c.Child(v, "obj"), actorWord);
        var reverseAction = reverse is null || !ReverseEvents || compoundMutual ? null : action with { Cameo = reverse };

        // "Russia and China blocked ... Japan and India": one event per coordinated actor and target,
        // and per actor of a coordinated modifier ("the ambassadors of Arnor and Gondor").
        var targets = targetWord >= 0 ? c.Expand(targetWord) : [];
        // "attacked a police headquarters in eastern Afghanistan": the target's span is the object phrase that names it.
        if (targets.Count == 1 && c.ObjectPhrase(v, targetWord) is var (start, end) && start <= targets[0].Start && end >= targets[0].End)
            targets[0] = targets[0] with { Start = start, End = end, Text = d.Text[start..end] };
        // "condemned terrorist attacks in Tehran": an act's target is the name inside it.
        else if (targets.Count == 1 && c.NamedInsideAct(targetWord) is var (inStart, inEnd) && inStart >= targets[0].Start && inEnd <= targets[0].End)
            targets[0] = targets[0] with { Start = inStart, End = inEnd, Text = d.Text[inStart..inEnd] };
        if (targets.Count == 0) targets.Add(null!);
        var actors = actorWord >= 0 ? c.Expand(actorWord) : [];
        // A second agent only where the tree's names nobody: two actors for one act would be two events.
        if (alternativeActor >= 0 && !actors.Exists(Known))
            foreach (var other in c.Expand(alternativeActor))
                if (Known(other) && !actors.Exists(a => a.Start == other.Start) && !targets.Exists(t => t is not null && t.Start == other.Start)) actors.Add(other);
        if (actors.Count == 0) actors.Add(null!);
        // "India and Pakistan agreed to ...", "Gondor and Osgiliath renewed ties": coordinated actors of a
        // joint act with no one else as target act on each other. One act is one event (the first actor
        // towards the others); with reverse events on, every direction, as PETRARCH codes it.
        // A pattern written for a compound subject ("% * [030:030]": "The Philippines and France agree
        // that ...") says so whatever else the clause names.
        // A place or topic the joint act is about is no third party: "India and Pakistan agreed to a
        // cease-fire along their border in Kashmir", "Armenia and Azerbaijan agreed to a ceasefire in
        // their conflict over Nagorno Karabakh".
        bool mutual = actors.Count >= 2 && (compoundMutual || (Reciprocal(code) && (targets.TrueForAll(t => !Known(t)) || c.IsSetting(targetWord))))
            && actors.TrueForAll(Known) && Distinct(actors);
        bool meeting = MeetingLemmas.Contains(action.Lemma);
        foreach (var actor in actors)
        {
            if (mutual && !ReverseEvents && actor.Start != actors[0].Start) continue;
            foreach (var target in mutual ? actors.Where(a => a.Start != actor.Start) : targets)
            {
                // Precision first: no actor, no event, unless the clause is passive ("five people were killed").
                if (actor is null && (target is null || passiveSubject < 0)) continue;
                double confidence = 0.5 + (Known(actor) ? 0.2 : 0) + (target is not null ? 0.15 : 0) + (modality == Modality.Asserted ? 0.1 : 0);
                confidence = Math.Round(Math.Min(confidence, 0.95), 2);
                result.Add(new NewsEvent(actor, action, target, date, place, polarity, modality, confidence, sentenceIndex, sentence.Start, sentence.End)
                {
                    Reciprocal = mutual || (meeting && Known(actor) && Known(target)),
                });
                // "[032:033]": "X left for Y for talks" is also Y hosting X.
                if (reverseAction is not null && actor is not null && target is not null)
                    result.Add(new NewsEvent(target, reverseAction, actor, date, place, polarity, modality, confidence, sentenceIndex, sentence.Start, sentence.End));
            }
        }

        EntityReference? Destination() => targetWord >= 0 && c.Reference(targetWord) is { Type: EntityType.Location } to ? Clause.AsPlace(to) : null;
    }

    /// <summary>
    /// "Israeli air strikes killed five people", "the attack by rebels left ten dead": an act named as
    /// the subject does nothing itself; whoever does that act (<see cref="Clause.NominalAgent"/>) is the
    /// actor, and where the phrase names nobody there is none.
    /// </summary>
    private static int AgentOfActNoun(Clause c, int w)
    {
        var s = c.Syntax;
        if (w < 0 || s[w].Upos != "NOUN" || s[w].Lemma is not { } lemma) return w;
        return ActNouns.Contains(lemma) || Nominalizations.ContainsKey(lemma) ? c.NominalAgent(w) : w;
    }

    /// <summary>CAMEO roots of acts two parties do together: intent to cooperate, consultation, diplomatic and material cooperation, fighting.</summary>
    private static bool Reciprocal(string code) => Cameo.Root(code) is "03" or "04" or "05" or "06" or "19";

    /// <summary>Whether the references come from at least two different phrases (not one phrase with several codes).</summary>
    private static bool Distinct(List<EntityReference> actors)
    {
        foreach (var a in actors)
            if (a.Start != actors[0].Start) return true;
        return false;
    }

    private static bool Known(EntityReference? r) => r is not null && (r.Type is not EntityType.Other || r.Codes.Count > 0);
}
