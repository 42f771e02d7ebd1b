using System.IO.Compression;
using System.Text;

namespace NewsNlp.Training.Coreference;

/// <summary>
/// One part of a CoNLL-2012 document: its words, sentence starts, gold coreference clusters (token
/// indexes over the whole part) and the text rebuilt from the words with each word's char span.
/// </summary>
internal sealed class CorefDocument
{
    public required string Id { get; init; }

    /// <summary>The document the part belongs to ("bc/cctv/00/cctv_0000"), as the file's first column names it.</summary>
    public string Document { get; init; } = "";

    public required string[] Words { get; init; }

    /// <summary>Index of each sentence's first word, in order.</summary>
    public required int[] SentenceStarts { get; init; }

    public required List<IReadOnlyList<MentionSpan>> Clusters { get; init; }

    public required string Text { get; init; }

    /// <summary>Char offsets of each word in <see cref="Text"/>, end exclusive.</summary>
    public required (int Start, int End)[] Spans { get; init; }

    /// <summary>
    /// The gold words a char span [start, end) covers: the word holding <paramref name="start"/> to the
    /// word holding <paramref name="end"/> − 1 (a mention whose edges fall inside a gold word takes the
    /// whole word); null when the span covers no word.
    /// </summary>
    public MentionSpan? ToWords(int start, int end)
    {
        int first = FirstEndingAfter(start);
        int last = FirstEndingAfter(end - 1);
        if (first >= Spans.Length) return null;
        if (last >= Spans.Length) last = Spans.Length - 1;
        if (Spans[first].Start >= end) return null;
        if (Spans[last].Start > end - 1) last--;
        return last < first ? null : new MentionSpan(first, last);
    }

    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Spans[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>
/// Reads CoNLL-2012 <c>*_conll</c> files (plain or .gz): <c>#begin document (id); part NNN</c> …
/// <c>#end document</c>, a blank line between sentences, columns doc, part, word index, word, POS,
/// parse bit, lemma, frameset, sense, speaker, NE, predicate arguments …, and the coreference chains
/// in the last column: <c>(12</c> opens, <c>12)</c> closes, <c>(12)</c> is one word, <c>|</c>
/// separates several, <c>-</c> is none.
/// </summary>
internal static class ConllCorefCorpus
{
    public static List<CorefDocument> Read(string path)
    {
        using var reader = NewsNlp.Training.Roles.Conll2012Corpus.Open(path);
        return Read(reader, path);
    }

    /// <exception cref="FormatException">A line that is not CoNLL-2012 (too few columns, a bad chain, a chain left open).</exception>
    public static List<CorefDocument> Read(TextReader reader, string name = "input")
    {
        var docs = new List<CorefDocument>();
        string? id = null, document = null;
        var words = new List<string>();
        var starts = new List<int>();
        var clusters = new Dictionary<int, List<MentionSpan>>();
        var order = new List<int>();
        var open = new Dictionary<int, Stack<int>>();
        bool sentenceOpen = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.StartsWith("#begin document", StringComparison.Ordinal))
            {
                (id, document) = ParseId(line);
                words.Clear(); starts.Clear(); clusters.Clear(); order.Clear(); open.Clear();
                sentenceOpen = false;
                continue;
            }
            if (line.StartsWith("#end document", StringComparison.Ordinal))
            {
                if (id is null) continue;
                foreach (var (chain, stack) in open)
                    if (stack.Count > 0) throw new FormatException($"{name}:{lineNumber}: chain {chain} opened and never closed in {id}");
                var cl = new List<IReadOnlyList<MentionSpan>>(order.Count);
                foreach (int c in order) cl.Add(clusters[c]);
                docs.Add(Build(id, document!, [.. words], [.. starts], cl));
                id = null;
                continue;
            }
            if (line.Length == 0 || line.All(char.IsWhiteSpace)) { sentenceOpen = false; continue; }
            if (id is null || line[0] == '#') continue;
            var cols = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 12) throw new FormatException($"{name}:{lineNumber}: a word line needs at least 12 columns, found {cols.Length}");
            if (!sentenceOpen) { starts.Add(words.Count); sentenceOpen = true; }
            int w = words.Count;
            words.Add(cols[3]);
            ReadChains(cols[^1], w, clusters, order, open, name, lineNumber);
        }
        return docs;
    }

    private static (string Id, string Document) ParseId(string line)
    {
        // "#begin document (bc/cctv/00/cctv_0000); part 000"
        int a = line.IndexOf('('), b = line.IndexOf(')');
        string doc = a >= 0 && b > a ? line[(a + 1)..b] : line;
        int p = line.IndexOf("part", StringComparison.Ordinal);
        return (p >= 0 ? $"{doc}/{line[(p + 4)..].Trim()}" : doc, doc);
    }

    private static void ReadChains(string field, int word, Dictionary<int, List<MentionSpan>> clusters, List<int> order,
        Dictionary<int, Stack<int>> open, string name, int lineNumber)
    {
        if (field == "-") return;
        foreach (var part in field.Split('|'))
        {
            bool opens = part.StartsWith('('), closes = part.EndsWith(')');
            var digits = part.AsSpan().Trim("()");
            if (!int.TryParse(digits, out int chain))
                throw new FormatException($"{name}:{lineNumber}: bad coreference field '{field}'");
            if (opens && closes) Add(chain, new MentionSpan(word, word));
            else if (opens)
            {
                if (!open.TryGetValue(chain, out var s)) open[chain] = s = new Stack<int>();
                s.Push(word);
            }
            else if (closes)
            {
                if (!open.TryGetValue(chain, out var s) || s.Count == 0)
                    throw new FormatException($"{name}:{lineNumber}: chain {chain} closed but not open");
                Add(chain, new MentionSpan(s.Pop(), word));
            }
            else throw new FormatException($"{name}:{lineNumber}: bad coreference field '{field}'");
        }

        void Add(int chain, MentionSpan m)
        {
            if (!clusters.TryGetValue(chain, out var list)) { clusters[chain] = list = []; order.Add(chain); }
            list.Add(m);
        }
    }

    private static CorefDocument Build(string id, string document, string[] words, int[] starts, List<IReadOnlyList<MentionSpan>> clusters)
    {
        var text = new StringBuilder(words.Length * 6);
        var spans = new (int, int)[words.Length];
        int sentence = 0;
        for (int i = 0; i < words.Length; i++)
        {
            bool sentenceStart = sentence < starts.Length && starts[sentence] == i;
            if (sentenceStart) sentence++;
            string form = Surface(words[i]);
            if (i > 0)
            {
                // A sentence per line (the splitter ends sentences at line ends); inside one, words are
                // glued back where English writes them together, so that the tagger sees ordinary text.
                if (sentenceStart) text.Append('\n');
                else if (!GluesLeft(form) && !GluesRight(Surface(words[i - 1]))) text.Append(' ');
            }
            spans[i] = (text.Length, text.Length + form.Length);
            text.Append(form);
        }
        return new CorefDocument { Id = id, Document = document, Words = words, SentenceStarts = starts, Clusters = clusters, Text = text.ToString(), Spans = spans };
    }

    /// <summary>The Penn Treebank escapes back to the characters they stand for.</summary>
    internal static string Surface(string word) => word switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" or "''" => "\"",
        _ when word.Length == 2 && word[0] == '/' => word[1..],   // "/." "/?" "/-" in conversation genres
        _ => word,
    };

    private static bool GluesLeft(string w) =>
        w is "," or "." or ";" or ":" or "?" or "!" or "%" or ")" or "]" or "}" or "n't" or "N'T"
        || (w.Length > 1 && w[0] == '\'' && char.IsLetter(w[1]));

    private static bool GluesRight(string w) => w is "(" or "[" or "{" or "$";
}
