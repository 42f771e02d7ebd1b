using System.Collections.Frozen;
using System.Globalization;

namespace NewsNlp.Events;

/// <summary>
/// The learned keep-or-drop decision over a document's candidate events: a logistic model over
/// features of the candidate (CAMEO root and code, verb, what kind of actor and target it has, zone,
/// modality, polarity, where its date came from, how far into the article, how many candidates its
/// sentence gave, whether another candidate repeats it, the words and word pairs from its actor to its target). Its probability is the event's
/// <see cref="NewsEvent.Confidence"/>; candidates under the model's threshold are dropped.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Trained by <c>newsnlp train events</c> from the ConfliBERT CAMEO train sentences (source and
/// target spans) and the dev half of the gold event set; the threshold is the one that gave the best
/// F1 on the gold dev half's held-out folds. Stored in the event model as a text source of kind
/// <c>scorer</c>: a <c>threshold</c> line and one <c>feature TAB weight</c> line per feature.
/// </remarks>
internal sealed class EventScorer
{
    private readonly FrozenDictionary<string, double> _weights;

    private EventScorer(FrozenDictionary<string, double> weights, double threshold)
    {
        _weights = weights;
        Threshold = threshold;
    }

    /// <summary>Candidates scored under this probability are dropped.</summary>
    public double Threshold { get; }

    /// <summary>How many features have a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Reads the text form: <c>threshold TAB p</c>, then <c>feature TAB weight</c> lines.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names <paramref name="name"/> and the line.</exception>
    public static EventScorer Parse(TextReader reader, string name)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double? threshold = null;
        int n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0) continue;
            int tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
                throw new InvalidDataException($"{name}:{n}: not 'feature TAB number'");
            string feature = line[..tab];
            if (feature == "threshold") threshold = value;
            else weights[feature] = value;
        }
        if (threshold is not (>= 0 and <= 1)) throw new InvalidDataException($"{name}: no threshold in [0, 1]");
        return new EventScorer(weights.ToFrozenDictionary(StringComparer.Ordinal), threshold.Value);
    }

    /// <summary>The text form <see cref="Parse"/> reads; weights in ordinal feature order so that the file is reproducible.</summary>
    public static string Format(IReadOnlyDictionary<string, double> weights, double threshold)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.Write("threshold\t");
        w.WriteLine(threshold.ToString("R", CultureInfo.InvariantCulture));
        foreach (var (feature, weight) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (weight == 0) continue;
            w.Write(feature);
            w.Write('\t');
            w.WriteLine(weight.ToString("R", CultureInfo.InvariantCulture));
        }
        return w.ToString();
    }

    /// <summary>The probability that a candidate with <paramref name="features"/> is a real event.</summary>
    public double Probability(List<string> features)
    {
        double z = 0;
        foreach (string f in features) z += _weights.GetValueOrDefault(f);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Scores every candidate, sets its confidence to the probability and drops those under the threshold.</summary>
    public void Apply(Document document, List<NewsEvent> events)
    {
        if (events.Count == 0) return;
        var features = new List<string>(32);
        var keep = new bool[events.Count];
        var confidence = new double[events.Count];
        var repeats = Repeats(events);
        for (int i = 0; i < events.Count; i++)
        {
            features.Clear();
            Features(document, events, i, features, repeats);
            double p = Probability(features);
            keep[i] = p >= Threshold;
            confidence[i] = Math.Round(p, 3);
        }
        int kept = 0;
        for (int i = 0; i < events.Count; i++)
            if (keep[i]) events[kept++] = events[i] with { Confidence = confidence[i] };
        events.RemoveRange(kept, events.Count - kept);
    }

    /// <summary>
    /// The features of candidate <paramref name="i"/> of <paramref name="events"/> (a document's
    /// candidates in text order), added to <paramref name="into"/>. The one place features are
    /// defined: training and the runtime both call it.
    /// </summary>
    /// <param name="document">The document the candidates come from.</param>
    /// <param name="events">Its candidates, in sentence order.</param>
    /// <param name="i">Which candidate.</param>
    /// <param name="into">Receives the features.</param>
    /// <param name="repeats">Precomputed <see cref="Repeats"/> of <paramref name="events"/>, or null to look back from <paramref name="i"/>.</param>
    public static void Features(Document document, IReadOnlyList<NewsEvent> events, int i, List<string> into, bool[]? repeats = null)
    {
        var e = events[i];
        string root = Cameo.Root(e.Action.Cameo) ?? "--";
        string actor = Kind(document, e.Actor), target = Kind(document, e.Target);
        string lemma = e.Action.Lemma;
        into.Add("bias");
        into.Add("root=" + root);
        into.Add("code=" + (e.Action.Cameo ?? "--"));
        into.Add("lemma=" + lemma);
        into.Add("actor=" + actor);
        into.Add("target=" + target);
        into.Add("root|target=" + root + "|" + target);
        into.Add("root|actor=" + root + "|" + actor);
        into.Add("actor|target=" + actor + "|" + target);
        into.Add("lemma|target=" + lemma + "|" + (e.Target is null ? "none" : "some"));
        into.Add("zone=" + (e.Zone?.ToString() ?? "none"));
        into.Add("modality=" + e.Modality);
        into.Add("polarity=" + e.Polarity);
        into.Add("date=" + (e.Date?.Source.ToString() ?? "none"));
        if (e.Place is not null) into.Add("place");
        if (e.Actor is not null && e.Target is not null && EventFilter.SameName(e.Actor, e.Target)) into.Add("self");
        if (e.Actor is { Text.Length: > 0 } at && char.IsLower(at.Text[0])) into.Add("actor-lower");
        if (e.Target is { Text.Length: > 0 } tt && char.IsLower(tt.Text[0])) into.Add("target-lower");
        if (IsNoun(document, e.Action.Start)) into.Add("nominal");
        if (InQuote(document.Text, e.Start, e.Action.Start)) into.Add("quoted");
        into.Add("sentence=" + Bucket(e.Sentence, 0, 1, 2, 4, 8, 16));
        // Events are in sentence order: the sentence's candidates are a run around i.
        int from = i, to = i + 1;
        while (from > 0 && events[from - 1].Sentence == e.Sentence) from--;
        while (to < events.Count && events[to].Sentence == e.Sentence) to++;
        int inSentence = 0, sameAct = 0, sameActor = 0;
        for (int k = from; k < to; k++)
        {
            var o = events[k];
            inSentence++;
            if (k == i) continue;
            if (o.Action.Start == e.Action.Start) sameAct++;
            else if (o.Actor is { } oa && e.Actor is { } ea && oa.Start == ea.Start) sameActor++;
        }
        into.Add("in-sentence=" + Bucket(inSentence, 1, 2, 3, 5, 8));
        if (sameAct > 0) into.Add("same-trigger");
        if (sameActor > 0) into.Add("same-actor=" + Bucket(sameActor, 1, 2, 4));
        if (repeats is null ? IsRepeat(events, i) : repeats[i]) into.Add("repeat");
        EventClassifier.ExtentWords(document, e, into, "w=", "b=");
    }

    /// <summary>For each candidate, whether an earlier one has its verb, actor and target (a repeated caption, a restated act): one pass over the document.</summary>
    public static bool[] Repeats(IReadOnlyList<NewsEvent> events)
    {
        var result = new bool[events.Count];
        var seen = new HashSet<(string, string?, string?)>();
        for (int i = 0; i < events.Count; i++)
            result[i] = !seen.Add((events[i].Action.Lemma, Key(events[i].Actor), Key(events[i].Target)));
        return result;

        static string? Key(EntityReference? r) => r is null ? null : (r.Canonical ?? r.Text).ToUpperInvariant();
    }

    private static bool IsRepeat(IReadOnlyList<NewsEvent> events, int i)
    {
        var e = events[i];
        for (int k = 0; k < i; k++)
            if (events[k].Action.Lemma == e.Action.Lemma && EventFilter.SameName(events[k].Actor, e.Actor) && EventFilter.SameName(events[k].Target, e.Target)) return true;
        return false;
    }

    /// <summary>What a participant is: a person, organisation, place or nationality, a coded or generic agent, another phrase, or none.</summary>
    private static string Kind(Document document, EntityReference? r)
    {
        if (r is null) return "none";
        if (r.Codes.Count > 0 && r.Codes[0] == "generic-agent") return "agent";
        if (EventFilter.IsGroup(document, r)) return "norp";
        return r.Type switch
        {
            EntityType.Person => "person",
            EntityType.Organization => r.Codes.Count > 0 ? "org-coded" : "org",
            EntityType.Location => r.Codes.Count > 0 ? "place-coded" : "place",
            _ => r.Codes.Count > 0 ? "coded" : "other",
        };
    }

    private static bool IsNoun(Document document, int start)
    {
        var syntax = document.Syntax;
        if (syntax is null) return false;
        var words = document.Words;
        int at = EventClassifier.FirstWordEndingAfter(words, start);
        return at < words.Count && words[at].Start == start && syntax[at].Upos == "NOUN";
    }

    /// <summary>Whether an odd number of quotation marks stand between the sentence start and the trigger.</summary>
    private static bool InQuote(string text, int from, int to)
    {
        int quotes = 0;
        for (int k = from; k < to && k < text.Length; k++)
            if (text[k] is '"' or '“' or '”') quotes++;
        return quotes % 2 == 1;
    }

    private static string Bucket(int value, params ReadOnlySpan<int> edges)
    {
        foreach (int edge in edges)
            if (value <= edge) return edge.ToString(CultureInfo.InvariantCulture);
        return ">" + edges[^1].ToString(CultureInfo.InvariantCulture);
    }
}
