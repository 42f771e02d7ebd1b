using NewsNlp.Learning;
using NewsNlp.Text;

namespace NewsNlp.Zoning;

/// <summary>
/// The shape of one block, measured once so that its neighbours' features can read it: length,
/// words, capitals, digits, punctuation, how it ends, and a hash of its text for repeats.
/// </summary>
internal struct BlockStats
{
    /// <summary>Only so many characters are measured: a 1 MB line is as long as a 4 KB one to the model.</summary>
    public const int MaxMeasured = 4096;

    public int Length;
    public int Words;
    public int CapWords;
    public int LowerWords;
    public int Letters;
    public int Upper;
    public int Digits;
    public int NonLatin;
    public int Commas;
    public int InnerStops;
    public int Pipes;
    public int Bullets;
    public bool Url;
    public byte End; // EndClass
    public byte Start; // StartClass
    public ulong TextHash;

    public const byte EndTerminal = 0, EndColon = 1, EndComma = 2, EndLetter = 3, EndDigit = 4, EndCloser = 5, EndOther = 6;
    public const byte StartUpper = 0, StartLower = 1, StartDigit = 2, StartBullet = 3, StartQuote = 4, StartOther = 5;

    public static BlockStats Measure(ReadOnlySpan<char> block)
    {
        var s = new BlockStats { Length = block.Length, TextHash = FeatureHash.Add(FeatureHash.Start(0), block) };
        var m = block.Length > MaxMeasured ? block[..MaxMeasured] : block;
        bool inWord = false;
        for (int k = 0; k < m.Length; k++)
        {
            char c = m[k];
            if (CharClass.IsSeparator(c)) { inWord = false; continue; }
            if (!inWord)
            {
                inWord = true;
                s.Words++;
                if (char.IsUpper(c)) s.CapWords++;
                else if (char.IsLower(c)) s.LowerWords++;
            }
            if (char.IsLetter(c))
            {
                s.Letters++;
                if (char.IsUpper(c)) s.Upper++;
                if (c > '\u024F') s.NonLatin++;
            }
            else if (char.IsDigit(c)) s.Digits++;
            else if (c == ',') s.Commas++;
            else if (c == '|') s.Pipes++;
            else if (c is '\u2022' or '\u00B7' or '\u00BB' or '\u203A' or '>') s.Bullets++;
            else if (CharClass.IsTerminal(c) && k + 1 < m.Length && CharClass.IsSeparator(m[k + 1])) s.InnerStops++;
            else if (c == '/' && k + 1 < m.Length && m[k + 1] == '/') s.Url = true;
            else if (c == '@' || (c == '.' && k + 3 < m.Length && m[k + 1] == 'c' && m[k + 2] == 'o' && m[k + 3] == 'm')) s.Url = true;
        }
        s.End = EndClassOf(block);
        s.Start = StartClassOf(block[0]);
        return s;
    }

    private static byte EndClassOf(ReadOnlySpan<char> block)
    {
        char last = block[^1];
        if (CharClass.IsTerminal(last)) return EndTerminal;
        if (last is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
            return block.Length > 1 && CharClass.IsTerminal(block[^2]) ? EndTerminal : EndCloser;
        if (last == ':') return EndColon;
        if (last is ',' or ';') return EndComma;
        if (char.IsLetter(last)) return EndLetter;
        if (char.IsDigit(last)) return EndDigit;
        return EndOther;
    }

    private static byte StartClassOf(char c)
    {
        if (char.IsUpper(c)) return StartUpper;
        if (char.IsLower(c)) return StartLower;
        if (char.IsDigit(c)) return StartDigit;
        if (c is '\u2022' or '\u00B7' or '-' or '*' or '\u2013' or '\u2014' or '>' or '\u25AA' or '\u25BA') return StartBullet;
        if (c is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB') return StartQuote;
        return StartOther;
    }

    /// <summary>0..9 on a doubling scale: 1-3, 4-7, 8-15 ... 1024+.</summary>
    public static int LengthBucket(int n) => n < 4 ? 0 : Math.Min(9, 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)n) - 1);

    /// <summary>Words: 1, 2, 3, 4, 5-6, 7-9, 10-14, 15-24, 25-49, 50+.</summary>
    public static int WordBucket(int n) => n switch { <= 4 => n, <= 6 => 5, <= 9 => 6, <= 14 => 7, <= 24 => 8, <= 49 => 9, _ => 10 };

    /// <summary>A ratio in <paramref name="bins"/> equal bins.</summary>
    public static int Ratio(int part, int whole, int bins) => whole <= 0 ? -1 : Math.Min(bins - 1, part * bins / whole);

    /// <summary>Line index from an edge: 0, 1, 2, 3, 4-6, 7-10, 11-20, 21-40, 41-80, 81+.</summary>
    public static int IndexBucket(int i) => i switch { <= 3 => i, <= 6 => 4, <= 10 => 5, <= 20 => 6, <= 40 => 7, <= 80 => 8, _ => 9 };
}
