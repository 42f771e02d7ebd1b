using System.Globalization;

namespace NewsNlp;

/// <summary>What kind of expression a <see cref="ClusterMention"/> is.</summary>
public enum MentionKind : byte
{
    /// <summary>A proper name ("Wang Yi", "Chinese Foreign Minister Wang Yi").</summary>
    Name,

    /// <summary>A common-noun phrase ("the North Korean leader", "his Indian counterpart").</summary>
    Nominal,

    /// <summary>A pronoun ("he", "its").</summary>
    Pronoun,
}

/// <summary>One mention of an <see cref="EntityCluster"/>: a span of the document text.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class ClusterMention
{
    /// <summary>Creates a mention.</summary>
    /// <exception cref="ArgumentException">The text is not exactly <c>end - start</c> characters, or the span is inverted.</exception>
    public ClusterMention(int start, int end, string text, MentionKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end <= start) throw new ArgumentOutOfRangeException(nameof(end), "A mention needs 0 <= start < end.");
        if (text.Length != end - start) throw new ArgumentException("The text must be exactly the characters between start and end.", nameof(text));
        Start = start;
        End = end;
        Text = text;
        Kind = kind;
    }

    /// <summary>First UTF-16 code unit of the mention.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit (exclusive).</summary>
    public int End { get; }

    /// <summary>The mention's text.</summary>
    public string Text { get; }

    /// <summary>Name, common-noun phrase or pronoun.</summary>
    public MentionKind Kind { get; }

    /// <summary>Reads as <c>"his Indian counterpart" Nominal [40..61)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"\"{Text}\" {Kind} [{Start}..{End})");
}

/// <summary>
/// An entity of the document: the mentions that coreference found to refer to one person,
/// organisation, place or thing, with a canonical name and a coarse type.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class EntityCluster
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">Index of the entity in <see cref="Document.EntityClusters"/>.</param>
    /// <param name="canonical">Its name: the longest proper name among its mentions, else its first noun phrase.</param>
    /// <param name="type">Coarse type, from the recognizer's labels of its names (or its pronouns when it has no name).</param>
    /// <param name="mentions">Its mentions in text order (at least one).</param>
    public EntityCluster(int id, string canonical, EntityType type, IReadOnlyList<ClusterMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0) throw new ArgumentException("An entity needs at least one mention.", nameof(mentions));
        Id = id;
        Canonical = canonical;
        Type = type;
        Mentions = mentions;
    }

    /// <summary>Index of the entity in <see cref="Document.EntityClusters"/>.</summary>
    public int Id { get; }

    /// <summary>The entity's name: its longest proper-name mention ("Wang Yi"), else its first noun phrase.</summary>
    public string Canonical { get; }

    /// <summary>Coarse type.</summary>
    public EntityType Type { get; }

    /// <summary>The mentions, in text order.</summary>
    public IReadOnlyList<ClusterMention> Mentions { get; }

    /// <summary>Reads as <c>#0 Wang Yi Person (3 mentions)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Id} {Canonical} {Type} ({Mentions.Count} mentions)");
}
