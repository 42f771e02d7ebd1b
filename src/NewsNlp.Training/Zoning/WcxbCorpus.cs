using System.Globalization;
using System.IO.Compression;

namespace NewsNlp.Training.Zoning;

/// <summary>One WCXB article page: its visible text, one block per line, and each line's label.</summary>
/// <param name="Id">WCXB file id ("0042").</param>
/// <param name="Split">"dev" or "test".</param>
/// <param name="GtRecall">Share of the ground-truth vocabulary the body lines cover.</param>
/// <param name="Lines">Visible text, one block per line.</param>
/// <param name="Labels">Per line: 0 boilerplate, 1 title, 2 body (the <c>ZoneWeights</c> class numbers).</param>
public sealed record WcxbPage(string Id, string Split, double GtRecall, string[] Lines, byte[] Labels);

/// <summary>
/// Reads the data folder's <c>wcxb_articles/</c>: <c>pages.tsv</c> (split, gt_recall per page) and
/// <c>lines.tsv.gz</c> (<c>id, line, label, how, text</c> per line), pages in id order.
/// </summary>
public static class WcxbCorpus
{
    public static IReadOnlyList<WcxbPage> Read(string folder)
    {
        string pagesPath = Path.Combine(folder, "pages.tsv"), linesPath = Path.Combine(folder, "lines.tsv.gz");
        foreach (var p in new[] { pagesPath, linesPath })
            if (!File.Exists(p)) throw new FileNotFoundException($"{p}: no such file (expected the wcxb_articles folder)", p);
        var meta = new Dictionary<string, (string Split, double Recall)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(pagesPath).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 9) throw new InvalidDataException($"{pagesPath}: a row with {f.Length} fields");
            meta[f[0]] = (f[1], double.Parse(f[8], CultureInfo.InvariantCulture));
        }
        var lines = new Dictionary<string, List<(int Index, byte Label, string Text)>>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(linesPath), CompressionMode.Decompress)))
        {
            reader.ReadLine(); // header
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                var f = line.Split('\t', 5);
                if (f.Length < 5) throw new InvalidDataException($"{linesPath}: a row with {f.Length} fields");
                byte label = f[2] switch
                {
                    "boilerplate" => 0,
                    "title" => 1,
                    "body" => 2,
                    _ => throw new InvalidDataException($"{linesPath}: unknown label '{f[2]}'"),
                };
                if (!lines.TryGetValue(f[0], out var list)) lines[f[0]] = list = [];
                list.Add((int.Parse(f[1], CultureInfo.InvariantCulture), label, f[4]));
            }
        }
        var pages = new List<WcxbPage>(meta.Count);
        foreach (var (id, (split, recall)) in meta.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!lines.TryGetValue(id, out var list)) continue;
            list.Sort((a, b) => a.Index.CompareTo(b.Index));
            pages.Add(new WcxbPage(id, split, recall, list.Select(l => l.Text).ToArray(), list.Select(l => l.Label).ToArray()));
        }
        return pages;
    }
}
