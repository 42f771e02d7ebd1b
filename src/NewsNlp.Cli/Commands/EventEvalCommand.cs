using System.CommandLine;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NewsNlp.Events;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp eval events --petrarch FILE.xml</c>: runs the pipeline and the event stage over
/// PETRARCH-2's unit-test records, with the verb, actor and agent dictionaries the file's
/// <c>&lt;Environment&gt;</c> names (next to it), and counts the expected events (source code,
/// target code, CAMEO code) that one of our events in the same sentence agrees with: the same
/// source and target codes and the same root code, and separately the same full code. Records
/// marked <c>noevents</c> count as right when we code nothing; <c>error</c> records are skipped.
/// </summary>
internal static class EventEvalCommand
{
    private sealed record Expected(string Source, string Target, string Code);

    private sealed record Record(string Id, string Category, DateTimeOffset Date, string Text, List<Expected> Events, bool NoEvents, bool Error);

    public static Command Create(CliContext io)
    {
        var o = new Options();
        var command = new Command("events", "Score the events: against gold events (--gold), ConfliBERT CAMEO sentences (--conflibert), "
            + "PETRARCH-2's unit-test records (--petrarch) or hand judgements (--judged); give one of the four.")
        {
            o.Gold, o.ConfliBert, o.Petrarch, o.Verbs, o.Actors, o.Agents, o.Judged, o.Articles, o.Show, o.Curve, o.Trees, o.Accurate,
        };
        command.SetAction(r => Run(r, o, io.Out));
        return command;
    }

    private sealed class Options
    {
        public readonly Option<string> Gold = CliOptions.Value("--gold", "F.jsonl", "Event P/R/F1 against gold events (the annotation guide's JSON Lines format).");
        public readonly Option<string> ConfliBert = CliOptions.Value("--conflibert", "F.jsonl", "Source/target span F1 and PentaClass accuracy on ConfliBERT CAMEO sentences.");
        public readonly Option<string> Petrarch = CliOptions.Value("--petrarch", "F.xml", "Agreement with PETRARCH-2's unit-test records.");
        public readonly Option<string> Verbs = CliOptions.Value("--verbs", "FILE", "--petrarch: the CAMEO verb dictionary (default: the one the records file names).");
        public readonly Option<string> Actors = CliOptions.Value("--actors", "F[,F]", "--petrarch: the actor dictionaries (default: those the records file names).");
        public readonly Option<string> Agents = CliOptions.Value("--agents", "FILE", "--petrarch: the agent dictionary (default: the one the records file names).");
        public readonly Option<string> Judged = CliOptions.Value("--judged", "F.tsv", "Precision over hand-judged events.");
        public readonly Option<string> Articles = CliOptions.Value("--articles", "F.jsonl", "--judged: the judged articles, JSON Lines (default: articles.jsonl beside the judgements).");
        public readonly Option<bool> Show = CliOptions.Flag("--show", "List misses and extras.");
        public readonly Option<bool> Curve = CliOptions.Flag("--curve", "--gold: also print P/R/F1 keeping only events at or above each confidence (the precision a caller gets by filtering on confidence).");
        public readonly Option<bool> Trees = CliOptions.Flag("--trees", "--petrarch --show: add each missed sentence's dependency tree.");
        public readonly Option<bool> Accurate = CliOptions.Flag("--accurate", "Run the events on the accurate tier's syntax and entities (models/en-trf).");
    }

    private static NewsPipeline DefaultPipeline(bool accurate)
        => accurate ? AccurateLocator.Pipeline(null, new NewsPipelineOptions()) : NewsPipeline.CreateDefault();

    private static int Run(ParseResult a, Options o, TextWriter stdout)
    {
        bool accurate = a.GetValue(o.Accurate);
        if (a.GetValue(o.Judged) is { } judged) return Judged(judged, a.GetValue(o.Articles), a.GetValue(o.Show), accurate, stdout);
        if (a.GetValue(o.Gold) is { } gold) return Gold(gold, a.GetValue(o.Show), a.GetValue(o.Curve), accurate, stdout);
        if (a.GetValue(o.ConfliBert) is { } conflibert) return ConfliBert(conflibert, a.GetValue(o.Show), accurate, stdout);
        string path = a.GetValue(o.Petrarch) ?? throw new UsageException("eval events needs --gold FILE.jsonl, --conflibert FILE.jsonl, --petrarch FILE.xml or --judged FILE.tsv.");
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        XDocument xml;
        try { xml = XDocument.Load(path); }
        catch (XmlException e) { throw new InputException($"{path}: not a PETRARCH records file: {e.Message}", e); }
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var env = xml.Root?.Element("Environment");
        string Dict(Option<string> option, string element) =>
            a.GetValue(option) ?? (env?.Element(element)?.Value.Trim() is { Length: > 0 } f ? Path.Combine(folder, f) : throw new UsageException($"{option.Name} is required (the records file names no {element})."));
        string verbsPath = Dict(o.Verbs, "Verbfile"), actorsPath = Dict(o.Actors, "Actorfile"), agentsPath = Dict(o.Agents, "Agentfile");
        foreach (var f in actorsPath.Split(',').Append(verbsPath).Append(agentsPath))
            if (!File.Exists(f)) throw new InputException($"{f}: no such file");

        EventExtractor extractor;
        try { extractor = new EventExtractor(CameoVerbDictionary.Load(verbsPath), ActorDictionary.Load(actorsPath.Split(','), agentsPath), reverseEvents: true); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        var records = Read(xml, path);
        // Identity comes from the records' own actor dictionaries, as the events' codes do.
        var withoutEvents = new NewsPipelineOptions { Layers = NewsPipelineOptions.AllLayers & ~(DocumentLayers.Identity | DocumentLayers.Events | DocumentLayers.Relations) };
        var pipeline = NewsPipeline.Create([.. NewsPipelineBuilder.Stages(accurate ? AccurateLocator.Options(null, withoutEvents) : withoutEvents),
            new IdentityResolver(extractor.Actors), extractor]);

        var byCategory = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // expected, root agree, code agree
        int noEventRecords = 0, noEventRight = 0, skipped = 0, produced = 0;
        var misses = new List<string>();
        foreach (var r in records)
        {
            if (r.Error) { skipped++; continue; }
            var doc = pipeline.Process(r.Text, r.Date, r.Id);
            var ours = doc.Events.Select(e => (Source: Code(e.Actor), Target: Code(e.Target), Code: e.Action.Cameo ?? "")).ToList();
            produced += ours.Count;
            if (r.NoEvents)
            {
                noEventRecords++;
                if (ours.Count == 0) noEventRight++;
                else if (a.GetValue(o.Show)) misses.Add($"{r.Id} [{r.Category}] expected no event; got {Show(ours)}\n    {r.Text}");
                continue;
            }
            if (!byCategory.TryGetValue(r.Category, out var counts)) byCategory[r.Category] = counts = new int[3];
            var unusedRoot = new List<(string Source, string Target, string Code)>(ours);
            var unusedCode = new List<(string Source, string Target, string Code)>(ours);
            foreach (var x in r.Events)
            {
                counts[0]++;
                int i = unusedRoot.FindIndex(o => o.Source == x.Source && o.Target == x.Target && Cameo.Root(o.Code) == Cameo.Root(x.Code));
                if (i >= 0) { counts[1]++; unusedRoot.RemoveAt(i); }
                else if (a.GetValue(o.Show)) misses.Add($"{r.Id} [{r.Category}] expected {x.Source} {x.Target} {x.Code}; got {Show(ours)}\n    {r.Text}" + (a.GetValue(o.Trees) ? "\n    " + Tree(doc) : ""));
                int j = unusedCode.FindIndex(o => o.Source == x.Source && o.Target == x.Target && o.Code == x.Code);
                if (j >= 0) { counts[2]++; unusedCode.RemoveAt(j); }
            }
        }

        int total = byCategory.Values.Sum(c => c[0]), root = byCategory.Values.Sum(c => c[1]), code = byCategory.Values.Sum(c => c[2]);
        stdout.WriteLine($"PETRARCH-2 unit-test records: {records.Count} sentences, {total} expected events; {noEventRecords} no-event records; {skipped} error records skipped; {produced} events produced");
        stdout.WriteLine($"{"category",-10} {"expected",9} {"actors+root",12} {"%",7} {"actors+code",12} {"%",7}");
        foreach (var (category, c) in byCategory)
            stdout.WriteLine($"{category,-10} {c[0],9} {c[1],12} {Pct(c[1], c[0]),7} {c[2],12} {Pct(c[2], c[0]),7}");
        stdout.WriteLine($"{"all",-10} {total,9} {root,12} {Pct(root, total),7} {code,12} {Pct(code, total),7}");
        stdout.WriteLine($"no-event records with no event: {noEventRight}/{noEventRecords}");
        foreach (var m in misses) stdout.WriteLine(m);
        return CliMain.ExitOk;
    }

    /// <summary>
    /// <c>--gold FILE.jsonl</c>: the default pipeline over each gold article (its text and publish
    /// date), scored by the annotation guide's rules (<see cref="Evaluation.GoldEvents"/>); with
    /// <c>--show</c>, each missed required event, each extra output, and each wrong date, place or modality of a matched one, under its article.
    /// </summary>
    private static int Gold(string path, bool show, bool curve, bool accurate, TextWriter stdout)
    {
        var articles = Evaluation.GoldEvents.Read(path);
        if (articles.Count == 0) throw new InputException($"{path}: no articles");
        var pipeline = DefaultPipeline(accurate);
        var score = new Evaluation.GoldEvents.Score();
        var all = new List<List<NewsEvent>>(articles.Count);
        foreach (var article in articles)
        {
            var doc = pipeline.Process(article.Text, article.Published, article.Id);
            all.Add([.. doc.Events]);
            var outputs = doc.Events.Select(Evaluation.GoldEvents.Output.From).ToList();
            Evaluation.GoldEvents.Add(article, outputs, score, show ? stdout : null);
        }
        if (curve)
        {
            // The same articles scored again keeping only the events a caller filtering on confidence would keep.
            stdout.WriteLine("min confidence  events      P      R     F1");
            foreach (double min in (double[])[0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7])
            {
                var at = new Evaluation.GoldEvents.Score();
                for (int i = 0; i < articles.Count; i++)
                    Evaluation.GoldEvents.Add(articles[i], all[i].Where(e => e.Confidence >= min).Select(Evaluation.GoldEvents.Output.From).ToList(), at, null);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{min,14:F2} {at.Outputs,7} {at.Precision,6:F3} {at.Recall,6:F3} {at.F1,6:F3}"));
            }
            stdout.WriteLine();
        }
        Evaluation.GoldEvents.Write(score, articles.Count, stdout);
        return CliMain.ExitOk;
    }

    /// <summary>
    /// <c>--conflibert FILE.jsonl</c>: the default pipeline over each ConfliBERT CAMEO sentence; our
    /// events' actor and target spans against the annotated source and target spans, and the
    /// PentaClass of our likeliest coded event (its <see cref="EventAction.Class"/>) against the sentence's (<see cref="Evaluation.ConfliBertCameo"/>).
    /// </summary>
    private static int ConfliBert(string path, bool show, bool accurate, TextWriter stdout)
    {
        var sentences = Evaluation.ConfliBertCameo.Read(path);
        if (sentences.Count == 0) throw new InputException($"{path}: no sentences");
        var pipeline = DefaultPipeline(accurate);
        var sources = new Evaluation.ConfliBertCameo.SpanScore();
        var targets = new Evaluation.ConfliBertCameo.SpanScore();
        var mainSources = new Evaluation.ConfliBertCameo.SpanScore();
        var mainTargets = new Evaluation.ConfliBertCameo.SpanScore();
        var reciprocals = new Evaluation.ConfliBertCameo.SpanScore();
        int classed = 0, right = 0, rightByCode = 0, noEvent = 0, spanned = 0;
        var confusion = new int[5, 6];
        foreach (var s in sentences)
        {
            var doc = pipeline.Process(s.Text, null, s.Id);
            var events = doc.Events;
            if (s.HasSpans)
            {
                spanned++;
                var (ps, pt, pr) = Evaluation.ConfliBertCameo.Roles(s.Text, events);
                sources.Add(s.Sources, ps);
                targets.Add(s.Targets, pt);
                reciprocals.Add(s.Reciprocals, pr);
                var main = events.Where(e => Evaluation.ConfliBertCameo.PentaClassOf(e.Action.Cameo) is not null).MaxBy(e => e.Confidence) ?? events.MaxBy(e => e.Confidence);
                var (ms, mt, _) = Evaluation.ConfliBertCameo.Roles(s.Text, main is null ? [] : [main]);
                mainSources.Add(s.Sources, ms);
                mainTargets.Add(s.Targets, mt);
                if (show && (!ps.ToHashSet().SetEquals(s.Sources) || !pt.ToHashSet().SetEquals(s.Targets) || !pr.ToHashSet().SetEquals(s.Reciprocals)))
                    stdout.WriteLine($"  spans  {s.Id}: gold S {Spans(s.Text, s.Sources)} T {Spans(s.Text, s.Targets)} R {Spans(s.Text, s.Reciprocals)}; ours S {Spans(s.Text, ps)} T {Spans(s.Text, pt)} R {Spans(s.Text, pr)}; main S {Spans(s.Text, ms)} T {Spans(s.Text, mt)}");
            }
            if (s.PentaClass is int gold)
            {
                classed++;
                var coded = events.Where(e => Evaluation.ConfliBertCameo.PentaClassOf(e.Action.Cameo) is not null).MaxBy(e => e.Confidence);
                int? predicted = (int?)coded?.Action.Class;
                if (predicted is null) noEvent++;
                if (predicted == gold) right++;
                if (Evaluation.ConfliBertCameo.PentaClassOf(coded?.Action.Cameo) == gold) rightByCode++;
                confusion[gold, predicted ?? 5]++;
            }
        }
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine($"ConfliBERT CAMEO: {sentences.Count} sentences, {spanned} with spans, {classed} with a PentaClass");
        stdout.WriteLine("span      gold  ours   exact P      R     F1   overlap P      R     F1");
        foreach (var (name, sc) in new[] { ("source", sources), ("target", targets), ("recipr.", reciprocals), ("source*", mainSources), ("target*", mainTargets) })
        {
            var (p, r, f) = sc.ExactPrf();
            var (op, or, of) = sc.OverlapPrf();
            stdout.WriteLine(string.Create(inv, $"{name,-8} {sc.Gold,5} {sc.Predicted,5}  {p,8:F3} {r,6:F3} {f,6:F3}  {op,9:F3} {or,6:F3} {of,6:F3}"));
        }
        stdout.WriteLine("(recipr.: both sides of our reciprocal events, against ConfliBERT's reciprocal spans; a reciprocal event's sides count as no source or target)");
        stdout.WriteLine("(source*, target*: only the sentence's likeliest coded event, the one its PentaClass is read from; ConfliBERT annotates one event a sentence)");
        stdout.WriteLine();
        stdout.WriteLine("PentaClass (rows gold, columns ours; 'none': no coded event)");
        stdout.WriteLine($"{"",22} {string.Join(" ", Enumerable.Range(0, 5).Select(c => $"{c,5}"))}  none");
        for (int g = 0; g < 5; g++)
            stdout.WriteLine($"{g} {Evaluation.ConfliBertCameo.Classes[g],-20} {string.Join(" ", Enumerable.Range(0, 6).Select(c => $"{confusion[g, c],5}"))}");
        double accuracy = classed == 0 ? 0 : (double)right / classed;
        stdout.WriteLine(string.Create(inv, $"PentaClass accuracy {accuracy:F3} ({right}/{classed}; {noEvent} sentences without a coded event count as wrong)"));
        stdout.WriteLine(string.Create(inv, $"  the class of the CAMEO code alone: {(classed == 0 ? 0 : (double)rightByCode / classed):F3} ({rightByCode}/{classed}); the event's class is the event model's learned one when it has a classifier"));
        var (_, _, sf) = sources.ExactPrf();
        var (_, _, tf) = targets.ExactPrf();
        stdout.WriteLine(string.Create(inv, $"conflibert source F1 {sf:F3} target F1 {tf:F3} pentaclass accuracy {accuracy:F3}"));
        return CliMain.ExitOk;

        static string Spans(string text, IEnumerable<(int Start, int End)> spans) => "[" + string.Join("; ", spans.Select(x => text[x.Start..x.End])) + "]";
    }

    /// <summary>
    /// <c>--judged FILE.tsv</c>: precision against hand judgements. The file lists events (article id,
    /// actor, action text and code, target, verdict correct|wrong, note) that the default pipeline
    /// extracted from the articles (JSON Lines beside it, or <c>--articles</c>); the command extracts
    /// again and reports precision over the judged events it finds, and any new event nobody judged.
    /// </summary>
    private static int Judged(string path, string? articlesPath, bool show, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        articlesPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "articles.jsonl");
        if (!File.Exists(articlesPath)) throw new InputException($"{articlesPath}: no such file");
        var verdicts = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("article\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 5 || f[4] is not ("correct" or "wrong")) throw new InputException($"{path}:{lineNumber}: expected article, actor, action, target, verdict (correct|wrong)[, note]");
            string key = string.Join('\t', f[..4]);
            (verdicts.TryGetValue(key, out var list) ? list : verdicts[key] = []).Add(f[4] == "correct");
        }
        var pipeline = DefaultPipeline(accurate);
        int correct = 0, wrong = 0, unjudged = 0, total = 0;
        var notJudged = new List<string>();
        foreach (var article in ArticleSource.FromPaths([articlesPath], null, TextReader.Null, stdinJsonl: false))
        {
            string id = article.Id ?? "";
            var doc = pipeline.Process(article.Text, article.Published, id);
            foreach (var e in doc.Events)
            {
                total++;
                string key = string.Join('\t', id, Name(e.Actor), e.Action.Text + " " + (e.Action.Cameo ?? ""), Name(e.Target));
                if (verdicts.TryGetValue(key, out var list) && list.Count > 0)
                {
                    if (list[0]) correct++; else wrong++;
                    list.RemoveAt(0);
                }
                else { unjudged++; notJudged.Add(key.Replace('\t', '|')); }
            }
        }
        int judged = correct + wrong;
        int stale = verdicts.Values.Sum(l => l.Count);
        stdout.WriteLine($"{total} events extracted; {judged} judged by hand: {correct} correct, {wrong} wrong; precision {Pct(correct, judged)} %");
        stdout.WriteLine($"{unjudged} events not judged yet; {stale} judged events no longer extracted");
        if (show) foreach (var k in notJudged) stdout.WriteLine("not judged: " + k);
        return CliMain.ExitOk;

        static string Name(EntityReference? r) => r is null ? "-" : r.Canonical ?? r.Text;
    }

    /// <summary>An event participant's CAMEO actor code; "---" when there is none.</summary>
    internal static string Code(EntityReference? r)
    {
        if (r is null) return "---";
        foreach (var c in r.Codes) if (c.StartsWith("cameo:", StringComparison.Ordinal)) return c[6..];
        return "---";
    }

    private static string Tree(Document d) =>
        string.Join(' ', d.Words.Select((w, i) => $"{i}:{d.GetText(w)}/{d.Syntax![i].Upos}/{d.Syntax[i].Head}/{d.Syntax[i].Relation}"));

    private static string Show(List<(string Source, string Target, string Code)> ours) =>
        ours.Count == 0 ? "nothing" : string.Join("; ", ours.Select(o => $"{o.Source} {o.Target} {o.Code}"));

    private static string Pct(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    private static List<Record> Read(XDocument xml, string path)
    {
        var list = new List<Record>();
        foreach (var s in xml.Descendants("Sentence"))
        {
            string id = (string?)s.Attribute("id") ?? "";
            string category = (string?)s.Attribute("category") ?? "";
            string dateText = (string?)s.Attribute("date") ?? "";
            if (!DateTime.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new InputException($"{path}: record {id} has no yyyyMMdd date");
            string text = string.Join(' ', ((string?)s.Element("Text") ?? "").Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            var events = new List<Expected>();
            bool noEvents = false, error = false;
            foreach (var e in s.Elements("EventCoding"))
            {
                if (e.Attribute("noevents") is not null) { noEvents = true; continue; }
                if (e.Attribute("error") is not null) { error = true; continue; }
                events.Add(new Expected(((string?)e.Attribute("sourcecode") ?? "").Trim('"'), ((string?)e.Attribute("targetcode") ?? "").Trim('"'), (string?)e.Attribute("eventcode") ?? ""));
            }
            list.Add(new Record(id, category, new DateTimeOffset(date, TimeSpan.Zero), text, events, noEvents && events.Count == 0, error));
        }
        return list;
    }
}
