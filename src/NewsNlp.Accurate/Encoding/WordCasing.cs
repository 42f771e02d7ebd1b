namespace NewsNlp.Accurate.Encoding;

/// <summary>
/// What the uncased encoder cannot see: a word's casing and shape, as one small id that the heads
/// embed next to the encoder's vector ("Apple" and "apple" look the same to the encoder).
/// </summary>
internal static class WordCasing
{
    /// <summary>Number of distinct ids <see cref="Of"/> returns.</summary>
    public const int Count = 16;

    private const int Lower = 0, Capitalized = 1, AllCaps = 2, Mixed = 3, Number = 4, HasDigit = 5, Punctuation = 6, Other = 7;

    /// <summary>The casing class of <paramref name="word"/>, distinguished by whether it opens the sentence.</summary>
    public static int Of(ReadOnlySpan<char> word, bool sentenceStart)
    {
        int shape = Shape(word);
        return sentenceStart ? shape + 8 : shape;
    }

    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return Other;
        int upper = 0, lower = 0, digits = 0, letters = 0, punct = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) { upper++; letters++; }
            else if (char.IsLower(c)) { lower++; letters++; }
            else if (char.IsLetter(c)) letters++;
            else if (char.IsDigit(c)) digits++;
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) punct++;
        }
        if (digits > 0)
            return letters == 0 ? Number : HasDigit;
        if (letters == 0)
            return punct > 0 ? Punctuation : Other;
        if (upper == 0)
            return Lower;
        if (lower == 0)
            return AllCaps;
        return char.IsUpper(word[0]) && upper == 1 ? Capitalized : Mixed;
    }
}
