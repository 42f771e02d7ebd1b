namespace NewsNlp;

/// <summary>Whether an event happened or is denied ("did not visit", "declined to comment").</summary>
/// <remarks>JSON writes the lower-case name (<c>"positive"</c>, <c>"negative"</c>), as the schema says.</remarks>
public enum Polarity
{
    /// <summary>The event is stated.</summary>
    Positive,

    /// <summary>The event is denied: "not", "never", "declined to", "refused to".</summary>
    Negative,
}
