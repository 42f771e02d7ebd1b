using System.Runtime.CompilerServices;
namespace NewsNlp.Events;

public sealed partial class EventExtractor
{
    /// <summary>Role nouns of person–role–organisation relations and of nominal mentions ("the Russian leader").</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "president", "minister", "leader", "chancellor", "king", "queen", "prince", "premier", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "ambassador", "envoy", "general", "commander", "chief", "ceo", "chairman", "chairwoman",
        "director", "governor", "mayor", "senator", "lawmaker", "official", "diplomat", "head", "founder", "dictator", "emperor",
        "pope", "cardinal", "monarch", "chair", "expert", "professor", "analyst", "researcher", "adviser", "advisor", "economist",
    };

    /// <summary>Roles a "the Russian leader" may stand for.</summary>
    private static readonly HashSet<string> Leaders = new(StringComparer.Ordinal) { "leader", "president", "premier", "minister", "chancellor", "king", "queen", "monarch", "emperor", "dictator", "chairman" };

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her" };

    /// <summary>
    /// What the event stage knows about a whole article: per entity mention its canonical name and
    /// codes (mentions of one person share them: "Vladimir Putin" … "Putin"), the roles people hold
    /// ("Russian President Vladimir Putin": Putin, president, Russia), and the article's relations.
    /// </summary>
    private sealed class Article
    {
        private readonly Document d;
        private readonly WordSyntax[] s;
        private readonly WordIndex index;
        private readonly EventModel? model;
        private readonly ActorDictionary? actors;
        private readonly DateOnly? date;
        private readonly IReadOnlyList<EntityIdentity> identities;
        private readonly List<(int Person, string Role, string? Iso, int Org)> roles = [];

        public List<Relation> Relations { get; } = [];

        /// <summary>
        /// The date of the article's dateline: a calendar date in a dateline zone, or at the head of the
        /// first body block before its dash ("BRUSSELS, Dec 14 - ..."); null when there is none.
        /// </summary>
        public TemporalValue? DatelineDate => (_dateline ??= new StrongBox<TemporalValue?>(
            FirstInDateline(d.Dates.Count, i => (d.Dates[i].Start, d.Dates[i].End), i => d.Dates[i].Kind == TemporalKind.Date) is int at and >= 0 ? d.Dates[at] : null)).Value;

        private StrongBox<TemporalValue?>? _dateline;

        /// <summary>
        /// The place of the article's dateline ("NAJAF, Iraq - …", "BRUSSELS, Dec 14 - …"): the index of the
        /// first place name in a dateline zone, or at the head of the first body block before its dash; -1 when none.
        /// </summary>
        public int DatelinePlace => (_datelinePlace ??= new StrongBox<int>(
            FirstInDateline(d.Entities.Count, e => (d.Entities[e].Start, d.Entities[e].End), e => d.Entities[e].Type == EntityType.Location))).Value;

        private StrongBox<int>? _datelinePlace;

        /// <summary>
        /// The dateline's span: a dateline zone, or the head of the first body block up to its dash when
        /// it reads like one ("NAJAF, Iraq -", "Reuters -"); empty (0, 0) when the article has none.
        /// </summary>
        public (int Start, int End) Dateline => _datelineSpan ??= FindDatelineSpan();

        private (int Start, int End)? _datelineSpan;

        private (int Start, int End) FindDatelineSpan()
        {
            foreach (var z in d.Zones)
                if (z.Kind == ZoneKind.Dateline) return (z.Start, z.End);
            var (body, limit) = BodyHead;
            return body is { } head && limit > head.Start && LooksLikeDateline(head.Start, limit) ? (head.Start, limit) : (0, 0);
        }

        /// <summary>The first body block and where its head ends at a dateline dash (the block's start when it has none).</summary>
        private (Zone? Body, int Limit) BodyHead => _bodyHead ??= FindBodyHead();

        private (Zone? Body, int Limit)? _bodyHead;

        private (Zone? Body, int Limit) FindBodyHead()
        {
            foreach (var z in d.Zones)
                if (z.Kind == ZoneKind.Body) return (z, DatelineDash(z.Start, Math.Min(z.End, z.Start + 60)));
            return (null, 0);
        }

        /// <summary>
        /// The index of the first of <paramref name="count"/> spans (dates or entities, in text order) that
        /// <paramref name="wanted"/> accepts inside the dateline: in a dateline zone before the first body
        /// block, or in that block's head up to its dash; -1 when there is none. The first body block bounds the search.
        /// </summary>
        private int FirstInDateline(int count, Func<int, (int Start, int End)> span, Func<int, bool> wanted)
        {
            var (body, limit) = BodyHead;
            for (int i = 0; i < count; i++)
            {
                var (start, end) = span(i);
                if (body is { } first && start >= first.Start)
                {
                    if (end > limit) return -1;
                    if (wanted(i)) return i;
                    continue;
                }
                if (wanted(i) && d.ZoneAt(start) is { Kind: ZoneKind.Dateline } zone && end <= zone.End) return i;
            }
            return -1;
        }

        /// <summary>Whether the text before a block's dash reads as a dateline: at most six words, each capitalised, a number or punctuation ("NAJAF, Iraq", "BAGHDAD (Reuters)", "BRUSSELS, Dec 14").</summary>
        private bool LooksLikeDateline(int start, int end)
        {
            var words = d.Text.AsSpan(start, end - start).Trim();
            int count = 0;
            foreach (var range in words.SplitAny(' ', '\n', '\t'))
            {
                var w = words[range].Trim("(),.");
                if (w.IsEmpty) continue;
                if (++count > 6 || !(char.IsUpper(w[0]) || char.IsDigit(w[0]))) return false;
            }
            return count > 0;
        }

        /// <summary>Where the dash of a dateline ends the head of a body block, or the block's start when it has none.</summary>
        private int DatelineDash(int start, int end)
        {
            for (int i = start + 1; i + 1 < end; i++)
                if (d.Text[i] is '-' or '\u2013' or '\u2014' && d.Text[i - 1] == ' ' && d.Text[i + 1] == ' ') return i;
            return start;
        }

        /// <summary>Nouns of gatherings that happen somewhere: a later "the G7 meeting taking place in London" places "attends the G7 meeting".</summary>
        // Case-insensitive: the tagger gives a capitalised name its own lemma ("the Court of Appeals").
        private static readonly HashSet<string> GatheringNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "meeting", "summit", "talks", "conference", "negotiations", "session", "forum", "ceremony", "rally", "congress", "convention",
            "court", "trial", "hearing",
        };

        private Dictionary<string, int>? _gatheringPlaces;

        /// <summary>
        /// The word of the first place the article names for a gathering noun of this lemma ("a meeting in
        /// London", "the meeting taking place in London"), or -1: a place entity hanging from the noun by
        /// "in"/"at", or from a participle or relative clause on it.
        /// </summary>
        public int GatheringPlace(string lemma)
        {
            if (!GatheringNouns.Contains(lemma)) return -1;
            _gatheringPlaces ??= FindGatheringPlaces();
            return _gatheringPlaces.GetValueOrDefault(lemma, -1);
        }

        private Dictionary<string, int> FindGatheringPlaces()
        {
            var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int w = 0; w < s.Length; w++)
            {
                if (s[w].Upos is not ("NOUN" or "PROPN") || s[w].Lemma is not { } lemma || !GatheringNouns.Contains(lemma) || found.ContainsKey(lemma)) continue;
                int at = -1, named = -1;
                foreach (int k in index.Children(w))
                {
                    // "the G7 meeting in London", "the meeting taking place in London"; else "a Moscow court", "the New York trial".
                    if (s[k].Relation == "nmod") at = PlaceWord(k);
                    else if (s[k].Relation is "acl" or "acl:relcl")
                    {
                        foreach (int j in index.Children(k))
                            if (s[j].Relation == "obl" && (at = PlaceWord(j)) >= 0) break;
                    }
                    else if (s[k].Relation == "compound" && k < w && named < 0 && IsPlaceName(k)) named = k;
                    if (at >= 0) break;
                }
                if (at < 0) at = named;
                if (at >= 0) found[lemma] = at;
            }
            return found;
        }

        private bool IsPlaceName(int w) => index.Entity[w] is int e and >= 0 && d.Entities[e].Type == EntityType.Location;

        /// <summary>The word itself when it is a place name introduced by "in" or "at", else -1.</summary>
        private int PlaceWord(int w) => index.PrepositionOf(w) is "in" or "at" && IsPlaceName(w) ? w : -1;

        public Article(Document document, WordSyntax[] syntax, WordIndex index, EventModel? model, ActorDictionary? actors, DateOnly? date)
        {
            d = document;
            s = syntax;
            this.index = index;
            this.model = model;
            this.actors = actors;
            this.date = date;
            // Who each mention is comes from the identity layer; a document processed without it (a
            // direct call of Extract) gets the same identities worked out here by the same code.
            identities = d.Layers.HasFlag(DocumentLayers.Identity) ? d.Identities : MentionIdentities.All(d, model, actors);
            FindRelations();
        }

        private void AddIso(List<string> list) => MentionIdentities.AddIso(list, model);

        /// <summary>The English name of a bare country code ("PRK" → North Korea), for canonical names.</summary>
        public string? CountryName(string code) => MentionIdentities.CountryName(code, model);

        /// <summary>A reference for entity mention <paramref name="e"/>, with its canonical name, codes and place.</summary>
        public EntityReference Reference(int e)
        {
            var m = d.Entities[e];
            return Enrich(new EntityReference(m.Start, m.End, m.Text, m.Type, identities[e].Canonical, [.. identities[e].Codes]), e);
        }

        /// <summary>Adds what the article knows about entity mention <paramref name="e"/> (canonical name, codes, place) to a reference.</summary>
        public EntityReference Enrich(EntityReference r, int e)
        {
            if (e < 0)
            {
                var own = r.Codes.ToList();
                AddIso(own);
                return own.Count == r.Codes.Count ? r : r with { Codes = own };
            }
            var extra = identities[e].Codes.Where(c => !r.Codes.Contains(c)).ToArray();
            // Phrase-level actor codes ("Russian President Vladimir Putin" → RUSGOV) win over the mention's own,
            // but not over a place the article resolved from the mention alone ("Birmingham" in Alabama is not GBR).
            var kept = r.Codes;
            if (identities[e].Geo is not null && r.Start == d.Entities[e].Start && r.End == d.Entities[e].End)
            {
                kept = r.Codes.Where(c => !c.StartsWith("cameo:", StringComparison.Ordinal) && !c.StartsWith("iso:", StringComparison.Ordinal) && !c.StartsWith("geonames:", StringComparison.Ordinal)).ToArray();
                extra = identities[e].Codes.Where(c => !kept.Contains(c)).ToArray();
            }
            else if (r.Codes.Any(c => c.StartsWith("cameo:", StringComparison.Ordinal))) extra = extra.Where(c => !c.StartsWith("cameo:", StringComparison.Ordinal)).ToArray();
            var list = kept.Concat(extra).ToList();
            AddIso(list);
            // The place found for the mention once (AddPlace); pronoun and title references are people.
            var place = r.Type == EntityType.Location ? identities[e].Geo : null;
            return r with { Canonical = identities[e].Canonical ?? r.Canonical, Codes = list, Geo = place ?? r.Geo };
        }

        /// <summary>
        /// The person a pronoun ("he", "she") or a nominal ("the Russian leader", "the North Korean
        /// leader") stands for: for a pronoun the last person named before it in this or the two
        /// sentences before; for a nominal, the person the article gave that role for that country.
        /// </summary>
        public int Antecedent(int w, int sentenceFirst, string? iso, string? role, bool objectForm = false, int exclude = -1)
        {
            var entities = d.Entities;
            if (iso is not null)
            {
                foreach (var (person, r, i, _) in roles)
                    if (i == iso && (role is null || r == role || (role == "leader" && Leaders.Contains(r))) && entities[person].Start < d.Words[w].Start) return person;
                foreach (var (person, r, i, _) in roles)
                    if (i == iso && (role is null || r == role || (role == "leader" && Leaders.Contains(r)))) return person;
                return -1;
            }
            var sentences = d.SentenceSpan;
            int si = 0;
            while (si < sentences.Length && sentences[si].End <= d.Words[sentenceFirst].Start) si++;
            int from = sentences[Math.Max(0, si - 2)].Start;
            // "Judge Juan Merchan will sentence him": an object pronoun is not the clause's own subject.
            int before = objectForm && si < sentences.Length ? sentences[si].Start : d.Words[w].Start;
            // The last person that ends before the pronoun, searching back from there (entities are in text order).
            int lo = 0, hi = entities.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (entities[mid].End <= before) lo = mid + 1; else hi = mid;
            }
            for (int e = lo - 1; e >= 0 && entities[e].Start >= from; e--)
                if (entities[e].Type == EntityType.Person && (exclude < 0 || (e != exclude && !SamePerson(e, exclude)))) return e;
            return -1;
        }

        /// <summary>Whether two person mentions were resolved to one name ("Bettino Craxi" … "Craxi").</summary>
        private bool SamePerson(int a, int b) => string.Equals(identities[a].Canonical ?? d.Entities[a].Text, identities[b].Canonical ?? d.Entities[b].Text, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Relations: person–role–country/organisation from premodifiers ("Russian President
        /// Vladimir Putin", "Kookmin University professor X") and appositions ("X, the Russian
        /// president"); affiliation ("Andrei Lankov, an expert at Kookmin University", "X of Y");
        /// located-in ("Kookmin University in Seoul", "Seoul, South Korea").
        /// </summary>
        private void FindRelations()
        {
            var entities = d.Entities;
            var words = d.WordSpan;
            var seen = new HashSet<(string, int, int, string?)>();
            for (int e = 0; e < entities.Count; e++)
            {
                var m = entities[e];
                if (m.Type is EntityType.Date or EntityType.Other) continue;
                int head = HeadWord(e);
                if (head < 0) continue;
                if (m.Type == EntityType.Person)
                {
                    // Premodifiers before the name: "Russian President", "North Korean leader", "Kookmin University professor".
                    string? role = null;
                    string? iso = null;
                    int org = -1;
                    int first = FirstWord(e);
                    for (int i = first - 1; i >= 0 && i >= first - 6; i--)
                    {
                        if (s[i].Upos is not ("PROPN" or "NOUN" or "ADJ") || SameSentence(i, first) is false) break;
                        if (index.Entity[i] is int o and >= 0 && o != e && entities[o].Type != EntityType.Other)
                        {
                            if (entities[o].Type is EntityType.Organization or EntityType.Location && org < 0) { org = o; iso ??= IsoOf(o); }
                            continue;
                        }
                        string lemma = (s[i].Lemma ?? "").ToLowerInvariant();
                        if (RoleNouns.Contains(lemma)) role ??= RoleText(i);
                        else if (s[i].Upos == "ADJ" && CountryOfWord(i) is { } c) iso ??= c;
                    }
                    // Apposition: "Putin, the Russian president,"; "Andrei Lankov, an expert at Kookmin University".
                    foreach (int k in KidsOf(head))
                    {
                        if (s[k].Relation != "appos" || s[k].Lemma is not { } lemma || !RoleNouns.Contains(lemma.ToLowerInvariant())) continue;
                        role ??= RoleText(k);
                        // "an expert on North Korea at Kookmin University": the employer is an at/of/with/from
                        // phrase (one level down as well); a topic ("on North Korea") is not.
                        var below = KidsOf(k).ToArray().ToList();
                        foreach (int j in KidsOf(k)) if (s[j].Relation == "nmod") below.AddRange(KidsOf(j).ToArray().Where(x => s[x].Relation == "nmod"));
                        foreach (int j in below)
                        {
                            if (s[j].Relation == "nmod" && PrepositionOf(j) is not ("at" or "of" or "with" or "from" or "for")) continue;
                            if (index.Entity[j] is int o and >= 0 && entities[o].Type is EntityType.Organization or EntityType.Location && org < 0)
                            {
                                org = o;
                                iso ??= IsoOf(o);
                                if (s[j].Relation == "nmod" && entities[o].Type == EntityType.Organization) Add("affiliation", e, o, role);
                            }
                            else if (s[j].Relation is "amod" && CountryOfWord(j) is { } c) iso ??= c;
                        }
                    }
                    // "Andrei Lankov of Kookmin University".
                    foreach (int k in KidsOf(head))
                        if (s[k].Relation == "nmod" && PrepositionOf(k) is "of" or "at" or "from" && index.Entity[k] is int o and >= 0 && entities[o].Type == EntityType.Organization)
                            Add("affiliation", e, o, role);
                    if (role is not null && (org >= 0 || iso is not null))
                    {
                        roles.Add((e, role.ToLowerInvariant().Split(' ')[^1], iso, org));
                        if (org >= 0) Add("role", e, org, role);
                        else if (iso is not null) AddCountryRole(e, iso, role);
                    }
                }
                else
                {
                    // "Kookmin University in Seoul"; "Seoul, South Korea".
                    foreach (int k in KidsOf(head))
                    {
                        if (index.Entity[k] is not (int o and >= 0) || o == e || entities[o].Type != EntityType.Location) continue;
                        if ((s[k].Relation == "nmod" && PrepositionOf(k) is "in" or "near" or "outside") || (s[k].Relation is "appos" or "conj" && m.Type == EntityType.Location && Comma(head, k)))
                            Add("located_in", e, o, null);
                    }
                    // The same read off the words when the parse hangs "in Seoul" elsewhere.
                    int after = LastWord(e) + 1;
                    if (after + 1 < words.Length && d.GetText(words[after]) is "in" && index.Entity[after + 1] is int l and >= 0 && l != e
                        && entities[l].Type == EntityType.Location && m.Type is EntityType.Organization or EntityType.Location)
                        Add("located_in", e, l, null);
                }
            }

            void Add(string type, int subject, int obj, string? role)
            {
                if (!seen.Add((type, subject, obj, role))) return;
                Relations.Add(new Relation(type, Reference(subject), Reference(obj), role));
            }

            void AddCountryRole(int person, string iso, string role)
            {
                // No country mention to point at ("Russian President ..."): the country itself, by name, with no offsets.
                if (model?.Places.CountryName(iso) is not { } name || !seen.Add(("role", person, -1, role + iso))) return;
                var country = new EntityReference(-1, -1, name, EntityType.Location, name, ["iso:" + iso]);
                Relations.Add(new Relation("role", Reference(person), country, role));
            }
        }

        private bool Comma(int a, int b)
        {
            for (int i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++) if (d.GetText(d.Words[i]) == ",") return true;
            return false;
        }

        private int[]? _sentenceOf;

        private bool SameSentence(int a, int b)
        {
            if (_sentenceOf is null)
            {
                _sentenceOf = new int[s.Length];
                var sentences = d.SentenceSpan;
                for (int si = 0; si < sentences.Length; si++)
                {
                    var (first, end) = d.WordRange(sentences[si]);
                    for (int w = first; w < end; w++) _sentenceOf[w] = si;
                }
            }
            return _sentenceOf[a] == _sentenceOf[b];
        }

        private string RoleText(int w)
        {
            // "Foreign Minister", "Prime Minister": the role noun with its compound/amod words just before it.
            int start = w;
            while (start > 0 && s[start - 1].Upos is "PROPN" or "NOUN" or "ADJ" && index.Entity[start - 1] < 0 && CountryOfWord(start - 1) is null
                   && !RoleNouns.Contains(s[start - 1].Lemma ?? "") && start > w - 2) start--;
            return d.Text[d.Words[start].Start..d.Words[w].End];
        }

        private string? IsoOf(int e) => identities[e].Codes.FirstOrDefault(c => c.StartsWith("iso:", StringComparison.Ordinal))?[4..];

        /// <summary>The country a word names or describes ("Russian", "North Korean" → its last word), via the actor dictionary.</summary>
        public string? CountryOfWord(int w)
        {
            if (actors is null || model is null) return null;
            string form = d.GetText(d.Words[w]).ToUpperInvariant();
            var one = new[] { form };
            string[]? two = w > 0 ? [d.GetText(d.Words[w - 1]).ToUpperInvariant(), form] : null;
            ActorEntry? entry = null;
            if (two is not null && actors.MatchActor(two, 0, out var e2) == 2) entry = e2;
            else if (actors.MatchActor(one, 0, out var e1) == 1) entry = e1;
            return entry?.CodeAt(date) is { Length: 3 } code ? model.IsoCountry(code) : null;
        }

        private int HeadWord(int e)
        {
            int best = -1;
            var m = d.Entities[e];
            for (int w = FirstWord(e); w >= 0 && w < s.Length && d.Words[w].Start < m.End; w++)
            {
                int h = s[w].Head;
                if (h < 0 || d.Words[h].Start < m.Start || d.Words[h].End > m.End) best = w;
            }
            return best;
        }

        private int LastWord(int e) => index.EntityLast[e];

        private int FirstWord(int e) => index.EntityFirst[e];

        private ReadOnlySpan<int> KidsOf(int w) => index.Children(w);

        private string? PrepositionOf(int w) => index.PrepositionOf(w);
    }
}
