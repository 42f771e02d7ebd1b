namespace NewsNlp.Entities;

/// <summary>The mapping from fine labels (OntoNotes, CoNLL-2003, user labels) to coarse types.</summary>
public static class EntityTypes
{
    /// <summary>
    /// PERSON, PER → Person; GPE, LOC, FAC, LOCATION → Location; ORG, ORGANIZATION → Organization;
    /// DATE, TIME → Date; anything else → Other. Case-insensitive.
    /// </summary>
    public static EntityType FromLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.ToUpperInvariant() switch
        {
            "PERSON" or "PER" => EntityType.Person,
            "GPE" or "LOC" or "FAC" or "LOCATION" => EntityType.Location,
            "ORG" or "ORGANIZATION" or "ORGANISATION" => EntityType.Organization,
            "DATE" or "TIME" => EntityType.Date,
            _ => EntityType.Other,
        };
    }
}
