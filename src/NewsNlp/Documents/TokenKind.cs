namespace NewsNlp;

/// <summary>What a <see cref="Token"/> is. Serialised in JSON as the lower-case name.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, abbreviation or initial ("Putin", "U.S.", "Jan.", "J.R.R.").</summary>
    Word = 0,

    /// <summary>A number, possibly with separators, decimals or an ordinal suffix ("1,000", "3.5", "21st").</summary>
    Number,

    /// <summary>Punctuation: full stops, commas, quotes, brackets, dashes, ellipses.</summary>
    Punctuation,

    /// <summary>Other symbols: currency signs, percent, mathematical and other signs.</summary>
    Symbol,

    /// <summary>A web address ("https://example.org/a?b=c", "www.example.com").</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle ("@nytimes").</summary>
    Handle,

    /// <summary>A hashtag ("#Election2024").</summary>
    Hashtag,

    /// <summary>An emoji, including modifier and joiner sequences, or an ASCII emoticon (":)").</summary>
    Emoji,
}
