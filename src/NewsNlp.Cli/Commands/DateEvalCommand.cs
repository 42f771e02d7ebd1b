using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsNlp.Dates;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval dates --data F</c>: the share of gold DATE (and TIME) mentions of a labelled
/// corpus that the date stage gives a well-formed TIMEX3 value. The corpus has no gold values, so
/// this measures coverage, not correctness (the table tests measure correctness).
/// </summary>
internal static partial class DateEvalCommand
{
    // TIMEX3 value forms (TimeML 1.2.1 / TempEval-3), including underspecified "X" digits.
    [GeneratedRegex(@"^(?:(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI|XX:XX))?"
        + @"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?|(?:\d{4}|XXXX)-(?:Q[1-4X]|SP|SU|FA|WI)"
        + @"|\d{2}|XXX|XX|P(?:\d+|X)(?:Y|M|W|D|DE|CE)|PT(?:\d+|X)(?:H|M|S)|(?:PAST|PRESENT|FUTURE)_REF)$")]
    internal static partial Regex Timex3();

    public static Command Create(CliContext io)
    {
        var data = CliOptions.Value("--data", "FILE", "A labelled corpus (CoNLL-2003, OntoNotes .ner, or word ... tag columns).", required: true);
        var published = CliOptions.Value("--published", "DATE", "Publish date (yyyy-MM-dd) the dates are resolved against.");
        var types = CliOptions.Value("--types", "A,B", "The gold labels scored (DATE).");
        var show = CliOptions.Flag("--show", "List the mentions without a well-formed value, most frequent first.");
        var command = new Command("dates", "Share of gold DATE mentions the date stage gives a well-formed TIMEX3 value (coverage, not correctness).")
        {
            data, published, types, show,
        };
        command.SetAction(r => Run(r.GetRequiredValue(data), r.GetValue(published), r.GetValue(types), r.GetValue(show), io.Out));
        return command;
    }

    private static int Run(string data, string? publishedText, string? typesText, bool show, TextWriter stdout)
    {
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        DateTimeOffset? published = publishedText is { } p
            ? DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : throw new UsageException("--published must be a date (yyyy-MM-dd).")
            : null;
        var types = (typesText ?? "DATE").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        List<TaggedDocument> docs;
        try { docs = TaggedCorpus.Read(data); }
        catch (FormatException e) { throw new InputException(e.Message, e); }

        var pipeline = NewsPipelineBuilder.Build(new() { Layers = DocumentLayers.Syntax });
        var resolver = new DateResolver();
        int total = 0, valued = 0, wellFormed = 0, specified = 0;
        var byAnchor = new Dictionary<TemporalAnchor, int>();
        var misses = new List<string>();
        foreach (var doc in docs)
        {
            // The gold words joined by spaces, one sentence per line: mention offsets are known exactly.
            var text = new StringBuilder();
            var mentions = new List<(int Start, int End)>();
            foreach (var s in doc.Sentences)
            {
                var starts = new int[s.Words.Length + 1];
                for (int i = 0; i < s.Words.Length; i++)
                {
                    if (i > 0) text.Append(' ');
                    starts[i] = text.Length;
                    text.Append(s.Words[i]);
                }
                foreach (var (start, end, label) in s.Spans)
                    if (types.Contains(label)) mentions.Add((starts[start], starts[end - 1] + s.Words[end - 1].Length));
                text.Append('\n');
            }
            if (mentions.Count == 0) continue;
            string t = text.ToString();
            var document = pipeline.Process(t, published);
            foreach (var (start, end) in mentions)
            {
                total++;
                var value = resolver.Resolve(document, start, end);
                if (value is null)
                {
                    misses.Add(t[start..end]);
                    continue;
                }
                valued++;
                if (Timex3().IsMatch(value.Value)) wellFormed++;
                else misses.Add($"{t[start..end]} -> {value.Value} (not TIMEX3)");
                if (!value.Value.Contains('X') || value.Value.EndsWith("X", StringComparison.Ordinal) && value.Anchor == TemporalAnchor.Absolute) specified++;
                byAnchor[value.Anchor] = byAnchor.GetValueOrDefault(value.Anchor) + 1;
            }
        }
        stdout.WriteLine($"mentions {total} ({string.Join(",", types)})");
        stdout.WriteLine($"with a well-formed TIMEX3 value {wellFormed} ({100.0 * wellFormed / Math.Max(1, total):F2}%)");
        stdout.WriteLine($"fully specified (no X digits other than decades) {specified} ({100.0 * specified / Math.Max(1, total):F2}%)");
        stdout.WriteLine("by anchor: " + string.Join(", ", byAnchor.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        if (show)
            foreach (var (m, n) in misses.GroupBy(m => m).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2))
                stdout.WriteLine($"{n}\t{m}");
        return CliMain.ExitOk;
    }
}
