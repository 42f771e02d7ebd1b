using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Fuzz;

/// <summary>
/// Tokenizer and sentence splitter on any text (UTF-8, or raw UTF-16 when the input starts with a
/// zero byte). Besides not throwing, the layers must keep their offset invariants, which
/// <see cref="Document.SetTokens"/> checks only in part.
/// </summary>
internal static class TokenizeHarness
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = data.Length > 0 && data[0] == 0 ? FuzzInput.Decode(data[1..], raw: true) : FuzzInput.Decode(data, raw: false);
        var doc = new Document(text);
        Tokenizer.Process(doc);
        Splitter.Process(doc);
        Check(doc);
        // The string API must agree with the stage.
        var tokens = Tokenizer.Tokenize(text);
        if (!tokens.AsSpan().SequenceEqual(doc.TokenSpan)) throw new FuzzInvariantException("Tokenize(string) and Process(Document) disagree");
    }

    internal static void Check(Document doc)
    {
        var tokens = doc.TokenSpan;
        var words = doc.WordSpan;
        int previousWordEnd = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            for (int w = token.FirstWord; w < token.FirstWord + token.WordCount; w++)
            {
                var word = words[w];
                if (word.TokenIndex != t || word.Start < token.Start || word.End > token.End || word.End <= word.Start || word.Start < previousWordEnd)
                    throw new FuzzInvariantException($"word {w} {word} does not lie in order inside token {t} {token}");
                previousWordEnd = word.End;
            }
        }
        foreach (var s in doc.SentenceSpan)
        {
            if (s.Start != tokens[s.FirstToken].Start || s.End != tokens[s.EndToken - 1].End)
                throw new FuzzInvariantException($"sentence [{s.Start}..{s.End}) does not span its tokens {s.FirstToken}..{s.EndToken - 1}");
        }
    }
}

/// <summary>A harness found a broken invariant: reported to the fuzzer as a crash.</summary>
internal sealed class FuzzInvariantException(string message) : Exception(message);
