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
        _tagClass = ClassifyTags(model.Tagger);
        if (Parses)
        {
            _conj = Array.IndexOf(model.Parser!.Labels, "conj");
            _compound = Array.IndexOf(model.Parser!.Labels, "compound");
            _case = Array.IndexOf(model.Parser!.Labels, "case");
            _obl = Array.IndexOf(model.Parser!.Labels, "obl");
            _single = LabelIds(model.Parser!.Labels, "nsubj", "nsubj:pass", "obj", "iobj");
            _subject = LabelIds(model.Parser!.Labels, "nsubj", "nsubj:pass", "expl");
            _auxiliary = LabelIds(model.Parser!.Labels, "aux", "aux:pass", "cop");
        }
    }

    /// <summary>Label ids <see cref="NameConjuncts"/> reads and writes (-1: the parser has none).</summary>
    private readonly int _conj = -1, _compound = -1, _case = -1, _obl = -1;

    /// <summary>Label ids a verb has at most one of (subject, object).</summary>
    private readonly int[] _single = [];

    /// <summary>Label ids of a clause's subject, and of the auxiliaries and copulas that can make it finite.</summary>
    private readonly int[] _subject = [], _auxiliary = [];

    private static int[] LabelIds(string[] labels, params string[] names) =>
        names.Select(n => Array.IndexOf(labels, n)).Where(i => i >= 0).ToArray();

    private readonly int? _pastTense;

    /// <summary>What <see cref="FiniteVerbAfterName"/> needs to know of each tag id, worked out once from the tag set.</summary>
    private readonly TagClass[] _tagClass;

    [Flags]
    private enum TagClass : byte
    {
        None = 0,
        Finite = 1,        // VBD, VBZ, VBP, MD
        Participle = 2,    // VBN
        ProperName = 4,    // NNP
        PhraseStart = 8,   // NNP, DT, PRP, PRP$, CD, NNS, JJ: what a noun-phrase object starts with
        Joiner = 16,       // CC, punctuation: what coordination needs between its conjuncts
        NonFinite = 32,    // VB, VBG (and Participle): verbs that head no finite clause on their own
    }

    private static TagClass[] ClassifyTags(PosTagger tagger)
    {
        var classes = new TagClass[tagger.TagCount];
        for (int t = 0; t < classes.Length; t++)
            classes[t] = tagger.Xpos[t] switch
            {
                "VBD" or "VBZ" or "VBP" or "MD" => TagClass.Finite,
                "VBN" => TagClass.Participle | TagClass.NonFinite,
                "VB" or "VBG" => TagClass.NonFinite,
                "NNP" => TagClass.ProperName | TagClass.PhraseStart,
                "DT" or "PRP" or "PRP$" or "CD" or "NNS" or "JJ" => TagClass.PhraseStart,
                "CC" or "," or ":" or "." or "HYPH" or "-LRB-" or "-RRB-" or "NFP" or "``" or "''" or "SYM" => TagClass.Joiner,
                _ => TagClass.None,
            };
        return classes;
    }

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
            NameConjuncts(s, scratch.State);
            ClauseConjuncts(s, scratch.State);
            CompoundsAcrossPrepositions(s, scratch.State);
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

    /// <summary>
    /// "Bree Prime Minister Romendacil clashed": a run of capitalised words that the parser split
    /// into two conjuncts with no "and" or comma between them is one name. Coordination needs a
    /// joiner (UD's conj); without one the last proper noun heads the name, the first becomes its
    /// compound and takes nothing else along.
    /// </summary>
    private void NameConjuncts(SentenceWords s, ArcHybridState state)
    {
        if (_conj < 0 || _compound < 0) return;
        var classes = _tagClass;
        for (int d = 1; d < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _conj || h < 0 || h >= d || h >= s.Count)
            {
                // "Fornost President Umbardacil has appealed" parsed with two subjects (or objects) of
                // one verb: the earlier name is a compound of the later one.
                if (h < 0 || state.Label[d] < 0 || Array.IndexOf(_single, state.Label[d]) < 0) continue;
                h = -1;
                for (int k = d - 1; k >= 0 && h < 0; k--)
                    if (state.Head[k] == state.Head[d] && state.Label[k] == state.Label[d]) h = k;
                if (h < 0) continue;
            }
            if ((classes[s.Tag[h]] & TagClass.ProperName) == 0 || (classes[s.Tag[d]] & TagClass.ProperName) == 0) continue;
            bool name = true;
            for (int k = h + 1; k < d && name; k++)
                name = (classes[s.Tag[k]] & TagClass.Joiner) == 0 && char.IsUpper(s.Text[s.Start[k]]);
            if (!name) continue;
            // d takes h's place in the tree; h's dependents after d (its other conjuncts) go with it.
            state.Head[d] = state.Head[h];
            state.Label[d] = state.Label[h];
            state.Head[h] = d;
            state.Label[h] = _compound;
            for (int k = d + 1; k < s.Count; k++)
                if (state.Head[k] == h) state.Head[k] = d;
        }
    }

    /// <summary>
    /// "accused Pyongyang of sending troops, and the two leaders met in Moscow": a clause with its own
    /// subject is not coordinated with a subjectless gerund or infinitive; it joins the nearest finite
    /// clause above that verb (the conjunct keeps its label).
    /// </summary>
    private void ClauseConjuncts(SentenceWords s, ArcHybridState state)
    {
        if (_conj < 0 || _subject.Length == 0) return;
        for (int d = 1; d < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _conj || h < 0 || h >= d) continue;
            if ((_tagClass[s.Tag[h]] & TagClass.NonFinite) == 0 || IsFinite(s, state, h) || HasChild(state, s.Count, h, _subject) || !HasChild(state, s.Count, d, _subject)) continue;
            int a = state.Head[h];
            for (int up = 0; up < 4 && a >= 0 && a < s.Count && !IsFinite(s, state, a); up++) a = state.Head[a];
            if (a >= 0 && a < s.Count && IsFinite(s, state, a)) state.Head[d] = a;
        }
    }

    /// <summary>
    /// "to visit Pyongyang at Kim Jong Un's invitation" parsed with "Pyongyang" a compound of "Un": a
    /// compound is never cut from its head by a preposition. The compound word takes the phrase's place
    /// under the verb, and the phrase, now introduced by the preposition, becomes an oblique of that verb.
    /// </summary>
    private void CompoundsAcrossPrepositions(SentenceWords s, ArcHybridState state)
    {
        if (_compound < 0 || _case < 0 || _obl < 0) return;
        for (int d = 0; d + 2 < s.Count; d++)
        {
            int h = state.Head[d];
            if (state.Label[d] != _compound || h <= d + 1 || h >= s.Count || state.Label[d + 1] != _case) continue;
            // The top of the phrase h belongs to (h itself or a noun it modifies) and the verb above it.
            int top = h;
            for (int up = 0; up < 4 && !IsArgument(state.Label[top]) && state.Head[top] >= 0 && state.Head[top] < s.Count; up++) top = state.Head[top];
            int verb = state.Head[top];
            if (verb < 0 || verb >= d || !IsArgument(state.Label[top])) continue;
            state.Head[d] = verb;
            state.Label[d] = state.Label[top];
            state.Label[top] = _obl;
            state.Head[d + 1] = top;
        }
    }

    private bool IsArgument(int label) => Array.IndexOf(_single, label) >= 0;

    /// <summary>A finite verb, or a word with a finite auxiliary or copula.</summary>
    private bool IsFinite(SentenceWords s, ArcHybridState state, int w)
    {
        if ((_tagClass[s.Tag[w]] & TagClass.Finite) != 0) return true;
        for (int k = 0; k < s.Count; k++)
            if (state.Head[k] == w && Array.IndexOf(_auxiliary, state.Label[k]) >= 0 && (_tagClass[s.Tag[k]] & TagClass.Finite) != 0) return true;
        return false;
    }

    private static bool HasChild(ArcHybridState state, int count, int w, int[] labels)
    {
        for (int k = 0; k < count; k++)
            if (state.Head[k] == w && Array.IndexOf(labels, state.Label[k]) >= 0) return true;
        return false;
    }

    private sealed class Scratch
    {
        public readonly SentenceWords Words = new();
        public readonly ArcHybridState State = new();
    }
}
