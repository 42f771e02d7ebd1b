using NewsNlp.Temporal;
using NewsNlp.Text;

namespace NewsNlp.Syntax;

/// <summary>
/// The syntax stage: tags each word with its universal and Penn Treebank part of speech, adds its
/// lemma, and parses each sentence into a Universal Dependencies tree, all from one
/// <see cref="SyntaxModel"/>. The three steps share one pass over each sentence's words and write
/// the document's <see cref="DocumentLayers.Syntax"/> layer once.
/// </summary>
/// <remarks>Thread-safe: each call works on its own buffers.</remarks>
public sealed class SyntaxAnnotator : IPipelineStage
{
    /// <summary>Creates the stage over a loaded model.</summary>
    /// <param name="model">Tagger, lemmatizer and parser.</param>
    /// <param name="parse">False to tag and lemmatize only (heads -1, no relations): faster.</param>
    public SyntaxAnnotator(SyntaxModel model, bool parse = true)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Parses = parse && model.HasParser;
        _pastTense = model.Tagger.TagOf("VERB", "VBD");
        _tagClass = TreeRepairs.ClassifyTags(model.Tagger);
        if (Parses) _repairs = new TreeRepairs(_tagClass, model.Parser!.Labels);
    }

    /// <summary>What is fixed in each tree after parsing (null without a parser).</summary>
    private readonly TreeRepairs? _repairs;

    private readonly int? _pastTense;

    /// <summary>What <see cref="FiniteVerbAfterName"/> and the repairs need to know of each tag id.</summary>
    private readonly TagClass[] _tagClass;

    /// <summary>The model.</summary>
    public SyntaxModel Model { get; }

    /// <summary>Whether this stage builds dependency trees.</summary>
    public bool Parses { get; }

    /// <inheritdoc/>
    public string Name => "syntax";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Syntax;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Tags and lemmas read "Ber\uFEFFlin" as "Berlin" (a copy only when the text has such a character).
        var (text, spans) = CharClass.WordFeatures(document);
        var result = new WordSyntax[spans.Length];
        var scratch = new Scratch();
        foreach (var sentence in document.SentenceSpan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, end) = document.WordRange(sentence);
            if (end == first) continue;
            Annotate(text, spans.AsSpan(first, end - first), scratch, result.AsSpan(first), first);
        }
        document.SetSyntax(result, TenseDetector.Tag(document, result));
    }

    /// <summary>
    /// Annotates one pre-tokenized sentence (e.g. from a treebank). Heads are indices into
    /// <paramref name="words"/>, -1 for the root.
    /// </summary>
    /// <exception cref="ArgumentException">A word is empty or null.</exception>
    public WordSyntax[] Annotate(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (int i = 0; i < words.Count; i++)
            if (string.IsNullOrEmpty(words[i])) throw new ArgumentException($"word {i} is empty", nameof(words));
        var (text, spans) = SentenceWords.Join(words);
        var result = new WordSyntax[words.Count];
        if (words.Count > 0) Annotate(text, spans, new Scratch(), result, 0);
        return result;
    }

    private void Annotate(string text, ReadOnlySpan<(int Start, int End)> spans, Scratch scratch, Span<WordSyntax> result, int offset)
    {
        int dateline = Parses ? DatelineLength(text, spans) : 0;
        if (dateline == 0)
        {
            AnnotateWords(text, spans, scratch, result, offset);
            return;
        }
        // "MOSCOW, June 17 (Reuters) - Putin will visit ...": the dateline and the story are parsed
        // apart (a treebank parser has never seen a dateline and takes "17" for the subject), and the
        // dateline's root hangs from the story's root.
        AnnotateWords(text, spans[..dateline], scratch, result[..dateline], offset);
        AnnotateWords(text, spans[dateline..], scratch, result[dateline..], offset + dateline);
        int storyRoot = -1, datelineRoot = -1;
        for (int i = dateline; i < spans.Length && storyRoot < 0; i++) if (result[i].Head < 0) storyRoot = offset + i;
        for (int i = 0; i < dateline && datelineRoot < 0; i++) if (result[i].Head < 0) datelineRoot = i;
        if (storyRoot >= 0 && datelineRoot >= 0) result[datelineRoot] = result[datelineRoot] with { Head = storyRoot, Relation = "parataxis" };
    }

    /// <summary>
    /// Words in a news dateline that opens the sentence, up to and including its dash
    /// ("MOSCOW, June 17 (Reuters) -", "SEOUL, South Korea —"), or 0: an all-capitals word of three or
    /// more letters first, then only capitalised words, numbers, commas and a bracketed agency before
    /// the dash, and a story of at least three words after it.
    /// </summary>
    internal static int DatelineLength(string text, ReadOnlySpan<(int Start, int End)> spans)
    {
        if (spans.Length < 5) return 0;
        var first = text.AsSpan(spans[0].Start, spans[0].End - spans[0].Start);
        // "Reuters - Four officers were accused": a wire agency's credit is a dateline too.
        if (!Lexicon.IsWireAgency(first))
        {
            if (first.Length < 3) return 0; // "PS -", "UN Secretary-General"
            foreach (char c in first)
                if (!char.IsUpper(c)) return 0;
        }
        for (int k = 1; k < Math.Min(spans.Length - 3, 16); k++)
        {
            var w = text.AsSpan(spans[k].Start, spans[k].End - spans[k].Start);
            // A dash between spaces: "Secretary-General" split into three words is no dateline.
            if (w is "-" or "--" or "\u2014" or "\u2013" or "\u2015")
                return spans[k - 1].End < spans[k].Start && spans[k].End < spans[k + 1].Start ? k + 1 : 0;
            bool fits = w is "," or "(" or ")" or "." || char.IsUpper(w[0]) || char.IsDigit(w[0]);
            if (!fits) return 0;
        }
        return 0;
    }

    private void AnnotateWords(string text, ReadOnlySpan<(int Start, int End)> spans, Scratch scratch, Span<WordSyntax> result, int offset)
    {
        var s = scratch.Words;
        s.Load(text, spans, Model.Clusters);
        var tagger = Model.Tagger;
        tagger.Tag(s);
        FiniteVerbAfterName(s);
        if (Parses)
        {
            Model.Parser!.Parse(s, scratch.State);
            _repairs!.Apply(s, scratch.State);
        }
        var state = scratch.State;
        for (int i = 0; i < s.Count; i++)
        {
            int tag = s.Tag[i];
            string xpos = tagger.Xpos[tag];
            int head = -1;
            string? relation = null;
            if (Parses)
            {
                head = state.Head[i] >= s.Count || state.Head[i] < 0 ? -1 : state.Head[i] + offset;
                relation = state.Label[i] >= 0 ? Model.Parser!.Labels[state.Label[i]] : null;
            }
            result[i] = new WordSyntax(tagger.Upos[tag], xpos, Model.Lemmatizer.Lemmatize(s.Form(i), xpos), head, relation);
        }
    }

    /// <summary>
    /// "Kim Jong Un hosted Putin in Pyongyang": in a sentence the tagger left without a finite verb,
    /// an -ed form right after a proper name and before a noun phrase (not "by") is the past tense,
    /// not a participle modifying the next name. Retagged before parsing, so the tree gets its clause.
    /// </summary>
    private void FiniteVerbAfterName(SentenceWords s)
    {
        if (s.Count < 4 || _pastTense is not int vbd) return;
        var classes = _tagClass;
        int participle = -1;
        for (int i = 0; i < s.Count; i++)
        {
            var c = classes[s.Tag[i]];
            if ((c & TagClass.Finite) != 0) return;
            if (participle < 0 && (c & TagClass.Participle) != 0 && i > 0 && i + 1 < s.Count
                && (classes[s.Tag[i - 1]] & TagClass.ProperName) != 0 && (classes[s.Tag[i + 1]] & TagClass.PhraseStart) != 0) participle = i;
        }
        if (participle >= 0) s.Tag[participle] = vbd;
    }

    private sealed class Scratch
    {
        public readonly SentenceWords Words = new();
        public readonly ArcHybridState State = new();
    }
}
