namespace NewsNlp.Serialization;

/// <summary>Optional parts of the JSON output (<c>--include</c> on the command line).</summary>
[Flags]
public enum JsonIncludes
{
    /// <summary>Only id, published, entities, events and relations.</summary>
    None = 0,

    /// <summary>The token list (with words of multi-word tokens).</summary>
    Tokens = 1,

    /// <summary>The sentence list.</summary>
    Sentences = 2,

    /// <summary>The unchanged article text.</summary>
    Text = 4,
}

/// <summary>How a document is written as JSON.</summary>
public sealed class JsonOutputOptions
{
    /// <summary>Optional parts to include.</summary>
    public JsonIncludes Include { get; init; }

    /// <summary>Indent the output (pretty JSON) instead of writing one line.</summary>
    public bool Indented { get; init; }

    /// <summary>Parses a comma-separated include list such as "tokens,sentences".</summary>
    /// <exception cref="FormatException">An unknown name.</exception>
    public static JsonIncludes ParseIncludes(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var result = JsonIncludes.None;
        foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= raw.ToLowerInvariant() switch
            {
                "tokens" => JsonIncludes.Tokens,
                "sentences" => JsonIncludes.Sentences,
                "text" => JsonIncludes.Text,
                _ => throw new FormatException($"Unknown include '{raw}'; use tokens, sentences or text."),
            };
        }
        return result;
    }
}
