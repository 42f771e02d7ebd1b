using NewsNlp.Dates;
using NewsNlp.Sentences;
using NewsNlp.Temporal;
using NewsNlp.Tokenization;

namespace NewsNlp.Fuzz;

/// <summary>
/// The date grammar and resolver against a publish date anywhere in the calendar (see
/// <see cref="FuzzInput"/>): the strict grammar at every word, the loose readings of every short
/// window, the finder, the resolver stage and <see cref="DateResolver.Resolve"/> over each sentence.
/// No value may name a year outside 0001-9999.
/// </summary>
internal static class DatesHarness
{
    private const int MaxChars = 2000;
    private const int LooseWindow = 4;
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();
    private static readonly DateResolver MonthFirst = new(System.Globalization.CultureInfo.GetCultureInfo("en-US"));
    private static readonly DateResolver DayFirst = new(System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static void Run(ReadOnlySpan<byte> data)
    {
        var input = FuzzInput.Read(data);
        string text = input.Text.Length > MaxChars ? input.Text[..MaxChars] : input.Text;
        var doc = new Document(text, input.Published);
        Tokenizer.Process(doc);
        Splitter.Process(doc);

        var context = new DateContext(input.Day, input.Tense, input.Order);
        foreach (var s in doc.SentenceSpan)
        {
            var (first, end) = doc.WordRange(s);
            var lower = DateResolver.Lower(doc, first, end);
            for (int k = 0; k < lower.Count; k++)
            {
                if (DateParser.Parse(lower, k, context) is { } m)
                {
                    if (m.Length < 1 || k + m.Length > lower.Count)
                        throw new FuzzInvariantException($"match of {m.Length} words at word {k} of {lower.Count}");
                    CheckValue(m.Value, m.RangeStart, m.RangeEnd);
                }
                for (int n = 1; n <= LooseWindow && k + n <= lower.Count; n++)
                    if (DateParser.Loose(lower.GetRange(k, n), context) is { } loose) CheckValue(loose.Value, loose.RangeStart, loose.RangeEnd);
            }
        }

        // The path the recognizer and the stage take: finder, then the resolver over its mentions.
        var mentions = new List<EntityMention>();
        DateFinder.AddMissed(doc, mentions, "DATE", "TIME");
        doc.SetEntities(mentions.ToArray());
        var resolver = input.Order == NumericDateOrder.DayFirst ? DayFirst : MonthFirst;
        resolver.Process(doc);
        foreach (var d in doc.Dates) CheckValue(d.Value, d.RangeStart, d.RangeEnd);
        foreach (var s in doc.SentenceSpan)
            if (resolver.Resolve(doc, s.Start, s.End) is { } v) CheckValue(v.Value, v.RangeStart, v.RangeEnd);
    }

    /// <summary>A TIMEX3 value never holds a negative or five-digit year: the calendar has overflowed.</summary>
    private static void CheckValue(string value, string? rangeStart, string? rangeEnd)
    {
        foreach (var v in (ReadOnlySpan<string?>)[value, rangeStart, rangeEnd])
        {
            if (v is null) continue;
            if (v.Length == 0 || v[0] == '-' || (v.Length >= 5 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) && char.IsAsciiDigit(v[2]) && char.IsAsciiDigit(v[3]) && char.IsAsciiDigit(v[4])))
                throw new FuzzInvariantException($"value \"{v}\" lies outside the calendar");
        }
    }
}
