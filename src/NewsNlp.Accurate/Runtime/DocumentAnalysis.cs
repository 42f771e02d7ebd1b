namespace NewsNlp.Accurate.Runtime;

/// <summary>Which heads an encoder pass runs.</summary>
[Flags]
internal enum AnalysisParts
{
    None = 0,
    /// <summary>UPOS, XPOS and the dependency tree.</summary>
    Syntax = 1,
    /// <summary>OntoNotes entity tags.</summary>
    Onto = 2,
    /// <summary>CoNLL-2003 entity tags.</summary>
    Conll = 4,
}

/// <summary>
/// What the heads said about each word of a document (label indexes, not strings): the one encoder
/// pass's result, small enough to keep between the syntax and entity stages where the node vectors
/// (1.6 KB a word) are not.
/// </summary>
internal sealed class DocumentAnalysis
{
    public DocumentAnalysis(int words, AnalysisParts parts)
    {
        Parts = parts;
        if ((parts & AnalysisParts.Syntax) != 0)
        {
            Upos = new int[words];
            Xpos = new int[words];
            Heads = new int[words];
            Relations = new int[words];
        }
        if ((parts & AnalysisParts.Onto) != 0)
        {
            Onto = new int[words];
            OntoProbability = new float[words];
        }
        if ((parts & AnalysisParts.Conll) != 0)
        {
            Conll = new int[words];
            ConllProbability = new float[words];
        }
    }

    public AnalysisParts Parts { get; }
    public int[]? Upos { get; }
    public int[]? Xpos { get; }

    /// <summary>Head of each word as a word index in the document, -1 for the sentence's root word.</summary>
    public int[]? Heads { get; }
    public int[]? Relations { get; }
    public int[]? Onto { get; }
    public float[]? OntoProbability { get; }
    public int[]? Conll { get; }
    public float[]? ConllProbability { get; }
}
