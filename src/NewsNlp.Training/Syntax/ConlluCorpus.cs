using System.Text;

namespace NewsNlp.Training.Syntax;

/// <summary>One sentence of a CoNLL-U file: its original lines and its syntactic words' columns.</summary>
public sealed class ConlluSentence
{
    /// <summary>Every line of the sentence as read (comments, multi-word token ranges, empty nodes, words).</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Index in <see cref="Lines"/> of each word's line.</summary>
    public List<int> WordLines { get; } = [];

    public List<string> Forms { get; } = [];
    public List<string> Lemmas { get; } = [];
    public List<string> Upos { get; } = [];
    public List<string> Xpos { get; } = [];

    /// <summary>Gold heads, 0-based; -1 for the root; null when the file has none.</summary>
    public List<int> Heads { get; } = [];
    public List<string> Relations { get; } = [];

    public int Count => Forms.Count;

    /// <summary>The words joined by single spaces, and each word's span in that text.</summary>
    public (string Text, (int Start, int End)[] Spans) AsText() => NewsNlp.Syntax.SentenceWords.Join(Forms);
}

/// <summary>Reads CoNLL-U files (Universal Dependencies).</summary>
public static class ConlluCorpus
{
    /// <exception cref="InvalidDataException">A line is malformed; the message gives the file and line.</exception>
    /// <param name="path">The file.</param>
    /// <param name="checkTrees">False to ignore the gold HEAD column (input to be parsed): only the words matter.</param>
    public static List<ConlluSentence> Read(string path, bool checkTrees = true)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path, checkTrees);
    }

    public static List<ConlluSentence> Read(TextReader reader, string source = "input", bool checkTrees = true)
    {
        var result = new List<ConlluSentence>();
        var current = new ConlluSentence();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (current.Lines.Count > 0) Finish(current, result, source, lineNumber, checkTrees);
                current = new ConlluSentence();
                continue;
            }
            current.Lines.Add(line);
            if (line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new InvalidDataException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {cols.Length}");
            if (cols[0].Contains('-') || cols[0].Contains('.')) continue; // multi-word token range or empty node
            if (!int.TryParse(cols[0], out int id) || id != current.Count + 1)
                throw new InvalidDataException($"{source}:{lineNumber}: word id '{cols[0]}' out of sequence");
            if (cols[1].Length == 0) throw new InvalidDataException($"{source}:{lineNumber}: empty word form");
            current.WordLines.Add(current.Lines.Count - 1);
            current.Forms.Add(cols[1]);
            current.Lemmas.Add(cols[2]);
            current.Upos.Add(cols[3]);
            current.Xpos.Add(cols[4]);
            current.Heads.Add(int.TryParse(cols[6], out int head) ? head - 1 : -2);
            current.Relations.Add(cols[7]);
        }
        if (current.Lines.Count > 0) Finish(current, result, source, lineNumber, checkTrees);
        return result;
    }

    private static void Finish(ConlluSentence s, List<ConlluSentence> result, string source, int line, bool checkTrees)
    {
        if (s.Count == 0) return; // comments only
        foreach (int h in s.Heads)
            if (checkTrees && (h < -2 || h >= s.Count)) throw new InvalidDataException($"{source}: sentence ending at line {line}: head out of range");
        result.Add(s);
    }

    /// <summary>True when every word has a gold head (so the sentence can train or score a parser).</summary>
    public static bool HasTree(ConlluSentence s) => s.Heads.TrueForAll(h => h >= -1);
}
