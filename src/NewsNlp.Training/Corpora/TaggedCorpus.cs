namespace NewsNlp.Training.Corpora;

/// <summary>A sentence of a labelled corpus: its words and gold entity spans (word indexes, end exclusive).</summary>
public sealed record TaggedSentence(string[] Words, (int Start, int End, string Label)[] Spans);

/// <summary>A document of a labelled corpus (document-level features need article boundaries).</summary>
public sealed record TaggedDocument(List<TaggedSentence> Sentences);

/// <summary>Readers for CoNLL-2003 (IOB1), OntoNotes <c>.ner</c> (BIO) and generic CoNLL/BIO/BILOU files.</summary>
public static class TaggedCorpus
{
    /// <summary>
    /// Reads a column file: word in the first column, tag in <paramref name="tagColumn"/> (default: last).
    /// Documents come from <c>-DOCSTART-</c> lines; for an OntoNotes file, from the sibling
    /// <c>*.docs.tsv</c>; otherwise every sentence is its own document. Tags may be IOB1, IOB2/BIO or
    /// BILOU/BIOES: chunks are read by the conlleval rules (a chunk starts at B-X, or at I-X after O
    /// or another type), so each scheme reads right.
    /// </summary>
    /// <exception cref="FormatException">A token line with an empty first column or a missing tag column (the message gives file and line).</exception>
    public static List<TaggedDocument> Read(string path, int? tagColumn = null, bool tagsOptional = false)
    {
        var docs = new List<TaggedDocument>();
        var current = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        bool sawDocStart = false;
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            current.Add(new TaggedSentence(words.ToArray(), Chunks(tags)));
            words.Clear();
            tags.Clear();
        }

        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            var cols = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                EndSentence();
                sawDocStart = true;
                if (current.Count > 0) docs.Add(new TaggedDocument(current));
                current = [];
                continue;
            }
            if (cols[0].Length == 0) throw new FormatException($"{path}:{lineNumber}: the first column (the word) is empty");
            if (cols.Length < 2 && !tagsOptional) throw new FormatException($"{path}:{lineNumber}: expected a word and a tag column");
            int col = tagColumn ?? cols.Length - 1;
            if (col >= cols.Length) throw new FormatException($"{path}:{lineNumber}: no column {col}");
            words.Add(NormalizeForm(cols[0]));
            tags.Add(cols.Length < 2 ? "O" : cols[col]);
        }
        EndSentence();
        if (current.Count > 0) docs.Add(new TaggedDocument(current));
        if (sawDocStart) return docs;

        var sentences = docs.SelectMany(d => d.Sentences).ToList();
        string docsTsv = Path.ChangeExtension(path, ".docs.tsv");
        if (File.Exists(docsTsv)) return GroupByTsv(sentences, docsTsv);
        return sentences.Select(s => new TaggedDocument([s])).ToList();
    }

    private static List<TaggedDocument> GroupByTsv(List<TaggedSentence> sentences, string tsv)
    {
        var docs = new List<TaggedDocument>();
        foreach (var line in File.ReadLines(tsv).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 3) continue;
            int first = int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture);
            int count = int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture);
            if (first + count > sentences.Count) throw new FormatException($"{tsv}: document {c[0]} runs past the sentences");
            docs.Add(new TaggedDocument(sentences.GetRange(first, count)));
        }
        int covered = docs.Sum(d => d.Sentences.Count);
        if (covered != sentences.Count) throw new FormatException($"{tsv}: covers {covered} of {sentences.Count} sentences");
        return docs;
    }

    /// <summary>Penn Treebank escapes back to the characters a tokenizer sees in raw text.</summary>
    public static string NormalizeForm(string form) => form switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" => "\"",
        "''" => "\"",
        "/." => ".",
        "/?" => "?",
        "/-" => "-",
        _ => form.Length > 1 && form[0] == '/' ? form[1..] : form,
    };

    /// <summary>Chunks of a tag sequence by the conlleval rules (same as shared/tools/score_spans.py).</summary>
    public static (int Start, int End, string Label)[] Chunks(IReadOnlyList<string> tags)
    {
        var result = new List<(int, int, string)>();
        int start = 0;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string t = i < tags.Count ? tags[i] : "O";
            string p;
            string? ty;
            int dash = t.IndexOf('-');
            if (t == "O" || dash < 0) { p = "O"; ty = null; }
            else
            {
                p = t[..dash] switch { "U" or "S" => "B", "L" or "E" => "I", var x => x };
                ty = t[(dash + 1)..];
            }
            if (type is not null && (p is "B" or "O" || ty != type))
            {
                result.Add((start, i, type));
                type = null;
            }
            if (p == "B" || (p == "I" && type is null))
            {
                start = i;
                type = ty;
            }
        }
        return result.ToArray();
    }
}
