using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NewsNlp.Temporal;

namespace NewsNlp.Fuzz;

/// <summary>
/// Starting inputs: a few dozen short samples of the corpora in <c>shared/data</c> (never copied into
/// the repository) plus hand-written cases for what the corpora lack. The choice is fixed (seeded
/// random), so two runs start from the same inputs. afl-fuzz does best with few, small seeds.
/// </summary>
internal static partial class Seeds
{
    private const int FromCorpora = 40;

    [GeneratedRegex(@"\b(ago|yesterday|today|tomorrow|tonight|last|next|since|until|week|month|year|decade|century|quarter|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[12]\d{3}s?|\d{1,2}/\d{1,2}/\d{2,4}|\d+ ?[ap]\.?m\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateCue();

    private static readonly string[] HandWrittenText =
    [
        "Mr. Smith didn't go to the U.S. on Jan. 5, 2024... He said: \"Hi!\" (really)",
        "See https://example.com/a?b=c&d=e or mail jane.doe@example.org #news @reuters",
        "Prices rose 3.5% to $1,234.56 -- the most since the 1990s; e.g. U.K. vs. E.U.",
        "“Quoted,” she said — and left… Then: ‘fine’? Yes!",
        "北京 2024年6月17日 — Путин посетит Пхеньян. مرحبا 👩‍👩‍👧 🇺🇸 e\u0301",
        "some--if -- --- - a-b-c well-known 10-15 co-operate",
        "WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted 51-49.\n\nBy JANE DOE\n",
        "A.\nB.\n\nC? D! E... f. 1. 2. i.e. etc. Dr. No. St. Louis",
    ];

    private static readonly string[] HandWrittenDates =
    [
        "129,000 weeks ago", "yesterday", "tomorrow", "last Tuesday at 3 p.m.", "from June 17-19, 2024", "17 - 19 June",
        "the 1990s", "Q3 2024", "FY24", "03/04/2024", "since 2019", "nineteen forty-two", "Christmas", "three years ago",
        "next month", "2019 - 2021", "1999-2001", "the past two years", "this week", "3 p.m. on Friday", "mid-2020",
        "early next year", "the fourth quarter", "every Tuesday", "in 2019 and 2020", "between Friday and Monday",
        "9999 years from now", "10,000 years ago", "the next 5,000 centuries", "31-year-old", "his twenties", "'78",
    ];

    /// <summary>
    /// Writes the seeds that run cleanly: afl-fuzz refuses to start from a crashing seed, and a crash
    /// the seeds already show is reported here (and belongs in a regression test), not left to the fuzzer.
    /// </summary>
    public static int Write(IEnumerable<byte[]> seeds, string folder, ReadOnlySpanAction harness)
    {
        Directory.CreateDirectory(folder);
        int n = 0, skipped = 0;
        foreach (var seed in seeds)
        {
            try
            {
                harness(seed);
            }
            catch (Exception e)
            {
                string name = Path.Combine(folder, "..", "crashing-seeds", $"seed-{n + skipped++:D3}");
                Directory.CreateDirectory(Path.GetDirectoryName(name)!);
                File.WriteAllBytes(name, seed);
                Console.WriteLine($"left out {Path.GetFullPath(name)}: it already fails with {e.GetType().Name}: {e.Message}");
                continue;
            }
            File.WriteAllBytes(Path.Combine(folder, $"seed-{n++ + skipped:D3}"), seed);
        }
        return n;
    }

    public static IEnumerable<byte[]> Tokenize(string data)
    {
        var rng = new Random(14);
        foreach (var s in HandWrittenText) yield return Encoding.UTF8.GetBytes(s);
        // Broken UTF-16: a lone high surrogate and a lone low one (raw mode: leading zero byte).
        yield return [0, .. Encoding.Unicode.GetBytes("A\uD83D b \uDC69 c."), ];
        foreach (var line in Sample(CorpusLines(data), FromCorpora / 2, rng)) yield return Encoding.UTF8.GetBytes(line);
        foreach (var line in Sample(EwtTexts(data), FromCorpora / 2, rng)) yield return Encoding.UTF8.GetBytes(line);
    }

    public static IEnumerable<byte[]> Dates(string data)
    {
        var rng = new Random(15);
        foreach (var s in HandWrittenDates) yield return Dated(RandomHeader(rng), s);
        // The ends of the calendar, where arithmetic overflows.
        foreach (var s in (string[])["yesterday and tomorrow", "129,000 weeks ago", "next year", "last month"])
        {
            yield return Dated(FuzzInput.Header(DateOnly.MinValue, ClauseTense.Past), s);
            yield return Dated(FuzzInput.Header(DateOnly.MaxValue, ClauseTense.Future), s);
        }
        var lines = CorpusLines(data).Select(l => FirstCue(l)).OfType<string>();
        foreach (var s in Sample(lines, FromCorpora, rng)) yield return Dated(RandomHeader(rng), s);
    }

    public static IEnumerable<byte[]> Pipeline(string data)
    {
        var rng = new Random(16);
        foreach (var s in HandWrittenText.Take(4).Concat(HandWrittenDates.Take(4))) yield return Dated(RandomHeader(rng), s);
        foreach (var s in Sample(CorpusLines(data).Where(l => l.Length <= 400), FromCorpora, rng)) yield return Dated(RandomHeader(rng), s);
    }

    public static IEnumerable<byte[]> Jsonl(string data)
    {
        var rng = new Random(17);
        yield return Encoding.UTF8.GetBytes("{\"id\": 1, \"text\": \"Putin will visit Pyongyang on Tuesday.\", \"published\": \"2024-06-17\"}\n");
        yield return Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n\n{\"id\":\"b\",\"text\":\"b\",\"published\":\"2024-06-17T10:00:00+02:00\"}\r\n{\"text\":\"c\",\"published\":null,\"id\":null}");
        yield return Encoding.UTF8.GetBytes("\uFEFF{\"text\": \"caf\\u00e9 \\ud83d\\ude00\", \"extra\": [1, 2.5e3, true, {\"x\": null}]} // comment\n");
        yield return Encoding.UTF8.GetBytes("{\"text\": 5}\n");
        yield return Encoding.UTF8.GetBytes("{\"text\": \"x\", \"published\": \"0001-01-01T00:00:00+14:00\"}\n");
        yield return Encoding.UTF8.GetBytes("[1,2]\n");
        var texts = JsonLines(data).Select(l => JObject.Parse(l)["text"]?.ToString()).OfType<string>();
        foreach (var text in Sample(texts, FromCorpora / 2, rng))
        {
            var o = new JObject { ["id"] = $"a{rng.Next(1000)}", ["text"] = text };
            if (rng.Next(2) == 0) o["published"] = DateOnly.FromDayNumber(rng.Next(DateOnly.MaxValue.DayNumber)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            yield return Encoding.UTF8.GetBytes(o.ToString(Formatting.None) + "\n");
        }
    }

    private static byte[] Dated(byte[] header, string text) => [.. header, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Any day of the calendar, tense, numeric order and UTC offset.</summary>
    private static byte[] RandomHeader(Random rng) =>
        FuzzInput.Header(DateOnly.FromDayNumber(rng.Next(DateOnly.MaxValue.DayNumber + 1)), (ClauseTense)rng.Next(3), rng.Next(2) == 0, rng.Next(-28, 29));

    /// <summary>The sentence-sized piece of a line around its first date cue, or null.</summary>
    private static string? FirstCue(string line)
    {
        var m = DateCue().Match(line);
        if (!m.Success) return null;
        int start = Math.Max(0, m.Index - 60), end = Math.Min(line.Length, m.Index + m.Length + 60);
        return line[start..end];
    }

    /// <summary><paramref name="count"/> items spread evenly over the first 20,000 (reservoir sampling).</summary>
    private static List<string> Sample(IEnumerable<string> items, int count, Random rng)
    {
        var chosen = new List<string>(count);
        int seen = 0;
        foreach (var item in items.Take(20_000))
        {
            seen++;
            if (chosen.Count < count) chosen.Add(item);
            else if (rng.Next(seen) is var j && j < count) chosen[j] = item;
        }
        return chosen;
    }

    /// <summary>Lines of 20-300 characters from each unlabeled corpus in turn.</summary>
    private static IEnumerable<string> CorpusLines(string data)
    {
        string folder = Path.Combine(data, "unlabeled");
        if (!Directory.Exists(folder)) yield break;
        var readers = Directory.EnumerateFiles(folder, "*.txt.gz").Order(StringComparer.Ordinal)
            .Select(f => new StreamReader(new GZipStream(File.OpenRead(f), CompressionMode.Decompress))).ToList();
        try
        {
            for (bool any = true; any;)
            {
                any = false;
                foreach (var r in readers)
                {
                    if (r.ReadLine() is not { } line) continue;
                    any = true;
                    if (line.Length is >= 20 and <= 300) yield return line;
                }
            }
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    /// <summary>The raw sentence texts of the UD English Web Treebank (web text: URLs, e-mail, odd punctuation).</summary>
    private static IEnumerable<string> EwtTexts(string data)
    {
        string file = Path.Combine(data, "ud_english_ewt", "en_ewt-ud-dev.conllu");
        if (!File.Exists(file)) return [];
        return File.ReadLines(file).Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l[9..]);
    }

    private static IEnumerable<string> JsonLines(string data)
    {
        string file = Path.Combine(data, "conflibert_cameo", "test.jsonl");
        return File.Exists(file) ? File.ReadLines(file) : [];
    }
}
