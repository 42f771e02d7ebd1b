using System.Collections.ObjectModel;

namespace NewsNlp;

/// <summary>
/// One article: its unchanged text plus annotation layers that are offsets into that text.
/// </summary>
/// <remarks>
/// <para>All offsets in NewsNlp are UTF-16 code units into <see cref="Text"/> (the unit of
/// <see cref="string"/> indexing), with an exclusive end: <c>Text[Start..End]</c> is the span.</para>
/// <para>Each layer is written once, by the stage that owns it (<c>Set...</c> throws when a layer
/// is written twice). Reading a document from several threads is safe once processing is done;
/// writing is for pipeline stages and is not synchronised.</para>
/// </remarks>
public sealed class Document
{
    private Token[] _tokens = [];
    private Word[] _words = [];
    private Sentence[] _sentences = [];
    private WordSyntax[]? _syntax;
    private EntityMention[] _entities = [];
    private TemporalValue[] _dates = [];
    private Relation[] _relations = [];
    private NewsEvent[] _events = [];
    private Zone[] _zones = [];
    private PredicateFrame[] _roles = [];
    private EntityCluster[] _clusters = [];
    // One read-only view per layer, made when the layer is written (layers are written once).
    private ReadOnlyCollection<Token> _tokensView = ReadOnlyCollection<Token>.Empty;
    private ReadOnlyCollection<Word> _wordsView = ReadOnlyCollection<Word>.Empty;
    private ReadOnlyCollection<Sentence> _sentencesView = ReadOnlyCollection<Sentence>.Empty;
    private ReadOnlyCollection<EntityMention> _entitiesView = ReadOnlyCollection<EntityMention>.Empty;
    private ReadOnlyCollection<TemporalValue> _datesView = ReadOnlyCollection<TemporalValue>.Empty;
    private ReadOnlyCollection<Relation> _relationsView = ReadOnlyCollection<Relation>.Empty;
    private ReadOnlyCollection<NewsEvent> _eventsView = ReadOnlyCollection<NewsEvent>.Empty;
    private ReadOnlyCollection<WordSyntax>? _syntaxView;
    private ReadOnlyCollection<ClauseTense>? _tensesView;
    private ReadOnlyCollection<Zone> _zonesView = ReadOnlyCollection<Zone>.Empty;
    private ReadOnlyCollection<PredicateFrame> _rolesView = ReadOnlyCollection<PredicateFrame>.Empty;
    private ReadOnlyCollection<EntityCluster> _clustersView = ReadOnlyCollection<EntityCluster>.Empty;
    private ReadOnlyCollection<EntityIdentity> _identitiesView = ReadOnlyCollection<EntityIdentity>.Empty;
    private ReadOnlyCollection<EntityIdentity> _clusterIdentitiesView = ReadOnlyCollection<EntityIdentity>.Empty;

    /// <summary>Creates a document over <paramref name="text"/>.</summary>
    /// <param name="text">The article text; kept unchanged.</param>
    /// <param name="published">Publish date, against which relative dates are resolved; null when unknown.</param>
    /// <param name="id">Caller's document id, carried to the output; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(string text, DateTimeOffset? published = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Published = published;
        Id = id;
    }

    /// <summary>The unchanged article text.</summary>
    public string Text { get; }

    /// <summary>The publish date, or null when unknown.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The publish date's calendar day (in its own offset), or null when unknown: what relative dates resolve against.</summary>
    internal DateOnly? PublishedDay => Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;

    /// <summary>The caller's document id, or null.</summary>
    public string? Id { get; }

    /// <summary>
    /// The web page the text was extracted from (title, byline, language, warnings), when the document
    /// came from HTML (<see cref="Pipeline.NewsPipeline.ProcessHtml(string, DateTimeOffset?, string?, string?, CancellationToken)"/>); null for plain text.
    /// </summary>
    public Html.WebPage? Page { get; init; }

    /// <summary>The layers written so far.</summary>
    public DocumentLayers Layers { get; private set; }

    /// <summary>The blocks of the text (headline, body, furniture ...) in text order; empty before zoning.</summary>
    public ReadOnlyCollection<Zone> Zones => _zonesView;

    /// <summary>Zones as a span, for hot loops.</summary>
    public ReadOnlySpan<Zone> ZoneSpan => _zones;

    /// <summary>The text of a zone.</summary>
    public string GetText(Zone zone) => Text.Substring(zone.Start, zone.Length);

    /// <summary>Surface tokens in text order.</summary>
    public ReadOnlyCollection<Token> Tokens => _tokensView;

    /// <summary>Syntactic words in text order; each belongs to one token.</summary>
    public ReadOnlyCollection<Word> Words => _wordsView;

    /// <summary>Sentences in text order.</summary>
    public ReadOnlyCollection<Sentence> Sentences => _sentencesView;

    /// <summary>Grammatical annotation per word (same indexes as <see cref="Words"/>), or null before the syntax stages.</summary>
    public ReadOnlyCollection<WordSyntax>? Syntax => _syntaxView;

    /// <summary>The syntax layer's own array, for stages that index it word by word (no interface call per access); never to be written.</summary>
    internal WordSyntax[]? SyntaxArray => _syntax;

    /// <summary>
    /// Part of the syntax layer: per word, the direction in time of its clause (the verb that governs
    /// it: "will visit", "met", "is set to visit"), worked out once by the syntax stage and read by the
    /// date and event stages. Null when the syntax layer was written without it.
    /// </summary>
    public ReadOnlyCollection<ClauseTense>? Tenses => _tensesView;

    /// <summary>Entity mentions in text order.</summary>
    public ReadOnlyCollection<EntityMention> Entities => _entitiesView;

    /// <summary>
    /// Entities found by coreference: each groups the mentions (names, role nouns, pronouns) of one
    /// person, organisation, place or thing, in order of first mention; entities mentioned once are
    /// not listed. Empty before the coreference stage.
    /// </summary>
    public ReadOnlyCollection<EntityCluster> EntityClusters => _clustersView;

    /// <summary>
    /// Who each entity mention is (same indexes as <see cref="Entities"/>): canonical name, codes and
    /// place, decided by the identity stage for the whole article ("Putin" is "Vladimir Putin",
    /// RUSGOV). Empty before the identity stage; <see cref="EntityIdentity.None"/> for a mention nothing is known of.
    /// </summary>
    public ReadOnlyCollection<EntityIdentity> Identities => _identitiesView;

    /// <summary>
    /// Who each coreference entity is (same indexes as <see cref="EntityClusters"/>): the canonical
    /// name, codes and place its names agree on. Empty before the identity stage.
    /// </summary>
    public ReadOnlyCollection<EntityIdentity> ClusterIdentities => _clusterIdentitiesView;

    /// <summary>Resolved dates and times in text order.</summary>
    public ReadOnlyCollection<TemporalValue> Dates => _datesView;

    /// <summary>Relations between entities.</summary>
    public ReadOnlyCollection<Relation> Relations => _relationsView;

    /// <summary>Events.</summary>
    public ReadOnlyCollection<NewsEvent> Events => _eventsView;

    /// <summary>Predicates with their semantic roles, in text order of the predicates; empty before the roles stage.</summary>
    public ReadOnlyCollection<PredicateFrame> Roles => _rolesView;

    /// <summary>Tokens as a span, for hot loops.</summary>
    public ReadOnlySpan<Token> TokenSpan => _tokens;

    /// <summary>Words as a span, for hot loops.</summary>
    public ReadOnlySpan<Word> WordSpan => _words;

    /// <summary>Sentences as a span, for hot loops.</summary>
    public ReadOnlySpan<Sentence> SentenceSpan => _sentences;

    /// <summary>The text of a token.</summary>
    public string GetText(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a word.</summary>
    public string GetText(Word word) => Text.Substring(word.Start, word.Length);

    /// <summary>The text of a sentence.</summary>
    public string GetText(Sentence sentence) => Text.Substring(sentence.Start, sentence.End - sentence.Start);

    /// <summary>The words of <paramref name="sentence"/>: indices <c>First</c> to <c>End - 1</c> in <see cref="Words"/>.</summary>
    public (int First, int End) WordRange(Sentence sentence)
    {
        if (sentence.TokenCount == 0) return (0, 0);
        var first = _tokens[sentence.FirstToken];
        var last = _tokens[sentence.EndToken - 1];
        return (first.FirstWord, last.FirstWord + last.WordCount);
    }

    /// <summary>Writes the zone layer. Called by the zoning stage; the array is taken over, not copied.</summary>
    /// <exception cref="InvalidOperationException">The layer was already written.</exception>
    /// <exception cref="ArgumentException">A zone is empty, out of order, overlaps another or lies outside
    /// the text, or a <see cref="Zone.RepeatOf"/> does not point at an earlier zone.</exception>
    public void SetZones(Zone[] zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        Claim(DocumentLayers.Zones);
        int previousEnd = 0;
        for (int i = 0; i < zones.Length; i++)
        {
            var z = zones[i];
            if (z.Start < previousEnd || z.End <= z.Start || z.End > Text.Length)
                throw new ArgumentException($"Zone [{z.Start}..{z.End}) is empty, out of order, overlapping or outside the text.", nameof(zones));
            if (z.RepeatOf < -1 || z.RepeatOf >= i)
                throw new ArgumentException($"Zone {i} repeats zone {z.RepeatOf}, which is not an earlier zone.", nameof(zones));
            if (!Enum.IsDefined(z.Kind))
                throw new ArgumentException($"Zone {i} has an unknown kind {(int)z.Kind}.", nameof(zones));
            previousEnd = z.End;
        }
        _zones = zones;
        _zonesView = Array.AsReadOnly(zones);
        Layers |= DocumentLayers.Zones;
    }

    /// <summary>Writes the token layer. Called by the tokenizer stage; the arrays are taken over, not copied.</summary>
    /// <exception cref="InvalidOperationException">The layer was already written.</exception>
    /// <exception cref="ArgumentException">An offset lies outside the text or the arrays disagree.</exception>
    public void SetTokens(Token[] tokens, Word[] words)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(words);
        Claim(DocumentLayers.Tokens);
        int wordTotal = 0;
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            if (t.Start < previousEnd || t.End <= t.Start || t.End > Text.Length)
                throw new ArgumentException($"Token [{t.Start}..{t.End}) is empty, out of order or outside the text.", nameof(tokens));
            if (t.FirstWord != wordTotal || t.WordCount < 1)
                throw new ArgumentException("Tokens must cover the words in order, one or more each.", nameof(tokens));
            wordTotal += t.WordCount;
            previousEnd = t.End;
        }
        if (wordTotal != words.Length)
            throw new ArgumentException("The tokens' word counts do not add up to the number of words.", nameof(words));
        _tokens = tokens;
        _tokensView = Array.AsReadOnly(tokens);
        _words = words;
        _wordsView = Array.AsReadOnly(words);
        Layers |= DocumentLayers.Tokens;
    }

    /// <summary>Writes the sentence layer. Called by the sentence splitter.</summary>
    /// <exception cref="InvalidOperationException">The layer was already written, or tokens were not.</exception>
    public void SetSentences(Sentence[] sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Require(DocumentLayers.Tokens);
        Claim(DocumentLayers.Sentences);
        int next = 0;
        foreach (var s in sentences)
        {
            if (s.FirstToken != next || s.TokenCount < 1 || s.EndToken > _tokens.Length)
                throw new ArgumentException("Sentences must cover the tokens in order without gaps.", nameof(sentences));
            next = s.EndToken;
        }
        if (next != _tokens.Length)
            throw new ArgumentException("Sentences must cover every token.", nameof(sentences));
        _sentences = sentences;
        _sentencesView = Array.AsReadOnly(sentences);
        Layers |= DocumentLayers.Sentences;
    }

    /// <summary>Writes the syntax layer: one entry per word.</summary>
    public void SetSyntax(WordSyntax[] syntax) => SetSyntax(syntax, null);

    /// <summary>Writes the syntax layer with each word's clause tense (<see cref="Tenses"/>): one entry per word in each.</summary>
    public void SetSyntax(WordSyntax[] syntax, ClauseTense[]? tenses)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        Require(DocumentLayers.Tokens);
        if (syntax.Length != _words.Length)
            throw new ArgumentException("The syntax layer needs one entry per word.", nameof(syntax));
        if (tenses is not null && tenses.Length != _words.Length)
            throw new ArgumentException("The tense layer needs one entry per word.", nameof(tenses));
        Claim(DocumentLayers.Syntax);
        _syntax = syntax;
        _syntaxView = Array.AsReadOnly(syntax);
        _tensesView = tenses is null ? null : Array.AsReadOnly(tenses);
        Layers |= DocumentLayers.Syntax;
    }

    /// <summary>Writes the entity layer. Mentions are stored sorted by start, then by end.</summary>
    public void SetEntities(EntityMention[] entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Claim(DocumentLayers.Entities);
        foreach (var e in entities)
            if (e.End > Text.Length || e.Text.Length != e.End - e.Start)
                throw new ArgumentException($"Entity [{e.Start}..{e.End}) lies outside the text.", nameof(entities));
        Array.Sort(entities, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _entities = entities;
        _entitiesView = Array.AsReadOnly(entities);
        Layers |= DocumentLayers.Entities;
    }

    /// <summary>Writes the resolved-date layer (kept in text order, as entities are).</summary>
    public void SetDates(TemporalValue[] dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Claim(DocumentLayers.Dates);
        bool sorted = true;
        for (int i = 0; i < dates.Length; i++)
        {
            var t = dates[i] ?? throw new ArgumentException($"Date {i} is null.", nameof(dates));
            if (t.Start < 0 || t.End < t.Start || t.End > Text.Length)
                throw new ArgumentException($"Date [{t.Start}..{t.End}) lies outside the text.", nameof(dates));
            if (i > 0 && CompareSpans(dates[i - 1], t) > 0) sorted = false;
        }
        // Stable, so that of two values for one span the first stays first (DateOf returns it).
        if (!sorted) dates = dates.Order(Comparer<TemporalValue>.Create(CompareSpans)).ToArray();
        _dates = dates;
        _datesView = Array.AsReadOnly(dates);
        Layers |= DocumentLayers.Dates;
    }

    /// <summary>
    /// The resolved value of the date mention at exactly [<paramref name="start"/>, <paramref name="end"/>)
    /// (a DATE/TIME entity's span), or null. A binary search: O(log n) per lookup.
    /// </summary>
    public TemporalValue? DateAt(int start, int end)
    {
        var dates = _dates;
        int lo = 0, hi = dates.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            var t = dates[mid];
            if (t.Start < start || (t.Start == start && t.End < end)) lo = mid + 1;
            else hi = mid;
        }
        return lo < dates.Length && dates[lo].Start == start && dates[lo].End == end ? dates[lo] : null;
    }

    /// <summary>The zone that holds the character at <paramref name="offset"/>, or null (no zones, or between blocks). O(log n).</summary>
    public Zone? ZoneAt(int offset)
    {
        var zones = _zones;
        int lo = 0, hi = zones.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (zones[mid].End <= offset) lo = mid + 1;
            else if (zones[mid].Start > offset) hi = mid - 1;
            else return zones[mid];
        }
        return null;
    }

    private static int CompareSpans(TemporalValue a, TemporalValue b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);

    /// <summary>Writes the relation layer.</summary>
    public void SetRelations(Relation[] relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        Claim(DocumentLayers.Relations);
        _relations = relations;
        _relationsView = Array.AsReadOnly(relations);
        Layers |= DocumentLayers.Relations;
    }

    /// <summary>Writes the coreference layer. Called by the coreference stage; the array is taken over, not copied.</summary>
    /// <exception cref="InvalidOperationException">The layer was already written.</exception>
    /// <exception cref="ArgumentException">A mention lies outside the text.</exception>
    public void SetEntityClusters(EntityCluster[] clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        Claim(DocumentLayers.Coreference);
        foreach (var c in clusters)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(clusters));
            foreach (var m in c.Mentions)
                if (m.End > Text.Length)
                    throw new ArgumentException($"Mention [{m.Start}..{m.End}) lies outside the text.", nameof(clusters));
        }
        _clusters = clusters;
        _clustersView = Array.AsReadOnly(clusters);
        var index = new List<(int Start, int End, int Id)>();
        foreach (var c in clusters)
            foreach (var m in c.Mentions) index.Add((m.Start, m.End, c.Id));
        index.Sort();
        _clusterIndex = [.. index];
        Layers |= DocumentLayers.Coreference;
    }

    private (int Start, int End, int Id)[] _clusterIndex = [];

    /// <summary>Writes the identity layer. Called by the identity stage; the arrays are taken over, not copied.</summary>
    /// <param name="mentions">One identity per entity mention (same indexes as <see cref="Entities"/>).</param>
    /// <param name="clusters">One identity per coreference entity (same indexes as <see cref="EntityClusters"/>).</param>
    /// <exception cref="InvalidOperationException">The layer was already written.</exception>
    /// <exception cref="ArgumentException">An array's length differs from its layer's, or holds null.</exception>
    public void SetIdentities(EntityIdentity[] mentions, EntityIdentity[] clusters)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(clusters);
        if (mentions.Length != _entities.Length)
            throw new ArgumentException($"{mentions.Length} identities for {_entities.Length} entity mentions.", nameof(mentions));
        if (clusters.Length != _clusters.Length)
            throw new ArgumentException($"{clusters.Length} identities for {_clusters.Length} coreference entities.", nameof(clusters));
        if (Array.IndexOf(mentions, null) >= 0) throw new ArgumentException("An identity is null.", nameof(mentions));
        if (Array.IndexOf(clusters, null) >= 0) throw new ArgumentException("An identity is null.", nameof(clusters));
        Claim(DocumentLayers.Identity);
        _identitiesView = Array.AsReadOnly(mentions);
        _clusterIdentitiesView = Array.AsReadOnly(clusters);
        Layers |= DocumentLayers.Identity;
    }

    /// <summary>
    /// The id of the entity (<see cref="EntityCluster.Id"/>) a span refers to: the cluster with a
    /// mention that ends where the span ends (English noun phrases end in their head: "Russian
    /// President Vladimir Putin" for "Vladimir Putin", but not for "Russian"), else with a mention
    /// inside the span; null when there is none or no coreference layer.
    /// </summary>
    public int? ClusterOf(int start, int end)
    {
        var index = _clusterIndex;
        // The mentions starting before `end`, nearest first; mentions nest at most a few deep.
        int lo = 0, hi = index.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (index[mid].Start < end) lo = mid + 1;
            else hi = mid;
        }
        int best = -1, bestRank = 0;
        for (int k = lo - 1, seen = 0; k >= 0 && seen < 16; k--, seen++)
        {
            var (s, e, id) = index[k];
            int rank = e == end && s < end ? 2 : s >= start && e <= end ? 1 : 0;
            if (rank > bestRank) (best, bestRank) = (id, rank);
        }
        return best >= 0 ? best : null;
    }

    /// <summary>Writes the event layer.</summary>
    public void SetEvents(NewsEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Claim(DocumentLayers.Events);
        _events = events;
        _eventsView = Array.AsReadOnly(events);
        Layers |= DocumentLayers.Events;
    }

    /// <summary>Writes the semantic-role layer (predicates in text order). The array is taken over, not copied.</summary>
    /// <exception cref="ArgumentException">A predicate or argument lies outside the words or the text.</exception>
    public void SetRoles(PredicateFrame[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        Require(DocumentLayers.Tokens);
        Claim(DocumentLayers.Roles);
        foreach (var p in roles)
        {
            if (p is null || (uint)p.Word >= (uint)_words.Length || p.End > Text.Length || p.Start > p.End)
                throw new ArgumentException("A predicate is null or lies outside the words.", nameof(roles));
            foreach (var a in p.Arguments)
                if (a is null || a.FirstWord < 0 || a.EndWord > _words.Length || a.FirstWord >= a.EndWord || a.End > Text.Length || a.Start > a.End)
                    throw new ArgumentException($"An argument of the predicate at word {p.Word} lies outside the words.", nameof(roles));
        }
        _roles = roles;
        _rolesView = Array.AsReadOnly(roles);
        Layers |= DocumentLayers.Roles;
    }

    private void Claim(DocumentLayers layer)
    {
        if ((Layers & layer) != 0)
            throw new InvalidOperationException($"The {layer} layer of this document was already written; each layer is written once, by the stage that owns it.");
    }

    private void Require(DocumentLayers layer)
    {
        if ((Layers & layer) == 0)
            throw new InvalidOperationException($"The {layer} layer must be written first.");
    }
}
