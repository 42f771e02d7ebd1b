namespace NewsNlp.Accurate;

/// <summary>Pre-tokenized sentences (treebank and CoNLL files) as one text with word spans, the encoder's input.</summary>
internal static class PreTokenized
{
    /// <exception cref="ArgumentException">A word is null or empty.</exception>
    public static (string Text, (int Start, int End)[] Spans, (int First, int End)[] Sentences) Join(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End)>();
        var ranges = new (int First, int End)[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = spans.Count;
            foreach (var word in sentences[s])
            {
                if (string.IsNullOrEmpty(word)) throw new ArgumentException($"sentence {s} has an empty word", nameof(sentences));
                if (text.Length > 0) text.Append(' ');
                spans.Add((text.Length, text.Length + word.Length));
                text.Append(word);
            }
            ranges[s] = (first, spans.Count);
        }
        return (text.ToString(), spans.ToArray(), ranges);
    }
}
