using System.IO.Compression;

namespace NewsNlp.Training.Roles;

/// <summary>A gold argument: label and inclusive word span; a discontinuous argument has C- pieces of its own.</summary>
internal readonly record struct GoldArgument(string Label, int First, int Last);

/// <summary>A gold predicate: its word, frame lemma and arguments (the V span left out).</summary>
internal sealed record GoldProposition(int Word, string Lemma, List<GoldArgument> Arguments);

/// <summary>One sentence of a CoNLL-2012 file: words and propositions.</summary>
internal sealed record Conll2012Sentence(string Document, string[] Words, List<GoldProposition> Propositions);

/// <summary>
/// Reads CoNLL-2012 <c>*_conll</c> files (OntoNotes 5.0 as the shared task released it; <c>.gz</c>
/// read directly): columns document, part, word index, word, POS, parse bit, predicate lemma,
/// frameset, sense, speaker, named entities, one column per predicate, coreference. Only the words
/// and the propositions are kept: everything else is predicted, as the task's test conditions say.
/// </summary>
internal static class Conll2012Corpus
{
    public static List<Conll2012Sentence> Read(string path)
    {
        using var reader = Open(path);
        return Read(reader, path);
    }

    /// <summary>Opens a CoNLL-2012 file for reading, decompressing a <c>.gz</c> one (also for the coreference reader).</summary>
    public static TextReader Open(string path)
    {
        var stream = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        return new StreamReader(input);
    }

    /// <summary>
    /// The jackknife fold (0 .. <paramref name="folds"/> − 1) a document belongs to: a stable hash of
    /// its id ("nw/wsj/00/wsj_0012"), so that a parser trained without fold k (<c>train parse
    /// --treebank-skip-fold</c>) and the role and coreference trainers that read its trees
    /// (<c>--syntax-folds</c>) agree on which documents it never saw.
    /// </summary>
    public static int Fold(string document, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        uint h = 2166136261;
        foreach (char c in document) h = (h ^ c) * 16777619;
        return (int)(h % (uint)folds);
    }

    public static List<Conll2012Sentence> Read(TextReader reader, string source = "input") =>
        Rows(reader, source, 12).Select(r => Sentence(r.Rows, source, r.Line)).ToList();

    /// <summary>
    /// The sentences of a CoNLL-2012 file as whitespace-split rows, with the line each starts on;
    /// comment lines ("#begin document") and blank lines end a sentence.
    /// </summary>
    /// <exception cref="InvalidDataException">A row has fewer than <paramref name="minColumns"/> columns.</exception>
    public static IEnumerable<(List<string[]> Rows, int Line)> Rows(TextReader reader, string source, int minColumns)
    {
        var rows = new List<string[]>();
        string? line;
        int lineNo = 0, startLine = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var cols = line.StartsWith('#') ? [] : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0)
            {
                if (rows.Count > 0) yield return (rows, startLine);
                rows = [];
                continue;
            }
            if (cols.Length < minColumns) throw new InvalidDataException($"{source}:{lineNo}: {cols.Length} columns; a CoNLL-2012 line has at least {minColumns}");
            if (rows.Count == 0) startLine = lineNo;
            rows.Add(cols);
        }
        if (rows.Count > 0) yield return (rows, startLine);
    }

    private static Conll2012Sentence Sentence(List<string[]> rows, string source, int line)
    {
        int n = rows.Count;
        int predicateColumns = rows[0].Length - 12;
        foreach (var r in rows)
            if (r.Length - 12 != predicateColumns) throw new InvalidDataException($"{source}:{line}: rows of one sentence have different numbers of columns");
        var words = new string[n];
        var predicates = new List<(int Word, string Lemma)>();
        for (int i = 0; i < n; i++)
        {
            words[i] = Unescape(rows[i][3]);
            if (rows[i][7] != "-" && rows[i][6] != "-") predicates.Add((i, rows[i][6]));
        }
        var props = new List<GoldProposition>();
        for (int k = 0; k < predicateColumns; k++)
        {
            var args = new List<GoldArgument>();
            int vWord = -1;
            var open = new Stack<(string Label, int Start)>();
            for (int i = 0; i < n; i++)
            {
                string cell = rows[i][11 + k];
                int at = 0;
                while (at < cell.Length && cell[at] == '(')
                {
                    int end = at + 1;
                    while (end < cell.Length && cell[end] != '(' && cell[end] != '*' && cell[end] != ')') end++;
                    open.Push((cell[(at + 1)..end], i));
                    at = end;
                }
                foreach (char ch in cell)
                {
                    if (ch != ')') continue;
                    if (open.Count == 0) throw new InvalidDataException($"{source}:{line + i}: ')' closes no argument");
                    var (label, start) = open.Pop();
                    if (label == "V") vWord = start;
                    else args.Add(new GoldArgument(label, start, i));
                }
            }
            if (open.Count > 0) throw new InvalidDataException($"{source}:{line}: an argument is never closed");
            // The k-th predicate column belongs to the k-th predicate row; its V span says the same.
            int word = k < predicates.Count ? predicates[k].Word : vWord;
            if (vWord >= 0) word = vWord;
            string lemma = k < predicates.Count && predicates[k].Word == word ? predicates[k].Lemma : (word >= 0 ? words[word].ToLowerInvariant() : "");
            if (word < 0) continue;
            args.Sort((a, b) => a.First.CompareTo(b.First));
            props.Add(new GoldProposition(word, lemma, args));
        }
        return new Conll2012Sentence(rows[0][0], words, props);
    }

    /// <summary>Treebank escapes back to the characters a news text has ("-LRB-" → "(").</summary>
    public static string Unescape(string word) => word switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "/." => ".",
        "/?" => "?",
        "/-" => "-",
        _ => word,
    };
}
