using System.Diagnostics;

namespace NewsNlp;

/// <summary>
/// A syntactic word: the unit that taggers, parsers and the entity recognizer label. Usually a
/// word is a whole <see cref="Token"/>; contractions and possessives are split the way the Penn
/// Treebank and Universal Dependencies split them ("don't" = "do" + "n't", "Putin's" = "Putin" + "'s").
/// </summary>
/// <remarks>Offsets are UTF-16 code units into <see cref="Document.Text"/>, end exclusive.</remarks>
[DebuggerDisplay("[{Start}..{End}) token {TokenIndex}")]
public readonly struct Word : IEquatable<Word>
{
    /// <summary>Creates a word.</summary>
    /// <param name="start">First UTF-16 code unit of the word.</param>
    /// <param name="end">One past the last UTF-16 code unit (exclusive).</param>
    /// <param name="tokenIndex">Index of the token that holds the word.</param>
    public Word(int start, int end, int tokenIndex)
    {
        Start = start;
        End = end;
        TokenIndex = tokenIndex;
    }

    /// <summary>First UTF-16 code unit of the word.</summary>
    public int Start { get; }

    /// <summary>One past the last UTF-16 code unit of the word (exclusive).</summary>
    public int End { get; }

    /// <summary>Length of the word in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>Index in <see cref="Document.Tokens"/> of the token that holds this word.</summary>
    public int TokenIndex { get; }

    /// <summary>The word's characters in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <inheritdoc/>
    public bool Equals(Word other) => Start == other.Start && End == other.End && TokenIndex == other.TokenIndex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Word w && Equals(w);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, TokenIndex);

    /// <summary>Compares two words by value.</summary>
    public static bool operator ==(Word left, Word right) => left.Equals(right);

    /// <summary>Compares two words by value.</summary>
    public static bool operator !=(Word left, Word right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
