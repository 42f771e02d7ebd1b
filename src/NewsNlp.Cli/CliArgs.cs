namespace NewsNlp.Cli;

/// <summary>A usage mistake: printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Bad input data (missing file, bad JSON line): printed as one line, exit code 3.</summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// A small GNU-style argument reader: positional arguments plus <c>--name value</c>,
/// <c>--name=value</c> and boolean <c>--flag</c> options. Unknown options are usage errors.
/// </summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CliArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var result = new CliArgs();
        bool onlyPositional = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (onlyPositional || !a.StartsWith("--", StringComparison.Ordinal) || a == "-")
            {
                result.Positional.Add(a);
                continue;
            }
            if (a == "--") { onlyPositional = true; continue; }
            string name = a[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            if (flags.Contains(name))
            {
                if (value is not null) throw new UsageException($"--{name} takes no value.");
                result._options[name] = "true";
            }
            else if (valueOptions.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count) throw new UsageException($"--{name} needs a value.");
                    value = args[++i];
                }
                result._options[name] = value;
            }
            else
            {
                throw new UsageException($"Unknown option --{name}. See 'newsnlp --help'.");
            }
        }
        return result;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public bool Has(string name) => _options.ContainsKey(name);

    public string Require(string name) => Get(name) ?? throw new UsageException($"--{name} is required.");
}
