namespace NewsNlp.Pipeline;

/// <summary>An article to process: its text, optional id and optional publish date.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Published">Publish date, against which relative dates are resolved; null when unknown.</param>
/// <param name="Id">The caller's id, carried to the output.</param>
public sealed record NewsArticle(string Text, DateTimeOffset? Published = null, string? Id = null);
