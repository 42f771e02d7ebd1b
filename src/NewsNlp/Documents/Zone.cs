using System.Diagnostics;

namespace NewsNlp;

/// <summary>
/// One block of the text (a line, or a paragraph of hard-wrapped lines) and what it is.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into <see cref="Document.Text"/>,
/// end exclusive, trimmed of white space; the line breaks between blocks belong to no zone.
/// Sentences never cross a zone boundary.
/// </remarks>
[DebuggerDisplay("[{Start}..{End}) {Kind} repeat {RepeatOf}")]
public readonly struct Zone : IEquatable<Zone>
{
    /// <summary>Creates a zone.</summary>
    public Zone(int start, int end, ZoneKind kind, int repeatOf = -1, float confidence = 1f)
    {
        Start = start;
        End = end;
        Kind = kind;
        RepeatOf = repeatOf;
        Confidence = confidence;
    }

    /// <summary>Start of the block's first non-space character.</summary>
    public int Start { get; }

    /// <summary>End (exclusive) of the block's last non-space character.</summary>
    public int End { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>What the block is.</summary>
    public ZoneKind Kind { get; }

    /// <summary>Index in <see cref="Document.Zones"/> of the first block with exactly the same text
    /// when this block is a repeat of it (a caption or link printed twice), else -1.</summary>
    public int RepeatOf { get; }

    /// <summary>Whether the block repeats an earlier one.</summary>
    public bool IsRepeat => RepeatOf >= 0;

    /// <summary>The model's probability (0 to 1) for its headline / body / furniture decision; 1 for a rule's decision.</summary>
    public float Confidence { get; }

    /// <inheritdoc/>
    public bool Equals(Zone other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && RepeatOf == other.RepeatOf && Confidence.Equals(other.Confidence);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Zone z && Equals(z);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, RepeatOf, Confidence);

    /// <summary>Compares two zones by value.</summary>
    public static bool operator ==(Zone left, Zone right) => left.Equals(right);

    /// <summary>Compares two zones by value.</summary>
    public static bool operator !=(Zone left, Zone right) => !left.Equals(right);
}
