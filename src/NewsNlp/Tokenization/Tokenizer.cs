using NewsNlp.Text;

namespace NewsNlp.Tokenization;

/// <summary>
/// The rule-based English tokenizer. Follows the Universal Dependencies English / Penn Treebank
/// conventions that NewsNlp's tagger, parser and recognizer are trained on: punctuation split
/// from words, abbreviations and initials kept ("U.S.", "Dr.", "J.R.R."), hyphenated compounds
/// split except after fixed prefixes ("e-mail"), numbers kept with their separators, URLs,
/// e-mail addresses, handles, hashtags and emoji kept whole, and contractions and possessives
/// kept as one surface token that holds two words ("don't" = "do" + "n't").
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every token and word re-slices the input exactly; nothing in the
/// text is changed or dropped except separators (white space, control and invisible characters).
/// Invisible format characters inside a word (a BOM, zero-width space or joiner, soft hyphen pasted
/// into "Ber\uFEFFlin") stay in it rather than split it; stages that read words compute their
/// features on the word without them (<c>CharClass.WordFeatureText</c>). Emoji glued to a word
/// are split off as their own tokens ("Biden🙂" is "Biden" and "🙂"), as spaCy does.
/// </remarks>
public sealed class Tokenizer : ITokenizer
{
    /// <summary>Creates the tokenizer.</summary>
    public Tokenizer()
    {
    }

    /// <inheritdoc/>
    public string Name => "tokenizer";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.None;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Tokens;

    /// <inheritdoc/>
    public int Tokenize(ReadOnlySpan<char> text, List<Token> tokens, List<Word> words)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(words);
        if (tokens.Count != 0 || words.Count != 0)
            throw new ArgumentException("Pass empty lists: a token's word indexes count from the start of the word list.", nameof(tokens));
        new TokenScanner(text, 0, tokens, words).Run();
        return tokens.Count;
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new array of tokens.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4 + 16);
        var words = new List<Word>(text.Length / 4 + 16);
        new TokenScanner(text, 0, tokens, words).Run();
        return tokens.ToArray();
    }

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        string text = document.Text;
        // Sized from the text so that the lists rarely grow; ~1 token per 5.5 characters in news.
        var tokens = new List<Token>(text.Length / 4 + 16);
        var words = new List<Word>(text.Length / 4 + 16);
        new TokenScanner(text, 0, tokens, words).Run();
        document.SetTokens(tokens.ToArray(), words.ToArray());
    }
}
