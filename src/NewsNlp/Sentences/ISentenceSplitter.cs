namespace NewsNlp.Sentences;

/// <summary>Groups tokens into sentences; writes the <see cref="DocumentLayers.Sentences"/> layer.</summary>
public interface ISentenceSplitter : IPipelineStage
{
    /// <summary>
    /// Appends the sentences of <paramref name="text"/>, whose tokens are <paramref name="tokens"/>,
    /// to <paramref name="sentences"/>.
    /// </summary>
    /// <returns>The number of sentences appended.</returns>
    int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences);
}
