namespace NewsNlp.Coreference;

internal enum Number : byte { Unknown, Singular, Plural }

internal enum Gender : byte { Unknown, Male, Female, Neuter }

internal enum Animacy : byte { Unknown, Animate, Inanimate }

/// <summary>A candidate mention with what the sieves compare: words, head, agreement features.</summary>
internal sealed class Mention
{
    public int Index;
    public int FirstWord, LastWord;          // word indexes, inclusive
    public int Head;                         // syntactic head word
    public string HeadLower = "";            // head for matching: the name's last word for names
    public int Sentence;
    public int Depth;                        // arcs from the head to the root of its sentence
    public MentionKind Kind;
    public EntityMention? Name;              // the recognizer's name the mention is built on
    public int NameFirst = -1, NameLast = -1;
    public Number Number;
    public Gender Gender;
    public Animacy Animacy;
    public int Person = 3;                   // 1, 2 or 3 (pronouns); 3 for noun phrases
    public string Lower = "";                // the mention's text, lower case, words single-spaced
    public string[] Words = [];              // lower-case content words (no determiners, punctuation, 's)
    public string[] Modifiers = [];          // content words before the head
    public bool Indefinite;                  // starts with a/an/some/any ...
    public bool Reflexive;
    public bool Bare;                        // a common noun phrase with no determiner or possessor
    public bool Pleonastic;                  // "it" of "it is likely that", "it rains"
    public bool Demonstrative;               // "this", "that" standing alone (mostly events and claims; the sieves leave them alone)
    public bool Quoted;                      // the head is inside quotation marks
    public bool Coordination;                // "X and Y" as a whole (OntoNotes marks it beside its conjuncts)
    public int Governor = -1;                // the head's head (for the binding check)
    public string? Relation;
    public string? Pronoun;                  // the pronoun, lower case

    // What the sieves decided (features of the learned ranker): the pass that gave this mention an
    // antecedent (0: none) and that antecedent's index.
    public byte SievePass;
    public int SieveAntecedent = -1;
}
