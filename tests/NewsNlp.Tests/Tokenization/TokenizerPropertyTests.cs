using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

[TestFixture]
public class TokenizerPropertyTests
{
    // Strings drawn from the characters that drive the tokenizer's decisions, plus any UTF-16 unit.
    private static readonly char[] Interesting =
        "aZ09 .,;:!?'\"-/()[]$%@#&_\n\r\t’“”…—😀\uD800\uDC00\u0000\u200B\u00A0".ToCharArray();

    private static Arbitrary<string> TextArb() =>
        Gen.OneOf(Gen.Elements(Interesting), ArbMap.Default.GeneratorFor<char>())
            .ArrayOf()
            .Select(a => new string(a))
            .ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property EveryTokenReslicesTheTextAndNothingIsLost() =>
        Prop.ForAll(TextArb(), text =>
        {
            TestText.Tokens(text); // asserts ordering, exact cover and word partition
            return true;
        });

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property SpanAndStringApisAgree() =>
        Prop.ForAll(TextArb(), text =>
        {
            var tokens = new List<Token>();
            var words = new List<Word>();
            new Tokenizer().Tokenize(text.AsSpan(), tokens, words);
            return tokens.SequenceEqual(new Tokenizer().Tokenize(text));
        });
}
