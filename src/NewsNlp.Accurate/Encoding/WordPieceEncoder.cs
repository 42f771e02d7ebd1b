using Microsoft.ML.Tokenizers;
using NewsNlp.Models;

namespace NewsNlp.Accurate.Encoding;

/// <summary>
/// Turns a sentence's words into the encoder's word pieces: <c>[CLS] pieces… [SEP]</c>, and for each
/// word the position of its first piece (the word's vector is the encoder's output there). Shared by
/// training and run time so both cut words the same way. Thread-safe: the tokenizer is read-only.
/// </summary>
internal sealed class WordPieceEncoder
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceEncoder(BertTokenizer tokenizer)
    {
        _tokenizer = tokenizer;
        Cls = tokenizer.ClassificationTokenId;
        Sep = tokenizer.SeparatorTokenId;
        Unknown = tokenizer.UnknownTokenId;
        Pad = tokenizer.PaddingTokenId;
    }

    public int Cls { get; }
    public int Sep { get; }
    public int Unknown { get; }
    public int Pad { get; }

    /// <summary>Loads an uncased BERT vocabulary (one piece per line).</summary>
    /// <exception cref="ModelFormatException">The vocabulary cannot be read.</exception>
    public static WordPieceEncoder Load(Stream vocabulary, string source)
    {
        try
        {
            return new WordPieceEncoder(BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true }));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelFormatException(source, "not a word-piece vocabulary: " + e.Message, e);
        }
    }

    /// <summary>
    /// Appends <paramref name="word"/>'s pieces to <paramref name="pieces"/>. A word the vocabulary
    /// cannot spell (control characters, an empty string) becomes one <c>[UNK]</c>, so every word
    /// has a first piece. At most <paramref name="maxPieces"/> pieces are kept per word.
    /// </summary>
    public void AppendWord(string word, List<int> pieces, int maxPieces = MaxPiecesPerWord)
        => AppendWord(word.AsSpan(), pieces, maxPieces);

    /// <summary>Most pieces kept per word (training and run time cut words alike).</summary>
    public const int MaxPiecesPerWord = 16;

    /// <summary>
    /// <see cref="AppendWord(string, List{int}, int)"/> over a slice of a document's text: the run-time
    /// glue reads words where they lie, without a string per word.
    /// </summary>
    public void AppendWord(ReadOnlySpan<char> word, List<int> pieces, int maxPieces = MaxPiecesPerWord)
    {
        IReadOnlyList<int> ids;
        try
        {
            ids = _tokenizer.EncodeToIds(word, addSpecialTokens: false);
        }
        catch (ArgumentException)
        {
            // Unicode normalisation refuses ill-formed text (a lone surrogate): the word is unknown, not an error.
            ids = [];
        }
        if (ids.Count == 0)
        {
            pieces.Add(Unknown);
            return;
        }
        for (int i = 0; i < ids.Count && i < maxPieces; i++)
            pieces.Add(ids[i]);
    }

    /// <summary>
    /// Encodes a sentence: ids with <c>[CLS]</c> first and <c>[SEP]</c> last, and the first piece of
    /// each word. Does not cut: callers window sentences longer than the encoder allows.
    /// </summary>
    public (int[] Ids, int[] FirstPiece) Encode(IReadOnlyList<string> words)
    {
        var pieces = new List<int>(words.Count * 2 + 2) { Cls };
        var first = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            first[i] = pieces.Count;
            AppendWord(words[i], pieces);
        }
        pieces.Add(Sep);
        return (pieces.ToArray(), first);
    }
}
