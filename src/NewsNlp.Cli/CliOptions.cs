using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsNlp.Cli;

/// <summary>
/// How the commands declare their options (System.CommandLine): a value, a flag, a whole number or a
/// number, each with the name its help shows for the value. A number that does not parse or is out of
/// range is a parse error, so it is a usage error (exit 2) reported before any work starts.
/// </summary>
internal static class CliOptions
{
    /// <summary>An option with one value: <c>--name VALUE</c> or <c>--name=VALUE</c>.</summary>
    public static Option<string> Value(string name, string helpName, string description, bool required = false, params string[] aliases) =>
        new(name, aliases) { HelpName = helpName, Description = description, Required = required };

    /// <summary>
    /// Input paths, any number. A value that looks like an option and is no file or folder is an
    /// unknown option, not a missing file ("-" alone is standard input).
    /// </summary>
    public static Argument<string[]> Paths(string name, string description)
    {
        var paths = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    r.AddError($"Unrecognized option '{token.Value}'.");
        });
        return paths;
    }

    /// <summary>A flag: present or not, never with a value.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when the option is not given.</summary>
    public static Option<int?> Whole(string name, string description, int min = 0, int max = int.MaxValue, string? error = null, string helpName = "N") =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = r =>
            {
                if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int x) && x >= min && x <= max) return x;
                r.AddError(error ?? $"{name} must be a whole number.");
                return null;
            },
        };

    /// <summary>A finite number, at least <paramref name="min"/> (above it when <paramref name="exclusive"/>); null when not given.</summary>
    public static Option<double?> Number(string name, string description, double min = 0, bool exclusive = false, string? error = null, string helpName = "X") =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = r =>
            {
                if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                    && double.IsFinite(x) && (exclusive ? x > min : x >= min)) return x;
                r.AddError(error ?? $"{name} must be a non-negative number.");
                return null;
            },
        };
}
