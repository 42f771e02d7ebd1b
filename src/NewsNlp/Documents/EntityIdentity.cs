using System.Globalization;

namespace NewsNlp;

/// <summary>
/// Who an entity mention, or an entity of the coreference layer, is: its canonical name, its codes
/// (<c>cameo:</c> actor codes, <c>iso:</c> ISO 3166 countries, <c>geonames:</c> GeoNames ids) and, for
/// a place, the GeoNames place it was resolved to. Written by the identity stage
/// (<see cref="Document.Identities"/>, <see cref="Document.ClusterIdentities"/>); every later stage
/// (events, relations) reads identity from there.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class EntityIdentity
{
    /// <summary>No identity known: no canonical name, no codes, no place.</summary>
    public static EntityIdentity None { get; } = new(null, [], null);

    /// <summary>Creates an identity.</summary>
    /// <param name="canonical">The canonical name ("Vladimir Putin" for "Putin", "North Korea" for "Pyongyang" coded as the country), or null when none is known.</param>
    /// <param name="codes">Codes in order of preference (copied).</param>
    /// <param name="geo">The place, for a place name the gazetteer resolved; else null.</param>
    public EntityIdentity(string? canonical, IEnumerable<string> codes, GeoPlace? geo)
    {
        ArgumentNullException.ThrowIfNull(codes);
        Canonical = canonical;
        Codes = Array.AsReadOnly(codes.ToArray());
        Geo = geo;
    }

    /// <summary>The canonical name, or null when none is known beyond the mention's own text.</summary>
    public string? Canonical { get; }

    /// <summary>Codes: <c>cameo:RUSGOV</c>, <c>iso:RU</c>, <c>geonames:524901</c>.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The GeoNames place of a place name, or null.</summary>
    public GeoPlace? Geo { get; }

    /// <summary>Whether the identity knows nothing (no name, codes or place).</summary>
    public bool IsEmpty => Canonical is null && Codes.Count == 0 && Geo is null;

    /// <summary>Reads as <c>Vladimir Putin [cameo:RUSGOV iso:RU]</c>, with <c>@ Pyongyang (KP)</c> for a place.</summary>
    public override string ToString()
    {
        var text = Canonical ?? "?";
        if (Codes.Count > 0) text += " [" + string.Join(' ', Codes) + "]";
        if (Geo is { } g) text += string.Create(CultureInfo.InvariantCulture, $" @ {g.Name} ({g.CountryCode})");
        return text;
    }
}
