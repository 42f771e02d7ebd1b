using System.Globalization;
using NewsNlp.Training.Roles;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// OntoNotes' constituency trees (the parse column of CoNLL-2012 <c>*_conll</c> files) converted to
/// Universal Dependencies as UD English EWT writes them, so that the parser can learn news and
/// broadcast sentences, which the web treebank has few of ("Chinese President Xi Jinping met ...").
/// </summary>
/// <remarks>
/// The conversion is by head rules in the style of Collins (1999) changed for UD's content heads
/// (the noun of a prepositional phrase, the main verb of an auxiliary chain, the predicate of a
/// copula), then labels from the categories of the head and the dependent and their order, and
/// the file's named entities for names (a person's name is head-first <c>flat</c>, a title before it
/// <c>nmod:desc</c>). CoNLL-2012 carries no function tags or traces, so subjects are the noun phrase
/// before the verb phrase and a relative pronoun's role is read off what its clause lacks. The labels
/// are EWT's (UD 2.14: <c>obl:unmarked</c>, <c>nmod:unmarked</c>, <c>nmod:desc</c>). Lemmas are not
/// in the file (<c>_</c>); the universal tags are mapped from the Penn tags, but the parser trains
/// on the tags its model's tagger predicts, not on these.
/// </remarks>
public static partial class OntoNotesTreebank
{
    /// <summary>Reads a CoNLL-2012 file (gzipped or not) and converts every sentence that has a tree.</summary>
    /// <exception cref="InvalidDataException">A line or a tree is malformed; the message names the file and line.</exception>
    /// <param name="path">The file.</param>
    /// <param name="genres">Keep only documents whose id starts with one of these genres ("nw", "bn"); null keeps all.</param>
    /// <param name="skipFold">Leave out the documents of this jackknife fold (<see cref="Conll2012Corpus.Fold"/>), as (fold, folds); null keeps all.</param>
    public static List<ConlluSentence> Read(string path, IReadOnlyCollection<string>? genres = null, (int Fold, int Folds)? skipFold = null)
    {
        using var reader = Conll2012Corpus.Open(path);
        return Read(reader, path, genres, skipFold);
    }

    public static List<ConlluSentence> Read(TextReader reader, string source = "input", IReadOnlyCollection<string>? genres = null, (int Fold, int Folds)? skipFold = null)
    {
        var result = new List<ConlluSentence>();
        foreach (var (rows, line) in Conll2012Corpus.Rows(reader, source, 11))
        {
            string document = rows[0][0], genre = document.Split('/')[0];
            if (genres is not null && !genres.Contains(genre)) continue;
            if (skipFold is var (fold, folds) && Conll2012Corpus.Fold(document, folds) == fold) continue;
            if (Convert(rows, source, line) is { } s) result.Add(s);
        }
        return result;
    }

    private sealed class Node
    {
        public string Label = "";
        public readonly List<Node> Kids = [];
        public int Word = -1;          // a leaf's word index
        public int Head = -1;          // the head word, once built
        public bool Existential;       // a verb phrase of "there is ...": its noun phrase is the subject
        public bool IsLeaf => Word >= 0;
    }

    private static ConlluSentence? Convert(List<string[]> rows, string source, int line)
    {
        int n = rows.Count;
        var forms = new string[n];
        var tags = new string[n];
        var person = new bool[n];
        var stack = new Stack<Node>();
        Node? top = null;
        string? entity = null;
        for (int i = 0; i < n; i++)
        {
            forms[i] = Conll2012Corpus.Unescape(rows[i][3]);
            tags[i] = rows[i][4];
            string bit = rows[i][5];
            if (bit == "-") return null; // no tree
            int at = 0;
            while (at < bit.Length && bit[at] == '(')
            {
                int end = at + 1;
                while (end < bit.Length && bit[end] is not ('(' or '*')) end++;
                var node = new Node { Label = PhraseLabel(bit[(at + 1)..end]) };
                if (stack.Count > 0) stack.Peek().Kids.Add(node);
                else if (top is null) top = node;
                else throw new InvalidDataException($"{source}:{line + i}: a second tree in one sentence");
                stack.Push(node);
                at = end;
            }
            if (at >= bit.Length || bit[at] != '*') throw new InvalidDataException($"{source}:{line + i}: parse bit '{bit}' has no '*'");
            if (stack.Count == 0) throw new InvalidDataException($"{source}:{line + i}: a word outside the tree");
            stack.Peek().Kids.Add(new Node { Label = tags[i], Word = i });
            for (int k = at + 1; k < bit.Length; k++)
            {
                if (bit[k] != ')') throw new InvalidDataException($"{source}:{line + i}: parse bit '{bit}' is malformed");
                if (stack.Count == 0) throw new InvalidDataException($"{source}:{line + i}: ')' closes no phrase");
                stack.Pop();
            }
            // Named entities: "(PERSON*", "*", "*)", "(PERSON)".
            string ne = rows[i][10];
            if (ne.StartsWith('(')) entity = ne.TrimStart('(').TrimEnd(')', '*');
            person[i] = entity == "PERSON";
            if (ne.EndsWith(')')) entity = null;
        }
        if (stack.Count > 0 || top is null) throw new InvalidDataException($"{source}:{line}: a phrase is never closed");
        var (heads, rels) = new Converter(forms, tags, person).Run(top);
        var s = new ConlluSentence();
        for (int i = 0; i < n; i++)
        {
            string upos = Upos(tags[i], forms[i], rels[i]);
            s.Lines.Add(string.Join('\t', (i + 1).ToString(CultureInfo.InvariantCulture), forms[i], "_", upos, tags[i], "_",
                (heads[i] + 1).ToString(CultureInfo.InvariantCulture), rels[i], "_", "_"));
            s.WordLines.Add(i);
            s.Forms.Add(forms[i]);
            s.Lemmas.Add("_");
            s.Upos.Add(upos);
            s.Xpos.Add(tags[i]);
            s.Heads.Add(heads[i]);
            s.Relations.Add(rels[i]);
        }
        return s;
    }

    /// <summary>"NP-SBJ" → "NP"; "-NONE-" and "-LRB-" stay.</summary>
    private static string PhraseLabel(string label)
    {
        if (label.Length > 1 && label[0] != '-')
        {
            int dash = label.IndexOfAny(['-', '=']);
            if (dash > 0) label = label[..dash];
        }
        return label;
    }

    /// <summary>The universal tag of a Penn tag, as EWT writes it.</summary>
    internal static string Upos(string tag, string form, string rel) => tag switch
    {
        "NN" or "NNS" => "NOUN",
        "NNP" or "NNPS" => "PROPN",
        "PRP" or "PRP$" or "WP" or "WP$" or "EX" => "PRON",
        "DT" => rel is "det" or "det:predet" ? "DET" : "PRON",
        "PDT" => "DET",
        "WDT" => rel == "det" ? "DET" : "PRON",
        "JJ" or "JJR" or "JJS" or "AFX" => "ADJ",
        "RB" or "RBR" or "RBS" or "WRB" => form.ToLowerInvariant() is "not" or "n't" ? "PART" : "ADV",
        "RP" => "ADP",
        "IN" => rel == "mark" ? "SCONJ" : "ADP",
        "TO" => rel == "case" ? "ADP" : "PART",
        "CC" => "CCONJ",
        "CD" => "NUM",
        "MD" => "AUX",
        "VB" or "VBD" or "VBG" or "VBN" or "VBP" or "VBZ" => rel is "aux" or "aux:pass" or "cop" ? "AUX" : "VERB",
        "UH" => "INTJ",
        "POS" => "PART",
        "SYM" or "$" or "#" => "SYM",
        _ when IsPunctTag(tag) => "PUNCT",
        _ => "X",
    };

    /// <summary>Penn tags of punctuation (as OntoNotes and EWT write them).</summary>
    private static bool IsPunctTag(string tag) => tag is "," or "." or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "HYPH" or "NFP";
}
