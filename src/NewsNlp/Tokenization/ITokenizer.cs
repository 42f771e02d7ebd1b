namespace NewsNlp.Tokenization;

/// <summary>Cuts text into tokens and words; writes the <see cref="DocumentLayers.Tokens"/> layer.</summary>
public interface ITokenizer : IPipelineStage
{
    /// <summary>
    /// Appends the tokens and words of <paramref name="text"/> to the given lists. Offsets are
    /// relative to the start of <paramref name="text"/>. Reusing the lists avoids allocation.
    /// </summary>
    /// <returns>The number of tokens appended.</returns>
    int Tokenize(ReadOnlySpan<char> text, List<Token> tokens, List<Word> words);
}
