using System.Collections.Frozen;
using System.Globalization;

namespace NewsNlp.Events;

/// <summary>
/// The learned class of an event (<see cref="EventAction.Class"/>): a five-way logistic model over
/// the event's CAMEO code, root and code class, verb, modality and polarity, the words and word
/// pairs of its extent (from the first to the last of actor, trigger and target), and the rest of the
/// sentence's words and word pairs, apart. The verb
/// dictionary's code says what the verb can mean; news coders read the whole clause ("gave 625 new
/// firearms" is aid, "gave a warning" is not), and the words carry that. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Trained by <c>newsnlp train events</c> on the ConfliBERT CAMEO train sentences' PentaClass, one
/// example a sentence: its likeliest coded candidate. Stored in the event model as a text source of
/// kind <c>classifier</c>: one <c>feature TAB w0 TAB … TAB w4</c> line per feature, the weights in
/// <see cref="EventClass"/> order.
/// </remarks>
internal sealed class EventClassifier
{
    /// <summary>How many classes the model scores (<see cref="EventClass"/>'s values, in order).</summary>
    public const int ClassCount = 5;

    private readonly FrozenDictionary<string, double[]> _weights;

    private EventClassifier(FrozenDictionary<string, double[]> weights) => _weights = weights;

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Reads the text form: <c>feature TAB w0 TAB … TAB w4</c> lines.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names <paramref name="name"/> and the line.</exception>
    public static EventClassifier Parse(TextReader reader, string name)
    {
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        int n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            if (parts.Length != ClassCount + 1 || parts[0].Length == 0) throw new InvalidDataException($"{name}:{n}: not 'feature' and {ClassCount} weights separated by tabs");
            var w = new double[ClassCount];
            for (int k = 0; k < ClassCount; k++)
                if (!double.TryParse(parts[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out w[k]) || !double.IsFinite(w[k]))
                    throw new InvalidDataException($"{name}:{n}: weight {k + 1} is not a finite number");
            if (!weights.TryAdd(parts[0], w)) throw new InvalidDataException($"{name}:{n}: feature '{parts[0]}' listed twice");
        }
        if (weights.Count == 0) throw new InvalidDataException($"{name}: no weights");
        return new EventClassifier(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The text form <see cref="Parse"/> reads, in ordinal feature order so that the file is reproducible; all-zero rows are left out.</summary>
    public static string Format(IReadOnlyDictionary<string, double[]> weights)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var (feature, row) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (row.Length != ClassCount) throw new ArgumentException($"feature '{feature}' has {row.Length} weights, not {ClassCount}", nameof(weights));
            if (row.All(x => x == 0)) continue;
            w.Write(feature);
            foreach (double x in row)
            {
                w.Write('\t');
                w.Write(x.ToString("R", CultureInfo.InvariantCulture));
            }
            w.WriteLine();
        }
        return w.ToString();
    }

    /// <summary>The likeliest class of an event with <paramref name="features"/>, and its probability.</summary>
    public (EventClass Class, double Probability) Classify(List<string> features) => Classify(_weights, features);

    /// <summary>
    /// The likeliest class <paramref name="weights"/> give <paramref name="features"/> (the highest
    /// score, the first on a tie) and its softmax probability: the one rule, for the runtime and the trainer.
    /// </summary>
    internal static (EventClass Class, double Probability) Classify(IReadOnlyDictionary<string, double[]> weights, IEnumerable<string> features)
    {
        Span<double> z = stackalloc double[ClassCount];
        foreach (string f in features)
            if (weights.TryGetValue(f, out var row))
                for (int k = 0; k < ClassCount; k++) z[k] += row[k];
        int best = 0;
        for (int k = 1; k < ClassCount; k++)
            if (z[k] > z[best]) best = k;
        double sum = 0;
        for (int k = 0; k < ClassCount; k++) sum += Math.Exp(z[k] - z[best]);
        return ((EventClass)best, 1 / sum);
    }

    /// <summary>Sets the <see cref="EventAction.Class"/> of each event with a CAMEO code to the class the model gives it (an event without a code keeps none).</summary>
    public void Apply(Document document, List<NewsEvent> events)
    {
        var features = new List<string>(64);
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Action.Cameo is null) continue;
            features.Clear();
            Features(document, events[i], features);
            var (c, _) = Classify(features);
            events[i] = events[i] with { Action = events[i].Action with { Class = c } };
        }
    }

    /// <summary>
    /// The features of <paramref name="e"/>, added to <paramref name="into"/>. The one place features
    /// are defined: training and the runtime both call it.
    /// </summary>
    public static void Features(Document document, NewsEvent e, List<string> into)
    {
        string code = e.Action.Cameo ?? "--";
        string codeClass = Cameo.ClassOf(e.Action.Cameo) is { } c ? EventLabels.Name(c) : "none";
        into.Add("bias");
        into.Add("class=" + codeClass);
        into.Add("root=" + (Cameo.Root(e.Action.Cameo) ?? "--"));
        into.Add("code=" + code);
        into.Add("lemma=" + e.Action.Lemma);
        into.Add("modality=" + EventLabels.Name(e.Modality));
        into.Add("polarity=" + EventLabels.Name(e.Polarity));
        ExtentWords(document, e, into, "w=", "b=");
        SentenceWords(document, e, into, "s=", "sb=");
    }

    /// <summary>
    /// The lower-cased words with a letter of <paramref name="e"/>'s evidence sentence outside its
    /// extent, each as <paramref name="word"/> + word, and each pair of them in a row (on one side of
    /// the extent) as <paramref name="pair"/> + first + "_" + second.
    /// </summary>
    internal static void SentenceWords(Document document, NewsEvent e, List<string> into, string word, string pair) =>
        AddWords(document, e.Start, e.End, Extent(e), into, word, pair);

    /// <summary>
    /// The lower-cased words with a letter from the first to the last of <paramref name="e"/>'s actor,
    /// trigger and target, each as <paramref name="word"/> + word, and each pair of them in a row as
    /// <paramref name="pair"/> + first + "_" + second (null: no pairs).
    /// </summary>
    internal static void ExtentWords(Document document, NewsEvent e, List<string> into, string word, string? pair)
    {
        var (from, to) = Extent(e);
        AddWords(document, from, to, (0, 0), into, word, pair);
    }

    /// <summary>From the first to the last character of <paramref name="e"/>'s actor, trigger and target.</summary>
    private static (int From, int To) Extent(NewsEvent e) =>
        (Math.Min(e.Action.Start, Math.Min(e.Actor?.Start ?? int.MaxValue, e.Target?.Start ?? int.MaxValue)),
         Math.Max(e.Action.End, Math.Max(e.Actor?.End ?? 0, e.Target?.End ?? 0)));

    /// <summary>
    /// The words with a letter between <paramref name="from"/> and <paramref name="to"/>, leaving out those
    /// that overlap <paramref name="skip"/> (a pair never spans the gap they leave), lower-cased.
    /// </summary>
    private static void AddWords(Document document, int from, int to, (int From, int To) skip, List<string> into, string word, string? pair)
    {
        var words = document.Words;
        string? previous = null;
        for (int i = FirstWordEndingAfter(words, from); i < words.Count && words[i].Start < to; i++)
        {
            if (words[i].End > skip.From && words[i].Start < skip.To) { previous = null; continue; }
            var text = document.Text.AsSpan(words[i].Start, words[i].End - words[i].Start);
            if (!HasLetter(text)) continue;
            string lower = EventExtractor.LowerCase(text);
            into.Add(word + lower);
            if (pair is not null && previous is not null) into.Add(pair + previous + "_" + lower);
            previous = lower;
        }
    }

    /// <summary>The first of <paramref name="words"/> (in text order) that ends after <paramref name="offset"/>: the word at or after it.</summary>
    internal static int FirstWordEndingAfter(IReadOnlyList<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
