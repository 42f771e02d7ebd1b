using NewsNlp.Cli.Evaluation;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval ...</c>: evaluation against standard corpora.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) throw new UsageException("eval needs a task: 'newsnlp eval tokenize --conllu FILE'.");
        return args[0] switch
        {
            "tokenize" => Tokenize(args[1..], stdout),
            "ner" => Ner(args[1..], stdout),
            "pos" or "parse" => SyntaxCommands.Eval(args[1..], stdout),
            "dates" => DateEvalCommand.Run(args[1..], stdout),
            "events" => EventEvalCommand.Run(args[1..], stdout),
            "html" => HtmlEvalCommand.Run(args[1..], stdout),
            "zones" => ZoneCommands.Eval(args[1..], stdout),
            "roles" => RoleCommands.Eval(args[1..], stdout),
            "coref" => CorefEvalCommand.Run(args[1..], stdout),
            _ => throw new UsageException($"Unknown eval task '{args[0]}'. See 'newsnlp --help'."),
        };
    }

    private static int Tokenize(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "conllu" }, new HashSet<string> { "errors" });
        string path = a.Require("conllu");
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        List<UdRawDocument> docs;
        try { docs = UdRawText.Read(path); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        var pipeline = NewsPipeline.CreateDefault();
        var goldTokens = new HashSet<(string, int, int)>();
        var predTokens = new HashSet<(string, int, int)>();
        var goldEnds = new HashSet<(string, int)>();
        var predEnds = new HashSet<(string, int)>();
        var errors = a.Has("errors") ? new List<string>() : null;
        foreach (var d in docs)
        {
            var doc = pipeline.Process(d.Text, id: d.Id);
            foreach (var (s, e) in d.Tokens) goldTokens.Add((d.Id, s, e));
            foreach (var t in doc.TokenSpan) predTokens.Add((d.Id, t.Start, t.End));
            foreach (var (_, e) in d.Sentences) goldEnds.Add((d.Id, TrimEnd(d.Text, e)));
            foreach (var s in doc.SentenceSpan) predEnds.Add((d.Id, TrimEnd(d.Text, s.End)));
            if (errors is not null) CollectErrors(d, doc, errors);
        }
        var tokens = Prf.FromSets(goldTokens, predTokens);
        var sentences = Prf.FromSets(goldEnds, predEnds);
        stdout.WriteLine($"documents {docs.Count}");
        stdout.WriteLine($"tokens {tokens}");
        stdout.WriteLine($"sentences {sentences}");
        if (errors is not null) foreach (var e in errors) stdout.WriteLine(e);
        return CliMain.ExitOk;
    }

    private static int Ner(string[] args, TextWriter stdout)
    {
        var a = CliArgs.Parse(args, new HashSet<string> { "model", "data", "map", "types" }, new HashSet<string> { "coarse" });
        string data = a.Require("data");
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        var model = ModelLocator.LoadNer(a.Require("model"));
        List<NewsNlp.Training.Corpora.TaggedDocument> docs;
        try { docs = NewsNlp.Training.Corpora.TaggedCorpus.Read(data); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        // --map renames gold labels (corporation=ORG); --coarse compares coarse types (PERSON,
        // LOCATION, ORGANIZATION, DATE, OTHER) on both sides; --types keeps only the listed labels.
        var map = (a.Get("map") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
        var types = a.Get("types")?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        bool coarse = a.Has("coarse");
        string? Relabel(string label, bool gold)
        {
            if (gold) label = map.GetValueOrDefault(label, label);
            if (coarse) label = NewsNlp.Entities.EntityTypes.FromLabel(label).ToString().ToUpperInvariant();
            return types is null || types.Contains(label) ? label : null;
        }
        var score = NewsNlp.Training.Ner.NerTrainer.Score(model, docs, l => Relabel(l, true), l => Relabel(l, false));
        stdout.WriteLine(score.Report());
        return CliMain.ExitOk;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && end <= text.Length && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static void CollectErrors(UdRawDocument gold, Document doc, List<string> errors)
    {
        var g = gold.Tokens.ToHashSet();
        var p = doc.TokenSpan.ToArray().Select(t => (t.Start, t.End)).ToHashSet();
        foreach (var (s, e) in gold.Tokens)
            if (!p.Contains((s, e))) errors.Add($"TOKEN-MISSED\t{gold.Id}\t{Context(gold.Text, s, e)}");
        foreach (var (s, e) in p)
            if (!g.Contains((s, e))) errors.Add($"TOKEN-EXTRA\t{gold.Id}\t{Context(gold.Text, s, e)}");
        var ge = gold.Sentences.Select(x => x.End).ToHashSet();
        var pe = doc.SentenceSpan.ToArray().Select(x => x.End).ToHashSet();
        foreach (var e in ge) if (!pe.Contains(e)) errors.Add($"SENT-MISSED\t{gold.Id}\t{Context(gold.Text, e, e)}");
        foreach (var e in pe) if (!ge.Contains(e)) errors.Add($"SENT-EXTRA\t{gold.Id}\t{Context(gold.Text, e, e)}");
    }

    private static string Context(string text, int s, int e)
    {
        int a = Math.Max(0, s - 30), b = Math.Min(text.Length, e + 30);
        return (text[a..s] + "[[" + text[s..e] + "]]" + text[e..b]).Replace('\n', ' ');
    }
}
