namespace NewsNlp;

/// <summary>The action of an event: trigger text, lemma and CAMEO code.</summary>
/// <param name="Start">First UTF-16 code unit of the trigger.</param>
/// <param name="End">One past the last code unit (exclusive).</param>
/// <param name="Text">Trigger text.</param>
/// <param name="Lemma">Trigger lemma ("visit").</param>
/// <param name="Cameo">CAMEO event code ("042"), or null when the action has none.</param>
public sealed record EventAction(int Start, int End, string Text, string Lemma, string? Cameo)
{
    private readonly EventClass? _class;

    /// <summary>
    /// The event's broad class: the one the event model's classifier read from the event and its
    /// words when the model has a classifier, else the class of the CAMEO code
    /// (<see cref="Events.Cameo.ClassOf"/>); null when neither gives one.
    /// </summary>
    public EventClass? Class
    {
        get => _class ?? EventLabels.ClassOfCode(Cameo);
        init => _class = value;
    }

    /// <summary>Reads as <c>visit [042]</c>.</summary>
    public override string ToString() => Cameo is null ? Lemma : $"{Lemma} [{Cameo}]";
}

/// <summary>The time of an event.</summary>
/// <param name="Text">The date expression, or null when the publish date stands in.</param>
/// <param name="Value">TIMEX3 value.</param>
public sealed record EventDate(string? Text, string Value)
{
    /// <summary>Where the date came from: the event's clause (default when there is text), its sentence, the article's dateline, or the publish date (when there is no text).</summary>
    public DateSource Source { get; init; } = Text is null ? DateSource.PublishDate : DateSource.Text;

    /// <summary>Reads as <c>2024-06-18 ("on Tuesday")</c>, or just the value when it came from the publish date.</summary>
    public override string ToString() => Text is null ? Value : $"{Value} (\"{Text}\")";
}

/// <summary>Where an event's date came from.</summary>
public enum DateSource
{
    /// <summary>A date expression of the event's own clause ("met ... on Tuesday").</summary>
    Text,

    /// <summary>The one date of the event's sentence, outside its clause ("On Monday, police said they arrested ...").</summary>
    Sentence,

    /// <summary>The article's dateline ("BRUSSELS, Dec 14 - ...").</summary>
    Article,

    /// <summary>The article's publish date: nothing in the text dates the event.</summary>
    PublishDate,
}

/// <summary>An event record: who did what to whom, when and where.</summary>
/// <param name="Actor">Who acts.</param>
/// <param name="Action">What they do.</param>
/// <param name="Target">To whom, or null.</param>
/// <param name="Date">When, or null.</param>
/// <param name="Place">Where, or null.</param>
/// <param name="Polarity">Stated or denied.</param>
/// <param name="Modality">Asserted, planned, alleged, reported or hypothetical.</param>
/// <param name="Confidence">Score in [0, 1].</param>
/// <param name="Sentence">Index of the evidence sentence.</param>
/// <param name="Start">Start of the evidence sentence.</param>
/// <param name="End">End (exclusive) of the evidence sentence.</param>
public sealed record NewsEvent(
    EntityReference? Actor, EventAction Action, EntityReference? Target, EventDate? Date, EntityReference? Place,
    Polarity Polarity, Modality Modality, double Confidence, int Sentence, int Start, int End)
{
    /// <summary>The zone of the evidence sentence (headline, body or caption); null when the document has no zones.</summary>
    public ZoneKind? Zone { get; init; }

    /// <summary>
    /// Whether actor and target act on one another ("India and Pakistan agreed to resume talks", "the
    /// Philippines and France signed a defence pact"): one act of both sides, recorded once from the first
    /// named side towards the other (with reverse events on, once in each direction).
    /// </summary>
    public bool Reciprocal { get; init; }

    /// <summary>
    /// Reads like the news: <c>Vladimir Putin —visit [042]→ Pyongyang (planned, 2024-06-18)</c>; a
    /// negated event reads "—not visit", a missing actor or target is "?", a place follows " in ".
    /// </summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(Actor?.Name ?? "?").Append(" —");
        if (Polarity == Polarity.Negative) sb.Append("not ");
        sb.Append(Action).Append("→ ").Append(Target?.Name ?? "?");
        if (Place is not null) sb.Append(" in ").Append(Place.Name);
        sb.Append(" (").Append(EventLabels.Name(Modality));
        if (Date is not null) sb.Append(", ").Append(Date.Value);
        return sb.Append(')').ToString();
    }
}
