using System.Globalization;
using NewsNlp.Temporal;

namespace NewsNlp.Dates;

/// <summary>
/// The date stage: resolves every DATE and TIME entity to a TIMEX3-style value against the
/// document's publish date and the tense of its clause ("will visit on Tuesday" → the coming
/// Tuesday). The library never reads the clock: without a publish date, relative expressions keep
/// an underspecified value ("XXXX-WXX-2") with <see cref="TemporalAnchor.Unresolved"/>.
/// </summary>
/// <remarks>Thread-safe. Uses the syntax layer for tense when the document has one.</remarks>
public sealed class DateResolver : IPipelineStage
{
    /// <summary>Creates the stage.</summary>
    /// <param name="culture">Decides ambiguous numeric dates (03/04/2024): day first when the culture's
    /// short date pattern starts with the day (en-GB, fr-FR), else month first (default: en-US).</param>
    public DateResolver(CultureInfo? culture = null)
    {
        Culture = culture ?? CultureInfo.GetCultureInfo("en-US");
        Order = Culture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('d') ? NumericDateOrder.DayFirst : NumericDateOrder.MonthFirst;
    }

    /// <summary>The culture for ambiguous numeric dates.</summary>
    public CultureInfo Culture { get; }

    /// <summary>How ambiguous numeric dates are read.</summary>
    public NumericDateOrder Order { get; }

    /// <inheritdoc/>
    public string Name => "dates";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Entities;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Dates;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<TemporalValue>();
        foreach (var e in document.Entities)
        {
            if (e.Type != EntityType.Date) continue;
            cancellationToken.ThrowIfCancellationRequested();
            if (Resolve(document, e.Start, e.End) is { } value) result.Add(value);
        }
        document.SetDates(result.ToArray());
    }

    /// <summary>
    /// Resolves the expression at [<paramref name="start"/>, <paramref name="end"/>) of a tokenized,
    /// sentence-split document; null when it is not a date or time expression.
    /// </summary>
    public TemporalValue? Resolve(Document document, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = document.WordSpan;
        // Words are in text order: binary search for the first one that ends after start.
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (words[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }
        int first = lo < words.Length && words[lo].Start < end ? lo : -1, last = first;
        if (first < 0) return null;
        while (last + 1 < words.Length && words[last + 1].Start < end) last++;
        var (sentenceFirst, sentenceEnd) = SentenceOf(document, first);
        var tense = TenseDetector.Detect(document, sentenceFirst, first, last, sentenceEnd);
        var context = new DateContext(document.PublishedDay, tense, Order);
        var lower = Lower(document, first, last + 1);
        // The longest reading that starts earliest ("the past two years": "the" may be left out).
        for (int k = 0; k < lower.Count; k++)
        {
            if (DateParser.Parse(lower, k, context) is not { } m) continue;
            int s = words[first + k].Start, e = words[first + k + m.Length - 1].End;
            if (k > 0 || m.Length < lower.Count) { s = start; e = end; }
            return new TemporalValue(s, e, document.Text[s..e], m.Value, m.Kind, m.Granularity, m.RangeStart, m.RangeEnd, m.Anchor);
        }
        // The whole mention is a date (the recognizer says so): try the looser readings.
        if (DateParser.Loose(lower, context) is { } loose)
            return new TemporalValue(start, end, document.Text[start..end], loose.Value, loose.Kind, loose.Granularity, loose.RangeStart, loose.RangeEnd, loose.Anchor);
        return null;
    }

    internal static List<string> Lower(Document d, int from, int to)
    {
        var list = new List<string>(to - from);
        var words = d.WordSpan;
        for (int i = from; i < to; i++) list.Add(d.Text.AsSpan(words[i].Start, words[i].Length).ToString().ToLowerInvariant());
        return list;
    }

    internal static (int First, int End) SentenceOf(Document d, int word)
    {
        var sentences = d.SentenceSpan;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var (first, end) = d.WordRange(sentences[mid]);
            if (end <= word) lo = mid + 1;
            else if (first > word) hi = mid - 1;
            else return (first, end);
        }
        return (0, d.Words.Count);
    }
}
