using System.CommandLine;
using NewsNlp.Cli.Evaluation;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp eval tokenize</c> and <c>newsnlp eval ner</c>: the tokenizer and the recognizer against standard corpora.</summary>
internal static class EvalCommand
{
    /// <summary><c>newsnlp eval tokenize --conllu FILE</c>.</summary>
    public static Command CreateTokenize(CliContext io)
    {
        var conllu = CliOptions.Value("--conllu", "FILE", "A CoNLL-U file with '# text' and '# newdoc' lines. Documents are rebuilt from the sentences' text "
            + "(UD's raw-text convention), tokenized and split, and scored against the gold tokens and sentence ends: precision, recall and F1.", required: true);
        var errors = CliOptions.Flag("--errors", "Also list each missed or extra token and sentence end in context.");
        var command = new Command("tokenize", "Score tokens and sentences on a UD file's raw text.") { conllu, errors };
        command.SetAction(r => Tokenize(r.GetRequiredValue(conllu), r.GetValue(errors), io.Out));
        return command;
    }

    /// <summary><c>newsnlp eval ner --model M --data F</c>.</summary>
    public static Command CreateNer(CliContext io)
    {
        var model = CliOptions.Value("--model", "M", "A model name (models/M/model.nnlp), folder or file.", required: true);
        var data = CliOptions.Value("--data", "FILE", "A CoNLL-style file (CoNLL-2003, OntoNotes .ner, or word ... tag columns).", required: true);
        var map = CliOptions.Value("--map", "A=B,...", "Rename gold labels (corporation=ORG).");
        var coarse = CliOptions.Flag("--coarse", "Compare coarse types (PERSON, LOCATION, ORGANIZATION, DATE, OTHER).");
        var types = CliOptions.Value("--types", "A,B", "Score only these labels.");
        var accurate = CliOptions.Flag("--accurate", "The accurate tier's transformer (implied by en-news-trf and en-conll03-trf); M is then such a name or a transformer model file.");
        var command = new Command("ner", "Score a recognizer (conlleval-style P/R/F1).") { model, data, map, coarse, types, accurate };
        command.SetAction(r => Ner(r.GetRequiredValue(model), r.GetRequiredValue(data), r.GetValue(map), r.GetValue(types), r.GetValue(coarse), r.GetValue(accurate), io.Out));
        return command;
    }

    private static int Tokenize(string path, bool showErrors, TextWriter stdout)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        List<UdRawDocument> docs;
        try { docs = UdRawText.Read(path); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        var pipeline = NewsPipeline.CreateDefault();
        var goldTokens = new HashSet<(string, int, int)>();
        var predTokens = new HashSet<(string, int, int)>();
        var goldEnds = new HashSet<(string, int)>();
        var predEnds = new HashSet<(string, int)>();
        var errors = showErrors ? new List<string>() : null;
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

    private static int Ner(string modelName, string data, string? mapText, string? typesText, bool coarse, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(data)) throw new InputException($"{data}: no such file");
        bool transformer = AccurateLocator.Wanted(accurate, modelName);
        var model = transformer ? null : ModelLocator.LoadNer(modelName);
        List<NewsNlp.Training.Corpora.TaggedDocument> docs;
        try { docs = NewsNlp.Training.Corpora.TaggedCorpus.Read(data); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        // --map renames gold labels (corporation=ORG); --coarse compares coarse types (PERSON,
        // LOCATION, ORGANIZATION, DATE, OTHER) on both sides; --types keeps only the listed labels.
        var map = (mapText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
        var types = typesText?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        string? Relabel(string label, bool gold)
        {
            if (gold) label = map.GetValueOrDefault(label, label);
            if (coarse) label = NewsNlp.Entities.EntityTypes.FromLabel(label).ToString().ToUpperInvariant();
            return types is null || types.Contains(label) ? label : null;
        }
        NewsNlp.Training.Ner.SpanScore score;
        if (transformer)
        {
            // The same scorer over the transformer's spans (no date grammar: it is scored as the model alone, like the fast one).
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var predicted = TagCommand.LabelAccurately(modelName, docs);
            clock.Stop();
            score = new NewsNlp.Training.Ner.SpanScore();
            IEnumerable<(int, int, string)> Keep(IEnumerable<(int Start, int End, string Label)> spans, bool gold) =>
                spans.Select(x => (x.Start, x.End, Label: Relabel(x.Label, gold))).Where(x => x.Label is not null).Select(x => (x.Start, x.End, x.Label!));
            long words = 0;
            for (int d = 0; d < docs.Count; d++)
                for (int s = 0; s < docs[d].Sentences.Count; s++)
                {
                    words += docs[d].Sentences[s].Words.Length;
                    score.Add(Keep(docs[d].Sentences[s].Spans, true), Keep(predicted[d][s], false));
                }
            Console.Error.WriteLine($"newsnlp: {words:N0} words in {clock.Elapsed.TotalSeconds:F1} s ({words / clock.Elapsed.TotalSeconds:N0} words/s)");
        }
        else
        {
            score = NewsNlp.Training.Ner.NerTrainer.Score(model!, docs, l => Relabel(l, true), l => Relabel(l, false));
        }
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
