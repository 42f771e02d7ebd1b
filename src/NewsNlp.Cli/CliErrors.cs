namespace NewsNlp.Cli;

/// <summary>A usage mistake: printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Bad input data (missing file, bad JSON line): printed as one line, exit code 3.</summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
