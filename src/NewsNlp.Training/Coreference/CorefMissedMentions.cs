using NewsNlp.Coreference;

namespace NewsNlp.Training.Coreference;

/// <summary>
/// <c>eval coref --missed</c>: the gold mentions in chains that no predicted mention (in a chain or
/// not) matches by exact span, grouped by how the nearest predicted mention differs — the bound on
/// recall that mention finding sets, and where its boundary conventions differ from OntoNotes'.
/// </summary>
internal static class CorefMissedMentions
{
    public static void Print(TextWriter stdout, IReadOnlyList<CorefDocument> docs, IReadOnlyList<Document> processed)
    {
        var counts = new Dictionary<string, int>();
        var examples = new Dictionary<string, List<string>>();
        long gold = 0;
        for (int i = 0; i < docs.Count; i++)
        {
            var g = docs[i];
            var doc = processed[i];
            if (CoreferenceResolver.Prepare(doc) is not { } d) continue;
            var words = doc.WordSpan;
            var predicted = new HashSet<MentionSpan>();
            var byLast = new Dictionary<int, MentionSpan>();
            var byFirst = new Dictionary<int, MentionSpan>();
            foreach (var m in d.Mentions)
                if (g.ToWords(words[m.FirstWord].Start, words[m.LastWord].End) is { } s)
                {
                    predicted.Add(s);
                    byLast.TryAdd(s.Last, s);
                    byFirst.TryAdd(s.First, s);
                }
            foreach (var span in g.Clusters.SelectMany(c => c).Distinct())
            {
                gold++;
                if (predicted.Contains(span)) continue;
                string key;
                MentionSpan? ours = null;
                if (byLast.TryGetValue(span.Last, out var l)) { ours = l; key = l.First < span.First ? "same end, ours starts earlier" : "same end, ours starts later"; }
                else if (byFirst.TryGetValue(span.First, out var f)) { ours = f; key = f.Last < span.Last ? "same start, ours ends earlier" : "same start, ours ends later"; }
                else key = "nothing shares an edge";
                string head = HeadTag(g, doc, span);
                key += span.First == span.Last ? $" | one word {head}" : $" | head {head}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (!examples.TryGetValue(key, out var list)) examples[key] = list = [];
                if (list.Count < 12)
                    list.Add($"gold [{Text(g, span)}] ours [{(ours is { } o ? Text(g, o) : "-")}]");
            }
        }
        int total = counts.Values.Sum();
        stdout.WriteLine($"gold mentions in chains {gold}, without an exact predicted twin {total} ({100.0 * total / Math.Max(gold, 1):F1}%)");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value))
        {
            stdout.WriteLine($"{count,6}  {key}");
            foreach (var e in examples[key]) stdout.WriteLine($"          {e}");
        }
    }

    private static string Text(CorefDocument g, MentionSpan m) => string.Join(' ', g.Words[m.First..(m.Last + 1)]);

    // The predicted tag of the gold span's head (its word whose head lies outside it) as we parse it.
    private static string HeadTag(CorefDocument g, Document doc, MentionSpan span)
    {
        var words = doc.WordSpan;
        int start = g.Spans[span.First].Start, end = g.Spans[span.Last].End;
        int a = 0;
        while (a < words.Length && words[a].End <= start) a++;
        int b = a;
        while (b + 1 < words.Length && words[b + 1].Start < end) b++;
        if (a >= words.Length) return "?";
        var syntax = doc.Syntax!;
        int head = b;
        for (int w = a; w <= b; w++)
            if (syntax[w].Head < a || syntax[w].Head > b) { head = w; break; }
        return syntax[head].Xpos ?? "?";
    }
}
