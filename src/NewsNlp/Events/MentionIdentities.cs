namespace NewsNlp.Events;

/// <summary>
/// The identities of one document's entity mentions (canonical name, codes, place), worked out for the
/// whole article at once; <see cref="IdentityResolver"/> writes them to the document. The one place
/// where a mention's identity is decided.
/// </summary>
internal sealed class MentionIdentities
{
    private readonly Document d;
    private readonly EventModel? model;
    private readonly ActorDictionary? actors;
    private readonly DateOnly? date;
    private readonly string?[] canonical;
    private readonly List<string>[] codes;
    private readonly GeoPlace?[] geo;

    public MentionIdentities(Document document, EventModel? model, ActorDictionary? actors)
    {
        d = document;
        this.model = model;
        this.actors = actors;
        date = document.PublishedDay;
        var entities = d.Entities;
        canonical = new string?[entities.Count];
        codes = new List<string>[entities.Count];
        geo = new GeoPlace?[entities.Count];
        for (int e = 0; e < entities.Count; e++) codes[e] = [];
        ResolveNames();
    }

    /// <summary>The identities of every entity mention of <paramref name="document"/>, in mention order.</summary>
    public static EntityIdentity[] All(Document document, EventModel? model, ActorDictionary? actors)
    {
        var found = new MentionIdentities(document, model, actors);
        var result = new EntityIdentity[document.Entities.Count];
        for (int e = 0; e < result.Length; e++) result[e] = found.Identity(e);
        return result;
    }

    /// <summary>The identity of entity mention <paramref name="e"/>.</summary>
    public EntityIdentity Identity(int e) =>
        canonical[e] is null && codes[e].Count == 0 && geo[e] is null ? EntityIdentity.None : new EntityIdentity(canonical[e], codes[e], geo[e]);

    /// <summary>Canonical names and codes per mention; one person's mentions share the longest name and any code.</summary>
    private void ResolveNames()
    {
        var entities = d.Entities;
        var bySurname = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        // Each word of a multi-word name, to the cluster key of the first name that has it.
        var nameWordKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int e = 0; e < entities.Count; e++)
        {
            var m = entities[e];
            if (m.Type == EntityType.Date) continue;
            var words = m.Text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var forms = ActorDictionary.Words(m.Text);
            if (actors is not null && forms.Length > 0)
            {
                // The whole mention, or (for people) a surname alias of four letters or more.
                int n = actors.MatchActor(forms, 0, out var entry);
                if (n != forms.Length && m.Type == EntityType.Person && forms[^1].Length >= 4 && actors.MatchActor(forms, forms.Length - 1, out var last) == 1) { n = forms.Length; entry = last; }
                if (n == forms.Length && entry!.CodeAt(date) is { } code && code != "---")
                {
                    foreach (var one in code.Split('/')) codes[e].Add("cameo:" + one);
                    canonical[e] = CountryName(code) ?? entry.Name;
                }
            }
            if (m.Type == EntityType.Person)
            {
                // "Kim" joins "Kim Jong Un" (a family name first), "Putin" joins "Vladimir Putin".
                string key = words[^1];
                if (words.Length == 1) key = nameWordKey.GetValueOrDefault(words[0], key);
                else foreach (var part in words) nameWordKey.TryAdd(part, key);
                (bySurname.TryGetValue(key, out var list) ? list : bySurname[key] = []).Add(e);
            }
            if (m.Type == EntityType.Location) AddCountry(e, m.Text);
        }
        foreach (var cluster in bySurname.Values)
        {
            string name = cluster.Select(e => entities[e].Text).OrderByDescending(t => t.Count(c => c == ' ')).ThenByDescending(t => t.Length).First();
            var shared = cluster.SelectMany(e => codes[e]).Distinct().ToList();
            foreach (int e in cluster)
            {
                canonical[e] ??= name;
                if (codes[e].Count == 0) codes[e].AddRange(shared);
            }
        }
        for (int e = 0; e < entities.Count; e++) AddIso(codes[e]);
        // Places last: a name several towns share goes to one in a country the rest of the article
        // names ("Washington" near "Britain" is still the capital; "Birmingham" near "the U.S." is
        // Birmingham, Alabama). A mention's own dictionary code is no context for itself: Phoenix
        // codes "Birmingham" GBR after its best-known namesake.
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in codes)
            foreach (var c in list)
                if (c.StartsWith("iso:", StringComparison.Ordinal)) mentions[c[4..]] = mentions.GetValueOrDefault(c[4..]) + 1;
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type != EntityType.Location) continue;
            var others = new List<string>(mentions.Count);
            foreach (var (iso, n) in mentions)
                if (n > (codes[e].Contains("iso:" + iso) ? 1 : 0)) others.Add(iso);
            AddPlace(e, entities[e].Text, others);
        }
    }

    private void AddCountry(int e, string text)
    {
        if (model is null || !model.Places.TryFindCountry(text, out var iso)) return;
        canonical[e] ??= model.Places.CountryName(iso);
        if (!codes[e].Contains("iso:" + iso)) codes[e].Add("iso:" + iso);
    }

    private void AddPlace(int e, string text, List<string> countries)
    {
        if (model is null || model.Places.TryFindCountry(text, out _) || !model.Places.TryFindPlace(text, countries, out var place)) return;
        geo[e] = place;
        var own = codes[e].Where(c => c.StartsWith("cameo:", StringComparison.Ordinal) && c.Length == 9).ToList();
        if (own.Count > 0 && !own.Exists(c => model.IsoCountry(c[6..]) == place.CountryCode) && model.CameoCountry(place.CountryCode) is { } code)
        {
            // The dictionary coded the name after a namesake abroad: the place found decides the country.
            codes[e].RemoveAll(c => own.Contains(c) || (c.StartsWith("iso:", StringComparison.Ordinal) && own.Exists(o => model.IsoCountry(o[6..]) == c[4..])));
            codes[e].Insert(0, "cameo:" + code);
            canonical[e] = model.Places.CountryName(place.CountryCode);
        }
        codes[e].Add("geonames:" + place.GeoNamesId);
        if (!codes[e].Contains("iso:" + place.CountryCode)) codes[e].Add("iso:" + place.CountryCode);
    }

    /// <summary>Adds the ISO country of every bare CAMEO country code in the list ("cameo:RUS" → "iso:RU").</summary>
    internal static void AddIso(List<string> list, EventModel? model)
    {
        if (model is null) return;
        foreach (var c in list.ToArray())
            if (c.StartsWith("cameo:", StringComparison.Ordinal) && model.IsoCountry(c[6..]) is { } iso && !list.Contains("iso:" + iso)) list.Add("iso:" + iso);
    }

    private void AddIso(List<string> list) => AddIso(list, model);

    /// <summary>The English name of a bare country code ("PRK" → North Korea), for canonical names.</summary>
    internal static string? CountryName(string code, EventModel? model) =>
        model is not null && code.Length == 3 && model.IsoCountry(code) is { } iso ? model.Places.CountryName(iso) : null;

    private string? CountryName(string code) => CountryName(code, model);
}
