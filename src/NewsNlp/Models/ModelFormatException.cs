namespace NewsNlp.Models;

/// <summary>A model file is not a NewsNlp model, is of an unsupported version, or is corrupt.</summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or resource name, for the message.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public ModelFormatException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner)
    {
        Source = source;
    }

    /// <summary>The file or resource that failed to load.</summary>
    public new string Source { get; }
}
