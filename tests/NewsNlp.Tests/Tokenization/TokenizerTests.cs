namespace NewsNlp.Tests.Tokenization;

using NewsNlp.Text;
using NewsNlp.Tokenization;

using static NewsNlp.Tests.TestText;

[TestFixture]
public class AbbreviationTests
{
    [TestCase("The U.S. and the U.K. agreed.", new[] { "The", "U.S.", "and", "the", "U.K.", "agreed", "." })]
    [TestCase("Dr. Smith met Mr. Jones on Jan. 5.", new[] { "Dr.", "Smith", "met", "Mr.", "Jones", "on", "Jan.", "5", "." })]
    [TestCase("J.R.R. Tolkien and J. K. Rowling", new[] { "J.R.R.", "Tolkien", "and", "J.", "K.", "Rowling" })]
    [TestCase("Acme Inc. said at 3 p.m. that", new[] { "Acme", "Inc.", "said", "at", "3", "p.m.", "that" })]
    [TestCase("fruit, e.g., apples", new[] { "fruit", ",", "e.g.", ",", "apples" })]
    [TestCase("It ended.", new[] { "It", "ended", "." })]
    [TestCase("No. 10 and no.", new[] { "No.", "10", "and", "no", "." })]
    [TestCase("CCNG, Inc.. Then", new[] { "CCNG", ",", "Inc.", ".", "Then" })]
    [TestCase("the U.S.-led coalition", new[] { "the", "U.S.", "-", "led", "coalition" })]
    public void AbbreviationsAndInitialsKeepTheirStop(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));
}

[TestFixture]
public class ContractionTests
{
    [TestCase("don't", new[] { "don't" }, new[] { "do", "n't" })]
    [TestCase("can't", new[] { "can't" }, new[] { "ca", "n't" })]
    [TestCase("Putin's", new[] { "Putin's" }, new[] { "Putin", "'s" })]
    [TestCase("they're", new[] { "they're" }, new[] { "they", "'re" })]
    [TestCase("I'll", new[] { "I'll" }, new[] { "I", "'ll" })]
    [TestCase("didn’t", new[] { "didn’t" }, new[] { "did", "n’t" })]
    [TestCase("cannot", new[] { "cannot" }, new[] { "can", "not" })]
    [TestCase("gonna", new[] { "gonna" }, new[] { "gon", "na" })]
    [TestCase("the Smiths'", new[] { "the", "Smiths'" }, new[] { "the", "Smiths", "'" })]
    [TestCase("O'Brien", new[] { "O'Brien" }, new[] { "O'Brien" })]
    public void ContractionsAreOneTokenOfTwoWords(string text, string[] tokens, string[] words)
    {
        Assert.That(Tokens(text), Is.EqualTo(tokens));
        Assert.That(Words(text), Is.EqualTo(words));
    }

    [Test]
    public void MultiWordTokenKnowsItsWords()
    {
        var doc = new Document("We don't know.");
        TestText.Tokenizer.Process(doc);
        var t = doc.Tokens[1];
        Assert.Multiple(() =>
        {
            Assert.That(t.IsMultiWord, Is.True);
            Assert.That(t.WordCount, Is.EqualTo(2));
            Assert.That(doc.GetText(doc.Words[t.FirstWord]), Is.EqualTo("do"));
            Assert.That(doc.GetText(doc.Words[t.FirstWord + 1]), Is.EqualTo("n't"));
        });
    }
}

[TestFixture]
public class NumberTests
{
    [TestCase("1,000 people", new[] { "1,000", "people" })]
    [TestCase("3.5 percent", new[] { "3.5", "percent" })]
    [TestCase("$5.2 billion", new[] { "$", "5.2", "billion" })]
    [TestCase("€300", new[] { "€", "300" })]
    [TestCase("up 45%.", new[] { "up", "45", "%", "." })]
    [TestCase("at 10:30 on 16/11/2004", new[] { "at", "10:30", "on", "16/11/2004" })]
    [TestCase("the 21st century in the 1990s", new[] { "the", "21st", "century", "in", "the", "1990s" })]
    [TestCase("a 5kg bag at 11:30am", new[] { "a", "5", "kg", "bag", "at", "11:30", "am" })]
    [TestCase("call 713-654-0365 now", new[] { "call", "713-654-0365", "now" })]
    [TestCase("from 1969-1970", new[] { "from", "1969", "-", "1970" })]
    [TestCase("Says 2,000,", new[] { "Says", "2,000", "," })]
    public void NumbersKeepSeparatorsAndSplitUnits(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));

    [Test]
    public void NumberTokensHaveNumberKind()
    {
        var doc = new Document("1,000 and 3.5");
        TestText.Tokenizer.Process(doc);
        Assert.That(doc.Tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Number, TokenKind.Word, TokenKind.Number }));
    }
}

[TestFixture]
public class HyphenTests
{
    [TestCase("a search-engine", new[] { "a", "search", "-", "engine" })]
    [TestCase("by e-mail", new[] { "by", "e-mail" })]
    [TestCase("a non-stop flight", new[] { "a", "non-stop", "flight" })]
    [TestCase("anti-American protests", new[] { "anti-American", "protests" })]
    [TestCase("well-known", new[] { "well", "-", "known" })]
    [TestCase("the war -- again", new[] { "the", "war", "--", "again" })]
    [TestCase("war--again", new[] { "war", "--", "again" })]
    [TestCase("Moscow—Kyiv", new[] { "Moscow", "—", "Kyiv" })]
    public void CompoundsFollowUniversalDependencies(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));
}

[TestFixture]
public class UrlAndSocialTests
{
    [TestCase("See https://example.org/a?b=c&d=1.", new[] { "See", "https://example.org/a?b=c&d=1", "." })]
    [TestCase("(www.example.com)", new[] { "(", "www.example.com", ")" })]
    [TestCase("Mail jane.doe@example.co.uk, now", new[] { "Mail", "jane.doe@example.co.uk", ",", "now" })]
    [TestCase("@nytimes reports #Election2024!", new[] { "@nytimes", "reports", "#Election2024", "!" })]
    [TestCase("whitehouse.gov said", new[] { "whitehouse.gov", "said" })]
    public void WebTokensStayWhole(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));

    [Test]
    public void KindsAreReported()
    {
        var doc = new Document("https://a.org x@y.com @h #t 😀");
        TestText.Tokenizer.Process(doc);
        Assert.That(doc.Tokens.Select(t => t.Kind),
            Is.EqualTo(new[] { TokenKind.Url, TokenKind.Email, TokenKind.Handle, TokenKind.Hashtag, TokenKind.Emoji }));
    }
}

[TestFixture]
public class QuoteAndBracketTests
{
    [TestCase("\"Stop,\" he said.", new[] { "\"", "Stop", ",", "\"", "he", "said", "." })]
    [TestCase("“We will win,” she said.", new[] { "“", "We", "will", "win", ",", "”", "she", "said", "." })]
    [TestCase("‘No’", new[] { "‘", "No", "’" })]
    [TestCase("(AP)", new[] { "(", "AP", ")" })]
    [TestCase("[sic]", new[] { "[", "sic", "]" })]
    [TestCase("account(s)", new[] { "account", "(", "s", ")" })]
    [TestCase("Wait... what?!", new[] { "Wait", "...", "what", "?!" })]
    [TestCase("Really…", new[] { "Really", "…" })]
    public void QuotesAndBracketsAreSplit(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));
}

[TestFixture]
public class EmojiTests
{
    [TestCase("great 👍🏽 news", new[] { "great", "👍🏽", "news" })]
    [TestCase("love❤️", new[] { "love", "❤️" })]
    [TestCase("family 👨‍👩‍👧 day", new[] { "family", "👨‍👩‍👧", "day" })]
    [TestCase("flag 🇺🇦!", new[] { "flag", "🇺🇦", "!" })]
    [TestCase("ok :) fine", new[] { "ok", ":)", "fine" })]
    public void EmojiSequencesAreOneToken(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));

    [TestCase("Biden🙂 said", new[] { "Biden", "🙂", "said" })]
    [TestCase("🙂Biden said", new[] { "🙂", "Biden", "said" })]
    [TestCase("Biden👍🏽, Harris", new[] { "Biden", "👍🏽", ",", "Harris" })]
    [TestCase("Kyiv🇺🇦", new[] { "Kyiv", "🇺🇦" })]
    [TestCase("Kyiv❤️Odesa", new[] { "Kyiv", "❤️", "Odesa" })]
    public void EmojiGluedToAWordAreSplitOff(string text, string[] expected)
    {
        Assert.That(Tokens(text), Is.EqualTo(expected));
        var doc = new Document(text);
        TestText.Tokenizer.Process(doc);
        Assert.That(doc.TokenSpan.ToArray().Where(t => t.Kind == TokenKind.Word).Select(t => doc.GetText(t)).All(w => w.All(char.IsLetter)), Is.True);
    }
}

/// <summary>Invisible format characters (Unicode Cf) pasted into a word do not split it; at its edges they are separators.</summary>
[TestFixture]
public class FormatCharacterTests
{
    [TestCase("\uFEFF")] // BOM / zero-width no-break space
    [TestCase("\u200B")] // zero-width space
    [TestCase("\u200D")] // zero-width joiner
    [TestCase("\u200C")] // zero-width non-joiner
    [TestCase("\u00AD")] // soft hyphen
    [TestCase("\u2060")] // word joiner
    [TestCase("\u200B\uFEFF")]
    public void InsideAWordTheyStayInIt(string format)
    {
        string berlin = "Ber" + format + "lin";
        Assert.That(Tokens($"Scholz flew to {berlin}."), Is.EqualTo(new[] { "Scholz", "flew", "to", berlin, "." }));
        Assert.That(Tokens($"{berlin}'s mayor"), Is.EqualTo(new[] { berlin + "'s", "mayor" }));
        Assert.That(Words($"{berlin}'s mayor"), Is.EqualTo(new[] { berlin, "'s", "mayor" }));
    }

    [TestCase("\u200BBerlin\uFEFF said", new[] { "Berlin", "said" })]
    [TestCase("Berlin\u00AD, Paris", new[] { "Berlin", ",", "Paris" })]
    [TestCase("(\u2060Berlin)", new[] { "(", "Berlin", ")" })]
    [TestCase("2024\u200B-\u200B2025", new[] { "2024", "-", "2025" })]
    public void AtAWordsEdgeTheySeparate(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));

    [Test]
    public void FeatureTextDropsThemAndKeepsSpansOnTheSameWords()
    {
        string text = "\uFEFFScholz flew to Ber\u200Blin\u00AD.";
        var doc = new Document(text);
        TestText.Tokenizer.Process(doc);
        var spans = doc.WordSpan.ToArray().Select(w => (w.Start, w.End)).ToArray();
        string features = CharClass.WordFeatureText(text, spans);
        Assert.That(spans.Select(s => features[s.Start..s.End]), Is.EqualTo(new[] { "Scholz", "flew", "to", "Berlin", "." }));
        string plain = "Scholz flew to Berlin.";
        Assert.That(CharClass.WordFeatureText(plain, spans.AsSpan()), Is.SameAs(plain), "no copy when there is nothing to drop");
    }
}

[TestFixture]
public class WebPageMessTests
{
    [TestCase("arrived.The minister", new[] { "arrived", ".", "The", "minister" })]
    [TestCase("BREAKING: PUTIN ARRIVES IN PYONGYANG", new[] { "BREAKING", ":", "PUTIN", "ARRIVES", "IN", "PYONGYANG" })]
    [TestCase("Share | Tweet | Email", new[] { "Share", "|", "Tweet", "|", "Email" })]
    [TestCase("ADVERTISEMENT\n\nText", new[] { "ADVERTISEMENT", "Text" })]
    public void RealPagesTokenizeCleanly(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));
}

[TestFixture]
public class WhitespaceTests
{
    [TestCase("", new string[0])]
    [TestCase("   \t\r\n ", new string[0])]
    [TestCase("a\r\nb\rc\nd", new[] { "a", "b", "c", "d" })]
    [TestCase("a\u00A0b\u2003c \u200Bd", new[] { "a", "b", "c", "d" })]
    [TestCase("c\u200B d \u2060e\u00AD", new[] { "c", "d", "e" })]
    [TestCase("\uFEFFHello", new[] { "Hello" })]
    public void SeparatorsAreNeverTokens(string text, string[] expected) =>
        Assert.That(Tokens(text), Is.EqualTo(expected));
}

[TestFixture]
public class HostileStringTests
{
    [TestCase("a\0b")]
    [TestCase("\uD800")]
    [TestCase("x\uDC00y")]
    [TestCase("\uD83D")]
    [TestCase("😀\uD83D")]
    [TestCase("\u0007\u001B[31mred\u001B[0m")]
    [TestCase("<script>alert('x')</script>")]
    [TestCase("&nbsp;&amp;&lt;")]
    [TestCase("Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤ ̖t̝͕̳̣̻̪͞h̼͓̲̦̳̘̲e͇̣̰̦̬͎ ̢̼̻̱̘h͚͎͙̜̣̲ͅi̦̲̣̰̤v̻͍e̺̭̳̪̰-m̢iͅn̖̺̞̲̯̰d̵̼̟͙̩̼̘̳")]
    [TestCase("١٢٣ مرحبا 你好。こんにちは")]
    [TestCase("'''''\"\"\"\"((((")]
    [TestCase("....!!!!????----")]
    [TestCase("http://")]
    [TestCase("@")]
    [TestCase("#")]
    [TestCase("a@b@c.d@")]
    public void HostileInputKeepsOffsetsExact(string text)
    {
        Assert.DoesNotThrow(() => Tokens(text)); // Tokens() checks every invariant
    }

    [Test]
    public void LoneSurrogateIsASymbolToken()
    {
        var doc = new Document("a \uD800 b");
        TestText.Tokenizer.Process(doc);
        Assert.That(doc.Tokens.Select(t => doc.GetText(t)), Is.EqualTo(new[] { "a", "\uD800", "b" }));
        Assert.That(doc.Tokens[1].Kind, Is.EqualTo(TokenKind.Symbol));
    }

    [Test]
    public void BinaryGarbageKeepsOffsetsExact()
    {
        var random = new Random(1234);
        var chars = new char[20_000];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
        Assert.DoesNotThrow(() => Tokens(new string(chars)));
    }

    [Test]
    public void NullTextIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => TestText.Tokenizer.Tokenize((string)null!));
    }
}
