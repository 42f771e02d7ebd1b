using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Events;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// The ConfliBERT CAMEO sentences (JSON Lines: <c>text</c>, <c>pentaclass</c> 0-4, <c>events</c>
/// with source <c>actor</c>, <c>target</c> and <c>reciprocal</c> spans as character offsets) scored
/// against our events: source and target spans (exact character spans, and overlapping spans as a
/// lenient second figure) and the sentence's PentaClass from the CAMEO root of our first event.
/// </summary>
internal static class ConfliBertCameo
{
    internal sealed record Sentence(string Id, string Text, int? PentaClass, bool HasSpans, List<(int Start, int End)> Sources, List<(int Start, int End)> Targets);

    /// <summary>PentaClass names, by number.</summary>
    internal static readonly string[] Classes = ["statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    /// <summary>
    /// CAMEO root (01-20) to PentaClass as the Phoenix event data that ConfliBERT's coders come from
    /// defines it (openeventdata's phoenix_pipeline, <c>quad_conversion</c>, with 01-02 split off as
    /// statements): 01-02 statement, 03-05 verbal cooperation, 06-08 material cooperation, 09-13 and
    /// 16 (reduce relations: sanctions, suspended aid, expulsions) verbal conflict, 14-15 and 17-20
    /// material conflict. GDELT's quad classes (<see cref="Cameo.QuadClass"/>) put 16 with material
    /// conflict; ConfliBERT's train split calls 45 of the 55 sentences we code 16 verbal conflict.
    /// </summary>
    internal static int? PentaClassOf(string? code)
    {
        if (!int.TryParse(Cameo.Root(code), NumberStyles.None, CultureInfo.InvariantCulture, out int root)) return null;
        return root switch { >= 1 and <= 2 => 0, >= 3 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 13 or 16 => 3, >= 14 and <= 20 => 4, _ => null };
    }

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
            if (o["events"] is JArray events)
                foreach (var e in events.OfType<JObject>())
                {
                    Spans(e["actor"], sources, text, path, n);
                    Spans(e["target"], targets, text, path, n);
                }
            int? penta = o["pentaclass"] is JValue { Type: JTokenType.Integer } p ? (int)p : null;
            list.Add(new Sentence((string?)o["id"] ?? $"line {n}", text, penta, o["has_spans"] is JValue { Type: JTokenType.Boolean } h && (bool)h, sources, targets));
        }
        return list;
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
