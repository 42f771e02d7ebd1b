namespace NewsNlp;

/// <summary>The annotation layers of a <see cref="Document"/>; stages declare which they need and write.</summary>
[Flags]
public enum DocumentLayers
{
    /// <summary>No layer.</summary>
    None = 0,

    /// <summary>Tokens and words.</summary>
    Tokens = 1,

    /// <summary>Sentences.</summary>
    Sentences = 2,

    /// <summary>Part of speech, lemma and dependency tree per word.</summary>
    Syntax = 4,

    /// <summary>Entity mentions.</summary>
    Entities = 8,

    /// <summary>Resolved dates and times.</summary>
    Dates = 16,

    /// <summary>Relations between entities.</summary>
    Relations = 32,

    /// <summary>Events.</summary>
    Events = 64,

    /// <summary>Zones: the blocks of a page (headline, dateline, body, caption, byline, furniture).</summary>
    Zones = 128,

    /// <summary>Semantic roles: predicates and their PropBank arguments.</summary>
    Roles = 256,

    /// <summary>Coreference: entities (clusters of mentions of one person, organisation, place or thing).</summary>
    Coreference = 512,

    /// <summary>Identity: canonical names, codes and places of entity mentions and of coreference entities.</summary>
    Identity = 1024,
}
