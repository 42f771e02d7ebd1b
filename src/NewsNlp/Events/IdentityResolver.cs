namespace NewsNlp.Events;

/// <summary>
/// The identity stage: decides, once per article, who each entity mention and each coreference
/// entity is — canonical name, codes and place — and writes <see cref="Document.Identities"/> and
/// <see cref="Document.ClusterIdentities"/>. Later stages (events, relations) read identity from there
/// and decide none of their own.
/// </summary>
/// <remarks>
/// <para>Per mention: the actor dictionary codes the whole name (for a person, also a surname alias of
/// four letters or more: "Putin"); a country or country code gives the country's English name and its
/// ISO code; the mentions of one person share the longest name and any code ("Kim" joins "Kim Jong Un",
/// "Putin" joins "Vladimir Putin"); place names are looked up in GeoNames last, preferring a country
/// the rest of the article names ("Birmingham" near "the U.S." is Birmingham, Alabama), and the place
/// found decides the country when the dictionary coded the name after a namesake abroad.</para>
/// <para>Per coreference entity: the identity its names agree on (the longest coded name's name and
/// codes first, then the other names' codes; the first place). An entity without a name keeps its
/// coreference name and has no codes.</para>
/// <para>Holds no state but its immutable dictionaries; safe to call from many threads at once.</para>
/// </remarks>
public sealed class IdentityResolver : IPipelineStage
{
    private readonly EventModel? _model;
    private readonly ActorDictionary? _actors;

    /// <summary>Creates the stage over an event model's actor dictionary, places and countries.</summary>
    /// <param name="model">The model whose actors, GeoNames places and countries code mentions.</param>
    /// <param name="actors">Another actor dictionary to use instead of the model's, or null for the model's.</param>
    public IdentityResolver(EventModel model, ActorDictionary? actors = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _actors = actors ?? model.Actors;
    }

    /// <summary>Creates the stage over an actor dictionary alone (no places, no ISO countries), or over nothing (canonical person names only).</summary>
    public IdentityResolver(ActorDictionary? actors) => _actors = actors;

    /// <inheritdoc/>
    public string Name => "identity";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Entities | DocumentLayers.Coreference;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Identity;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = MentionIdentities.All(document, _model, _actors);
        cancellationToken.ThrowIfCancellationRequested();
        document.SetIdentities(result, Clusters(document, result));
    }

    /// <summary>Each coreference entity's identity, from the identities of its names.</summary>
    private static EntityIdentity[] Clusters(Document d, EntityIdentity[] mentions)
    {
        var clusters = d.EntityClusters;
        var result = new EntityIdentity[clusters.Count];
        if (clusters.Count == 0) return result;
        var names = new List<int>[clusters.Count];
        for (int c = 0; c < names.Length; c++) names[c] = [];
        var entities = d.Entities;
        for (int e = 0; e < entities.Count; e++)
        {
            if (entities[e].Type is EntityType.Date or EntityType.Other) continue;
            if (d.ClusterOf(entities[e].Start, entities[e].End) is int id && id < names.Length) names[id].Add(e);
        }
        for (int c = 0; c < result.Length; c++)
        {
            var list = names[c];
            if (list.Count == 0) { result[c] = new EntityIdentity(clusters[c].Canonical, [], null); continue; }
            // The longest name with codes leads ("Russian President Vladimir Putin" over "Putin"); then the rest in text order.
            int lead = list[0];
            foreach (int e in list)
                if (Better(mentions[e], entities[e].Text, mentions[lead], entities[lead].Text)) lead = e;
            var codes = new List<string>(mentions[lead].Codes);
            GeoPlace? geo = mentions[lead].Geo;
            foreach (int e in list)
            {
                foreach (var code in mentions[e].Codes)
                    if (!codes.Contains(code)) codes.Add(code);
                geo ??= mentions[e].Geo;
            }
            result[c] = new EntityIdentity(mentions[lead].Canonical ?? clusters[c].Canonical, codes, geo);
        }
        return result;
    }

    private static bool Better(EntityIdentity a, string aText, EntityIdentity b, string bText) =>
        (a.Codes.Count > 0) != (b.Codes.Count > 0) ? a.Codes.Count > 0 : aText.Length > bText.Length;
}
