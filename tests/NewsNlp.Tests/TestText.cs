using NewsNlp.Text;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests;

/// <summary>Helpers shared by the test folders.</summary>
internal static class TestText
{
    public static readonly Tokenizer Tokenizer = new();

    /// <summary>Token texts, after checking the offset invariants on every token and word.</summary>
    public static string[] Tokens(string text)
    {
        var doc = new Document(text);
        Tokenizer.Process(doc);
        AssertInvariants(doc);
        return doc.TokenSpan.ToArray().Select(t => text[t.Start..t.End]).ToArray();
    }

    /// <summary>Word texts (contractions split).</summary>
    public static string[] Words(string text)
    {
        var doc = new Document(text);
        Tokenizer.Process(doc);
        AssertInvariants(doc);
        return doc.WordSpan.ToArray().Select(w => text[w.Start..w.End]).ToArray();
    }

    /// <summary>Whether the character at <paramref name="k"/> is in a run of format characters between two word characters ("Ber\uFEFFlin").</summary>
    private static bool InsideWord(string text, int k)
    {
        int run = k;
        while (run > 0 && CharClass.IsFormat(text[run - 1])) run--;
        return CharClass.IsFormat(text[k]) && CharClass.FormatRunJoins(text, run, out int end) && end > k;
    }

    /// <summary>
    /// Tokens are non-empty, in order, inside the text, hold no separator (but format characters inside a word), and together with the
    /// separators cover every character (nothing is lost). Words partition their token exactly.
    /// </summary>
    public static void AssertInvariants(Document doc)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var words = doc.WordSpan;
        int pos = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            Assert.That(t.Start, Is.GreaterThanOrEqualTo(pos), $"token {i} overlaps or is out of order");
            Assert.That(t.End, Is.GreaterThan(t.Start), $"token {i} is empty");
            Assert.That(t.End, Is.LessThanOrEqualTo(text.Length));
            for (int k = pos; k < t.Start; k++)
                Assert.That(CharClass.IsSeparator(text[k]), Is.True, $"character {k} (U+{(int)text[k]:X4}) is in no token");
            for (int k = t.Start; k < t.End; k++)
                Assert.That(CharClass.IsSeparator(text[k]) && !InsideWord(text, k), Is.False, $"token {i} holds separator U+{(int)text[k]:X4}");
            int wordPos = t.Start;
            for (int w = t.FirstWord; w < t.FirstWord + t.WordCount; w++)
            {
                Assert.That(words[w].Start, Is.EqualTo(wordPos), $"word {w} does not continue token {i}");
                Assert.That(words[w].End, Is.GreaterThan(words[w].Start));
                Assert.That(words[w].TokenIndex, Is.EqualTo(i));
                wordPos = words[w].End;
            }
            Assert.That(wordPos, Is.EqualTo(t.End), $"words of token {i} do not cover it");
            pos = t.End;
        }
        for (int k = pos; k < text.Length; k++)
            Assert.That(CharClass.IsSeparator(text[k]), Is.True, $"trailing character {k} is in no token");
    }
}
