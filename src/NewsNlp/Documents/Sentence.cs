using System.Diagnostics;

namespace NewsNlp;

/// <summary>A sentence: a run of consecutive tokens, with the character span it covers.</summary>
/// <remarks>
/// <see cref="Start"/> is the start of the first token and <see cref="End"/> the end of the last
/// token (UTF-16 code units, end exclusive), so whitespace between sentences belongs to none.
/// </remarks>
[DebuggerDisplay("[{Start}..{End}) tokens {FirstToken}+{TokenCount}")]
public readonly struct Sentence : IEquatable<Sentence>
{
    /// <summary>Creates a sentence.</summary>
    public Sentence(int start, int end, int firstToken, int tokenCount)
    {
        Start = start;
        End = end;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Start of the sentence's first token.</summary>
    public int Start { get; }

    /// <summary>End (exclusive) of the sentence's last token.</summary>
    public int End { get; }

    /// <summary>Index of the first token in <see cref="Document.Tokens"/>.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence (at least 1).</summary>
    public int TokenCount { get; }

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <inheritdoc/>
    public bool Equals(Sentence other) =>
        Start == other.Start && End == other.End && FirstToken == other.FirstToken && TokenCount == other.TokenCount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Sentence s && Equals(s);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, FirstToken, TokenCount);

    /// <summary>Compares two sentences by value.</summary>
    public static bool operator ==(Sentence left, Sentence right) => left.Equals(right);

    /// <summary>Compares two sentences by value.</summary>
    public static bool operator !=(Sentence left, Sentence right) => !left.Equals(right);
}
