using System.Diagnostics;

namespace NewsNlp;

/// <summary>
/// A surface token: a maximal piece of the original text that the tokenizer treats as one unit
/// (a word, a number, a punctuation mark, a URL, an e-mail address, an emoji ...).
/// </summary>
/// <remarks>
/// Offsets are UTF-16 code units into <see cref="Document.Text"/>; <see cref="End"/> is exclusive,
/// so <c>text[token.Start..token.End]</c> always re-slices the token exactly.
/// A token is one or more <see cref="Word"/>s: "don't" is one token made of the words "do" and
/// "n't", as in Universal Dependencies' multi-word tokens. Most tokens are exactly one word.
/// </remarks>
[DebuggerDisplay("{Kind} [{Start}..{End})")]
public readonly struct Token : IEquatable<Token>
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">First UTF-16 code unit of the token in the document text.</param>
    /// <param name="end">One past the last UTF-16 code unit (exclusive).</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="firstWord">Index of the token's first word in <see cref="Document.Words"/>.</param>
    /// <param name="wordCount">How many words the token holds (at least 1).</param>
    public Token(int start, int end, TokenKind kind, int firstWord, int wordCount)
    {
        Start = start;
        End = end;
        Kind = kind;
        FirstWord = firstWord;
        WordCount = wordCount;
    }

    /// <summary>First UTF-16 code unit of the token in the document text.</summary>
    public int Start { get; }

    /// <summary>One past the last UTF-16 code unit of the token (exclusive).</summary>
    public int End { get; }

    /// <summary>Length of the token in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>What the token is (word, number, punctuation, URL ...).</summary>
    public TokenKind Kind { get; }

    /// <summary>Index of the token's first word in <see cref="Document.Words"/>.</summary>
    public int FirstWord { get; }

    /// <summary>Number of words in the token: 1, or more for a contraction such as "don't".</summary>
    public int WordCount { get; }

    /// <summary>True when the token is split into several words ("don't" = "do" + "n't").</summary>
    public bool IsMultiWord => WordCount > 1;

    /// <summary>The token's characters in <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <inheritdoc/>
    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind &&
        FirstWord == other.FirstWord && WordCount == other.WordCount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, FirstWord, WordCount);

    /// <summary>Compares two tokens by value.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens by value.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}[{Start}..{End})";
}
