using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Events;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// A gold event file in the annotation guide's format (JSON Lines, one article a line: <c>id</c>,
/// <c>published</c>, <c>text</c>, <c>events</c>) and the guide's matching rules: an output event
/// matches a gold event when actor, action and target all match; each gold and each output event is
/// used once; precision = matched required / (matched required + unmatched outputs), recall =
/// matched required / required; outputs that match an optional gold event count neither way.
/// </summary>
internal static class GoldEvents
{
    /// <summary>One gold event: acceptable names and lemmas, and the attributes when set.</summary>
    internal sealed record Gold(
        IReadOnlyList<string> Actor, IReadOnlyList<string> Action, IReadOnlyList<string>? Target,
        string? Date, IReadOnlyList<string>? Place, string? Modality, string? Polarity, string? Zone, bool Required, string? Cameo)
    {
        public override string ToString() =>
            $"{string.Join('/', Actor)} —{string.Join('/', Action)}→ {(Target is null ? "(any)" : string.Join('/', Target))}"
            + (Date is null ? "" : $" date {Date}") + (Place is null ? "" : $" in {string.Join('/', Place)}")
            + (Modality is null ? "" : $" {Modality}") + (Polarity is null ? "" : $" {Polarity}") + (Required ? "" : " (optional)");
    }

    internal sealed record Article(string Id, DateTimeOffset? Published, string Text, IReadOnlyList<Gold> Events);

    /// <summary>What the scorer needs of one output event, taken from a <see cref="NewsEvent"/>.</summary>
    internal sealed record Output(string? ActorText, string? ActorName, string ActionText, string ActionLemma, string? TargetText, string? TargetName,
        string? Date, bool DateFromText, string? PlaceText, string? PlaceName, string Modality, string Polarity, string? Cameo, string Shown)
    {
        public static Output From(NewsEvent e) => new(
            e.Actor?.Text, e.Actor?.Canonical, e.Action.Text, e.Action.Lemma, e.Target?.Text, e.Target?.Canonical,
            e.Date?.Value, e.Date?.Text is not null, e.Place?.Text, e.Place?.Canonical,
            DocumentJson.Name(e.Modality), DocumentJson.Name(e.Polarity), e.Action.Cameo, e.ToString());
    }

    public static List<Article> Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var articles = new List<Article>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{path}:{lineNumber}";
            JObject o;
            try
            {
                using var jr = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
                o = JObject.Load(jr);
            }
            catch (JsonReaderException e) { throw new InputException($"{where}: not a JSON object: {e.Message}", e); }
            string id = (string?)o["id"] ?? throw new InputException($"{where}: no \"id\"");
            string text = (string?)o["text"] ?? throw new InputException($"{where}: no \"text\"");
            DateTimeOffset? published = null;
            if (o["published"] is JValue { Type: JTokenType.String } pv)
            {
                try { published = DocumentJson.ParsePublished((string)pv!); }
                catch (FormatException e) { throw new InputException($"{where}: \"published\": {e.Message}", e); }
            }
            var events = new List<Gold>();
            if (o["events"] is JArray list)
                foreach (var token in list)
                {
                    if (token is not JObject ev) throw new InputException($"{where}: an event is not an object");
                    var actor = Names(ev["actor"]) ?? throw new InputException($"{where}: an event has no \"actor\"");
                    var action = Names(ev["action"]) ?? throw new InputException($"{where}: an event has no \"action\"");
                    events.Add(new Gold(actor, action, Names(ev["target"]), Scalar(ev["date"]), Names(ev["place"]),
                        Scalar(ev["modality"])?.ToLowerInvariant(), Scalar(ev["polarity"])?.ToLowerInvariant(), Scalar(ev["zone"])?.ToLowerInvariant(),
                        ev["required"] is JValue { Type: JTokenType.Boolean } r ? (bool)r! : true, Scalar(ev["cameo"])));
                }
            articles.Add(new Article(id, published, text, events));
        }
        return articles;
    }

    /// <summary>A name list: a string, or an array of strings; null when absent or JSON null.</summary>
    private static List<string>? Names(JToken? t) => t switch
    {
        null or { Type: JTokenType.Null } => null,
        JArray a => a.Where(x => x.Type == JTokenType.String).Select(x => (string)x!).Where(s => s.Length > 0).ToList() is { Count: > 0 } l ? l : null,
        JValue { Type: JTokenType.String } v when ((string)v!).Length > 0 => [(string)v!],
        _ => null,
    };

    private static string? Scalar(JToken? t) => t is JValue { Type: JTokenType.String } v && ((string)v!).Length > 0 ? (string)v! : null;

    /// <summary>One of <paramref name="names"/> is a case-insensitive substring of the output's text or canonical name.</summary>
    internal static bool NameMatches(IReadOnlyList<string> names, string? text, string? canonical)
    {
        foreach (string n in names)
        {
            if (text is not null && text.Contains(n, StringComparison.OrdinalIgnoreCase)) return true;
            if (canonical is not null && canonical.Contains(n, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>One of the gold lemmas is the output's lemma, or its trigger text, or a word of the trigger.</summary>
    internal static bool ActionMatches(IReadOnlyList<string> lemmas, string text, string lemma)
    {
        foreach (string l in lemmas)
        {
            if (string.Equals(l, lemma, StringComparison.OrdinalIgnoreCase) || string.Equals(l, text, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (string.Equals(l, w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal static bool Matches(Gold g, Output o) =>
        o.ActorText is not null && NameMatches(g.Actor, o.ActorText, o.ActorName)
        && ActionMatches(g.Action, o.ActionText, o.ActionLemma)
        && (g.Target is null || (o.TargetText is not null && NameMatches(g.Target, o.TargetText, o.TargetName)));

    /// <summary>
    /// Pairs outputs with gold events: first with required ones, then what is left with optional ones,
    /// each in text order; returns for every output the index of its gold event, or -1.
    /// </summary>
    internal static int[] Align(IReadOnlyList<Gold> gold, IReadOnlyList<Output> outputs)
    {
        var pair = Enumerable.Repeat(-1, outputs.Count).ToArray();
        var used = new bool[gold.Count];
        foreach (bool required in (ReadOnlySpan<bool>)[true, false])
            for (int o = 0; o < outputs.Count; o++)
            {
                if (pair[o] >= 0) continue;
                for (int g = 0; g < gold.Count; g++)
                    if (!used[g] && gold[g].Required == required && Matches(gold[g], outputs[o])) { pair[o] = g; used[g] = true; break; }
            }
        return pair;
    }

    /// <summary>Counts over a set of articles.</summary>
    internal sealed class Score
    {
        public int Required, MatchedRequired, MatchedOptional, Unmatched, Outputs;
        public readonly Dictionary<string, int[]> Attributes = new(StringComparer.Ordinal); // right, counted
        public readonly SortedDictionary<string, int[]> ByRoot = new(StringComparer.Ordinal); // matched required, unmatched outputs, required gold

        public double Precision => MatchedRequired + Unmatched == 0 ? 0 : (double)MatchedRequired / (MatchedRequired + Unmatched);
        public double Recall => Required == 0 ? 0 : (double)MatchedRequired / Required;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>Counts one attribute judgement; returns <paramref name="right"/>.</summary>
        public bool Attribute(string name, bool right)
        {
            if (!Attributes.TryGetValue(name, out var c)) Attributes[name] = c = new int[2];
            if (right) c[0]++;
            c[1]++;
            return right;
        }

        public int[] Root(string? code)
        {
            string root = Cameo.Root(code) ?? "--";
            if (!ByRoot.TryGetValue(root, out var c)) ByRoot[root] = c = new int[3];
            return c;
        }
    }

    /// <summary>Scores one article's outputs against its gold events into <paramref name="score"/>; writes misses and extras to <paramref name="show"/>.</summary>
    internal static void Add(Article article, IReadOnlyList<Output> outputs, Score score, TextWriter? show)
    {
        var gold = article.Events;
        var pair = Align(gold, outputs);
        var matchedBy = Enumerable.Repeat(-1, gold.Count).ToArray();
        for (int o = 0; o < outputs.Count; o++) if (pair[o] >= 0) matchedBy[pair[o]] = o;
        score.Outputs += outputs.Count;
        for (int g = 0; g < gold.Count; g++)
        {
            if (!gold[g].Required) continue;
            score.Required++;
            int o = matchedBy[g];
            // A gold event's root is its own code when the file gives one, else the code of the output that matched it.
            score.Root(gold[g].Cameo ?? (o >= 0 ? outputs[o].Cameo : null))[2]++;
            if (o < 0) { show?.WriteLine($"  miss   {article.Id}: {gold[g]}"); continue; }
        }
        for (int o = 0; o < outputs.Count; o++)
        {
            int g = pair[o];
            var output = outputs[o];
            if (g < 0)
            {
                score.Unmatched++;
                score.Root(output.Cameo)[1]++;
                show?.WriteLine($"  extra  {article.Id}: {output.Shown}");
                continue;
            }
            var e = gold[g];
            if (!e.Required) { score.MatchedOptional++; continue; }
            score.MatchedRequired++;
            score.Root(e.Cameo ?? output.Cameo)[0]++;
            if (e.Date is not null && !score.Attribute("date", output.Date is not null && DateAgrees(e.Date, output.Date)))
                show?.WriteLine($"  date   {article.Id}: {output.Shown}: gold {e.Date}");
            if (e.Place is not null && !score.Attribute("place", (output.PlaceText is not null || output.PlaceName is not null) && NameMatches(e.Place, output.PlaceText, output.PlaceName)))
                show?.WriteLine($"  place  {article.Id}: {output.Shown}: gold {string.Join('|', e.Place)}, ours {output.PlaceName ?? output.PlaceText ?? "none"}");
            // The guide has no "reported": what a source says happened is asserted ("X said Y met Z").
            string modality = output.Modality == "reported" ? "asserted" : output.Modality;
            if (!score.Attribute("modality", modality == (e.Modality ?? "asserted")))
                show?.WriteLine($"  modal  {article.Id}: {output.Shown}: gold {e.Modality ?? "asserted"}");
            score.Attribute("polarity", (output.Polarity == "negative") == (e.Polarity == "negative"));
        }
    }

    /// <summary>The same TIMEX3 value, or the output's value more precise than the gold one ("2024-06-18" for "2024-06" is wrong; equal only).</summary>
    private static bool DateAgrees(string gold, string output) => string.Equals(gold, output, StringComparison.OrdinalIgnoreCase);

    public static void Write(Score s, int articles, TextWriter w)
    {
        w.WriteLine($"{articles} articles: {s.Required} required events, {s.Outputs} extracted; {s.MatchedRequired} match a required event, {s.MatchedOptional} an optional one, {s.Unmatched} match none");
        w.WriteLine();
        w.WriteLine("CAMEO root   matched  extra  required      P      R     F1");
        foreach (var (root, c) in s.ByRoot)
        {
            double p = c[0] + c[1] == 0 ? 0 : (double)c[0] / (c[0] + c[1]), r = c[2] == 0 ? 0 : (double)c[0] / c[2];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{root,-10} {c[0],9} {c[1],6} {c[2],9} {p,6:F3} {r,6:F3} {f,6:F3}"));
        }
        w.WriteLine("(root \"--\": events without a code; a gold event's root is the matched output's unless the gold file gives \"cameo\")");
        w.WriteLine();
        w.WriteLine("attribute on matched required events   right / counted");
        foreach (string name in (string[])["date", "place", "modality", "polarity"])
            if (s.Attributes.TryGetValue(name, out var c))
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {(double)c[0] / c[1],6:P1}  {c[0]} / {c[1]}"));
        w.WriteLine();
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3}"));
    }
}
