using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Events;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// The ConfliBERT CAMEO sentences (JSON Lines: <c>text</c>, <c>pentaclass</c> 0-4, <c>events</c>
/// with source <c>actor</c>, <c>target</c> and <c>reciprocal</c> spans as character offsets) scored
/// against our events: source and target spans (exact character spans, and overlapping spans as a
/// lenient second figure) and the sentence's PentaClass from the class of our likeliest event that has one.
/// </summary>
internal static class ConfliBertCameo
{
    internal sealed record Sentence(string Id, string Text, int? PentaClass, bool HasSpans, List<(int Start, int End)> Sources, List<(int Start, int End)> Targets,
        List<(int Start, int End)> Reciprocals);

    /// <summary>PentaClass names, by number.</summary>
    internal static readonly string[] Classes = ["statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    /// <summary>
    /// The PentaClass number (0-4) of a CAMEO code, as the Phoenix event data that ConfliBERT's coders
    /// come from maps roots (<see cref="Cameo.ClassOf"/>; <see cref="EventClass"/> is in PentaClass
    /// order). GDELT's quad classes (<see cref="Cameo.QuadClass"/>) put 16 with material conflict;
    /// ConfliBERT's train split calls 45 of the 55 sentences we code 16 verbal conflict.
    /// </summary>
    internal static int? PentaClassOf(string? code) => (int?)Cameo.ClassOf(code);

    public static List<Sentence> Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var list = new List<Sentence>();
        int n = 0;
        foreach (string line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JObject o;
            try { o = JObject.Parse(line); }
            catch (JsonReaderException e) { throw new InputException($"{path}:{n}: not a JSON object: {e.Message}", e); }
            string text = (string?)o["text"] ?? throw new InputException($"{path}:{n}: no \"text\"");
            var sources = new List<(int, int)>();
            var targets = new List<(int, int)>();
            var reciprocals = new List<(int, int)>();
            if (o["events"] is JArray events)
                foreach (var e in events.OfType<JObject>())
                {
                    Spans(e["actor"], sources, text, path, n);
                    Spans(e["target"], targets, text, path, n);
                    Spans(e["reciprocal"], reciprocals, text, path, n);
                }
            int? penta = o["pentaclass"] is JValue { Type: JTokenType.Integer } p ? (int)p : null;
            list.Add(new Sentence((string?)o["id"] ?? $"line {n}", text, penta, o["has_spans"] is JValue { Type: JTokenType.Boolean } h && (bool)h, sources, targets, reciprocals));
        }
        return list;
    }

    /// <summary>
    /// Our events' spans in ConfliBERT's three roles: the actor and target of a one-way event are a source
    /// and a target; both sides of a reciprocal event (<see cref="NewsEvent.Reciprocal"/>) are reciprocal
    /// spans, and, as ConfliBERT marks a coordinated pair ("The Jordan and the United States began
    /// exercises"), one span from the first side to the second when only "and" or a comma lies between them.
    /// </summary>
    public static (List<(int Start, int End)> Sources, List<(int Start, int End)> Targets, List<(int Start, int End)> Reciprocals) Roles(string text, IEnumerable<NewsEvent> events)
    {
        var sources = new List<(int, int)>();
        var targets = new List<(int, int)>();
        var reciprocals = new List<(int, int)>();
        foreach (var e in events)
        {
            if (!e.Reciprocal)
            {
                if (e.Actor is { } a) sources.Add((a.Start, a.End));
                if (e.Target is { } t) targets.Add((t.Start, t.End));
                continue;
            }
            if (e.Actor is not { } x || e.Target is not { } y) continue;
            var (first, second) = x.Start <= y.Start ? (x, y) : (y, x);
            if (first.End <= second.Start && text.AsSpan(first.End, second.Start - first.End).Trim() is var between
                && (between.SequenceEqual("and") || between.SequenceEqual(",") || between.SequenceEqual("&")))
                reciprocals.Add((first.Start, second.End));
            else
            {
                reciprocals.Add((x.Start, x.End));
                reciprocals.Add((y.Start, y.End));
            }
        }
        return (sources, targets, reciprocals);
    }

    private static void Spans(JToken? t, List<(int, int)> into, string text, string path, int line)
    {
        if (t is not JArray a) return;
        foreach (var s in a.OfType<JObject>())
        {
            int start = (int?)s["start"] ?? -1, end = (int?)s["end"] ?? -1;
            if (start < 0 || end <= start || end > text.Length) throw new InputException($"{path}:{line}: span {start}-{end} outside the text");
            into.Add((start, end));
        }
    }

    /// <summary>Exact and overlap counts of one span kind.</summary>
    internal sealed class SpanScore
    {
        public int Gold, Predicted, Exact, GoldOverlapped, PredictedOverlapping;

        public void Add(IReadOnlyList<(int Start, int End)> gold, IReadOnlyList<(int Start, int End)> predicted)
        {
            var g = gold.Distinct().ToList();
            var p = predicted.Distinct().ToList();
            Gold += g.Count;
            Predicted += p.Count;
            Exact += p.Count(x => g.Contains(x));
            GoldOverlapped += g.Count(x => p.Any(y => y.Start < x.End && x.Start < y.End));
            PredictedOverlapping += p.Count(y => g.Any(x => y.Start < x.End && x.Start < y.End));
        }

        public (double P, double R, double F1) ExactPrf() => Prf(Exact, Exact);

        public (double P, double R, double F1) OverlapPrf() => Prf(PredictedOverlapping, GoldOverlapped);

        private (double, double, double) Prf(int rightPredicted, int foundGold)
        {
            double p = Predicted == 0 ? 0 : (double)rightPredicted / Predicted, r = Gold == 0 ? 0 : (double)foundGold / Gold;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
