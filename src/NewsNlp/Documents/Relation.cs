namespace NewsNlp;

/// <summary>A mention of an entity inside a relation or an event.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit (exclusive).</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Type">Coarse entity type.</param>
/// <param name="Canonical">Canonical name of the entity inside the article, when resolved.</param>
/// <param name="Codes">Actor, country or place codes (CAMEO actor codes, ISO codes, GeoNames ids).</param>
public sealed record EntityReference(int Start, int End, string Text, EntityType Type, string? Canonical, IReadOnlyList<string> Codes)
{
    /// <summary>For places found in GeoNames: the place, its country and coordinates; otherwise null.</summary>
    public GeoPlace? Geo { get; init; }

    /// <summary>The name to show: the canonical name when resolved, else the text.</summary>
    internal string Name => Canonical ?? Text;

    /// <summary>Reads as <c>Vladimir Putin (PERSON; cameo:RUSGOV iso:RU) [12..26)</c>.</summary>
    public override string ToString() =>
        $"{Name} ({Type.ToString().ToUpperInvariant()}{(Codes.Count > 0 ? "; " + string.Join(" ", Codes) : "")}) [{Start}..{End})";
}

/// <summary>A relation between two entities, such as person–role–country or located-in.</summary>
/// <param name="Type">Relation type ("role", "affiliation", "located_in").</param>
/// <param name="Subject">The entity the relation is about.</param>
/// <param name="Object">The related entity.</param>
/// <param name="Role">Role word when the relation has one ("President"), else null.</param>
public sealed record Relation(string Type, EntityReference Subject, EntityReference Object, string? Role)
{
    /// <summary>Reads as <c>Vladimir Putin —role: President→ Russia</c>.</summary>
    public override string ToString() => $"{Subject.Name} —{Type}{(Role is null ? "" : ": " + Role)}→ {Object.Name}";
}
