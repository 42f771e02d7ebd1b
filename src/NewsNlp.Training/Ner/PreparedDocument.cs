using NewsNlp.Entities;
using NewsNlp.Training.Corpora;

namespace NewsNlp.Training.Ner;

/// <summary>
/// A corpus document as the recognizer sees raw text: the words joined by spaces (one line per
/// sentence), each sentence's word spans into that text, and gold BILOU tags.
/// </summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(TaggedDocument doc, IReadOnlyDictionary<string, int> labelIndex)
    {
        Source = doc;
        var sb = new System.Text.StringBuilder();
        Sentences = new (int Start, int End)[doc.Sentences.Count][];
        Gold = new int[doc.Sentences.Count][];
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sent = doc.Sentences[s];
            var spans = new (int Start, int End)[sent.Words.Length];
            for (int i = 0; i < sent.Words.Length; i++)
            {
                if (i > 0) sb.Append(' ');
                spans[i] = (sb.Length, sb.Length + sent.Words[i].Length);
                sb.Append(sent.Words[i]);
            }
            sb.Append('\n');
            Sentences[s] = spans;
            var tags = new int[sent.Words.Length];
            var encoded = sent.Spans
                .Where(x => labelIndex.ContainsKey(x.Label))
                .Select(x => (x.Start, x.End, labelIndex[x.Label]))
                .ToArray();
            BilouTagSet.Encode(encoded, tags);
            Gold[s] = tags;
        }
        Text = sb.ToString();
    }

    public TaggedDocument Source { get; }

    public string Text { get; }

    public (int Start, int End)[][] Sentences { get; }

    public int[][] Gold { get; }

    public int WordCount => Sentences.Sum(s => s.Length);

    /// <summary>Labels the document with a model the way the runtime does; returns spans per sentence.</summary>
    public List<(int Start, int End, string Label)>[] Predict(NerModel model) =>
        Label(model).Select(s => s.Select(e => (e.Start, e.End, model.TagSet.Labels[e.Label])).ToList()).ToArray();

    /// <summary>The runtime's entities with confidences, per sentence.</summary>
    public List<LabeledSpan>[] Label(NerModel model) =>
        SentenceLabeler.LabelArticle(model, Text, Sentences.Select(s => new ReadOnlyMemory<(int Start, int End)>(s)).ToArray());
}
