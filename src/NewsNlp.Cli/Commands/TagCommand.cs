using System.CommandLine;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Ner;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp tag ner --model M --input FILE</c>: labels a pre-tokenized CoNLL file (first column)
/// and writes <c>token TAB tag</c> lines (BIO) for exactly its tokens, keeping blank lines and
/// <c>-DOCSTART-</c> lines, so any outside scorer can score it.
/// </summary>
internal static class TagCommand
{
    public static Command Create(CliContext io)
    {
        var model = CliOptions.Value("--model", "M", "A model name (models/M/model.nnlp), folder or file.", required: true);
        var input = CliOptions.Value("--input", "FILE", "A CoNLL-style file; one 'token TAB tag' (BIO) line is written per token line, "
            + "keeping blank and -DOCSTART- lines, for any outside scorer.", required: true);
        var accurate = CliOptions.Flag("--accurate", "The accurate tier's transformer (implied by en-news-trf and en-conll03-trf); M is then such a name or a transformer model file.");
        var command = new Command("ner", "Label a CoNLL file's tokens (token TAB tag).") { model, input, accurate };
        command.SetAction(r => Run(r.GetRequiredValue(model), r.GetRequiredValue(input), r.GetValue(accurate), io.Out));
        return command;
    }

    private static int Run(string modelName, string input, bool accurate, TextWriter stdout)
    {
        if (!File.Exists(input)) throw new InputException($"{input}: no such file");
        bool transformer = AccurateLocator.Wanted(accurate, modelName);
        var model = transformer ? null : ModelLocator.LoadNer(modelName);
        var lines = File.ReadAllLines(input);

        // Documents and sentences exactly as the corpus reader sees them (-DOCSTART-, *.docs.tsv);
        // their words are the file's token lines in order.
        List<TaggedDocument> docs;
        try { docs = TaggedCorpus.Read(input, tagsOptional: true); }
        catch (FormatException e) { throw new InputException(e.Message, e); }
        var tokenLineNumbers = new List<int>();
        for (int i = 0; i < lines.Length; i++)
            if (!string.IsNullOrWhiteSpace(lines[i]) && !lines[i].StartsWith("-DOCSTART-", StringComparison.Ordinal)) tokenLineNumbers.Add(i);
        var tokenLines = new List<List<int[]>>();
        int next = 0;
        foreach (var doc in docs)
        {
            var perSentence = new List<int[]>();
            foreach (var sent in doc.Sentences)
            {
                perSentence.Add(tokenLineNumbers.GetRange(next, sent.Words.Length).ToArray());
                next += sent.Words.Length;
            }
            tokenLines.Add(perSentence);
        }

        var tags = new string?[lines.Length];
        var results = transformer ? LabelAccurately(modelName, docs) : LabelFast(model!, docs);
        for (int d = 0; d < docs.Count; d++)
            for (int s = 0; s < docs[d].Sentences.Count; s++)
            {
                var map = tokenLines[d][s];
                foreach (int line in map) tags[line] = "O";
                foreach (var (start, end, label) in results[d][s])
                    for (int k = start; k < end; k++) tags[map[k]] = (k == start ? "B-" : "I-") + label;
            }

        var output = new System.Text.StringBuilder(lines.Length * 12);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) { output.Append('\n'); continue; }
            output.Append(line.Split('\t', ' ')[0]).Append('\t').Append(tags[i] ?? "O").Append('\n');
        }
        stdout.Write(output.ToString());
        return CliMain.ExitOk;
    }

    private static IReadOnlyList<IReadOnlyList<(int Start, int End, string Label)>>[] LabelFast(NewsNlp.Entities.NerModel model, List<TaggedDocument> docs)
    {
        var labelIndex = model.Labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var results = new IReadOnlyList<IReadOnlyList<(int Start, int End, string Label)>>[docs.Count];
        Parallel.For(0, docs.Count, d => results[d] = new PreparedDocument(docs[d], labelIndex).Predict(model));
        return results;
    }

    /// <summary>Every sentence of the file in one call: the encoder batches sentences of similar length across documents.</summary>
    internal static IReadOnlyList<IReadOnlyList<(int Start, int End, string Label)>>[] LabelAccurately(string modelName, List<TaggedDocument> docs)
    {
        var recognizer = new NewsNlp.Accurate.AccurateEntityRecognizer(AccurateLocator.Encoder(modelName), AccurateLocator.Labels(modelName), findDates: false);
        var sentences = docs.SelectMany(d => d.Sentences).Select(s => (IReadOnlyList<string>)s.Words).ToList();
        var labeled = recognizer.Label(sentences);
        var results = new IReadOnlyList<IReadOnlyList<(int Start, int End, string Label)>>[docs.Count];
        int next = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            results[d] = labeled.Skip(next).Take(docs[d].Sentences.Count).ToArray();
            next += docs[d].Sentences.Count;
        }
        return results;
    }
}
