using System.IO.Compression;
using NewsNlp.Sentences;
using NewsNlp.Syntax;
using NewsNlp.Tokenization;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// Sentences of raw text for semi-supervised training: gzipped files with one paragraph a line and
/// a blank line between articles (the format of the data folder's unlabeled/; each article's first line,
/// its title, is skipped), tokenized and split by the library's own stages. Only ordinary prose
/// sentences are kept: 5 to 40 words, capitalised first word, ending in . ! ? or a quote, some
/// lower-case words, no news dateline, no word over 30 characters.
/// </summary>
internal static class UnlabeledText
{
    public static IEnumerable<(string Text, (int Start, int End)[] Spans)> Sentences(IEnumerable<string> files)
    {
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        foreach (var file in files)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            string? line;
            bool title = true;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) { title = true; continue; }
                if (title) { title = false; continue; }
                var document = new Document(line);
                tokenizer.Process(document);
                splitter.Process(document);
                foreach (var spans in Split(document))
                    if (IsProse(line, spans)) yield return (line, spans);
            }
        }
    }

    private static List<(int Start, int End)[]> Split(Document document)
    {
        var result = new List<(int Start, int End)[]>();
        var words = document.WordSpan;
        foreach (var sentence in document.SentenceSpan)
        {
            var (first, end) = document.WordRange(sentence);
            int n = end - first;
            if (n is < 5 or > 40) continue;
            var spans = new (int Start, int End)[n];
            for (int i = 0; i < n; i++) spans[i] = (words[first + i].Start, words[first + i].End);
            result.Add(spans);
        }
        return result;
    }

    private static bool IsProse(string text, (int Start, int End)[] spans)
    {
        if (!char.IsUpper(text[spans[0].Start])) return false;
        var last = text.AsSpan(spans[^1].Start, spans[^1].End - spans[^1].Start);
        if (last is not ("." or "!" or "?" or "\"" or "'" or "\u201D")) return false;
        int lower = 0;
        foreach (var (s, e) in spans)
        {
            if (e - s > 30) return false;
            if (char.IsLower(text[s])) lower++;
        }
        return lower * 3 >= spans.Length && SyntaxAnnotator.DatelineLength(text, spans) == 0;
    }
}
