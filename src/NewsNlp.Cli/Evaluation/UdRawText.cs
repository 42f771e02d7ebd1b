using System.Text;

namespace NewsNlp.Cli.Evaluation;

/// <summary>A document rebuilt from a UD file's sentence text, with its gold token and sentence spans.</summary>
internal sealed record UdRawDocument(string Id, string Text, List<(int Start, int End)> Tokens, List<(int Start, int End)> Sentences);

/// <summary>
/// Rebuilds raw documents from a CoNLL-U file exactly as <c>shared/tools/ud_raw.py</c> does:
/// sentences' <c># text</c> joined by a space, or a blank line at <c># newpar</c>; surface tokens
/// (a multi-word token range counts once) located in the sentence text left to right.
/// </summary>
internal static class UdRawText
{
    /// <exception cref="FormatException">Not a CoNLL-U file: binary data, a word line without ID and FORM, a bad ID.</exception>
    public static List<UdRawDocument> Read(string path)
    {
        var docs = new List<UdRawDocument>();
        StringBuilder? text = null;
        string? id = null;
        List<(int, int)> tokens = [], sentences = [];
        bool newpar = false;
        string? sentText = null;
        var forms = new List<string>();
        int skipFrom = 0, skipTo = -1;

        void FlushSentence()
        {
            if (sentText is null || text is null) return;
            if (text.Length > 0)
            {
                text.Append(newpar ? "\n\n" : " ");
                newpar = false;
            }
            int b = text.Length, pos = 0;
            foreach (var form in forms)
            {
                int i = sentText.IndexOf(form, pos, StringComparison.Ordinal);
                if (i < 0) i = pos;
                tokens.Add((b + i, b + i + form.Length));
                pos = i + form.Length;
            }
            text.Append(sentText);
            sentences.Add((b, b + sentText.Length));
            sentText = null;
            forms.Clear();
        }

        void NewDoc(string docId)
        {
            FinishDoc();
            id = docId;
            text = new StringBuilder();
            tokens = [];
            sentences = [];
            newpar = false;
        }

        void FinishDoc()
        {
            if (text is not null) docs.Add(new UdRawDocument(id!, text.ToString(), tokens, sentences));
            text = null;
        }

        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            string line = raw.TrimEnd('\n');
            // A NUL never occurs in CoNLL-U text: this is some binary file, and its bytes must not reach the terminal.
            if (line.Contains('\0')) throw new FormatException($"{path}:{lineNumber}: not a CoNLL-U file (binary data)");
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                FlushSentence();
                int eq = line.IndexOf('=');
                NewDoc(eq >= 0 ? line[(eq + 1)..].Trim() : $"doc{docs.Count + (text is null ? 0 : 1)}");
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                if (text is { Length: > 0 }) newpar = true;
            }
            else if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                sentText = line[(line.IndexOf('=') + 1)..].Trim();
                if (text is null) NewDoc("doc0");
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                var cols = line.Split('\t');
                if (cols.Length < 2) throw new FormatException($"{path}:{lineNumber}: a word line needs ID and FORM columns separated by tabs");
                string idCol = cols[0];
                if (idCol.Contains('.')) continue;
                int dash = idCol.IndexOf('-');
                if (dash > 0)
                {
                    forms.Add(cols[1]);
                    skipFrom = WordId(idCol[..dash], path, lineNumber);
                    skipTo = WordId(idCol[(dash + 1)..], path, lineNumber);
                    continue;
                }
                int n = WordId(idCol, path, lineNumber);
                if (n >= skipFrom && n <= skipTo) continue;
                forms.Add(cols[1]);
            }
            else if (line.Length == 0)
            {
                FlushSentence();
                skipFrom = 0;
                skipTo = -1;
            }
        }
        FlushSentence();
        FinishDoc();
        return docs;
    }

    private static int WordId(string text, string path, int lineNumber)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int id)) return id;
        // Quoted, but clipped and with control characters masked: the message is one readable line.
        string shown = new(text.Take(20).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        throw new FormatException($"{path}:{lineNumber}: bad word ID '{shown}{(text.Length > 20 ? "..." : "")}'");
    }
}
