using NewsNlp.Entities;
using NewsNlp.Models;
using NewsNlp.Syntax;

namespace NewsNlp.Cli.Commands;

/// <summary>Finds a model by name (<c>models/NAME/model.nnlp</c>) or path, and loads it with one-line errors.</summary>
internal static class ModelLocator
{
    public const string FileName = "model.nnlp";

    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return nameOrPath;
        if (Directory.Exists(nameOrPath) && File.Exists(Path.Combine(nameOrPath, FileName))) return Path.Combine(nameOrPath, FileName);
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models", nameOrPath, FileName);
                if (File.Exists(candidate)) return candidate;
            }
        throw new InputException($"model '{nameOrPath}' not found (looked for a file, a folder with {FileName}, and models/{nameOrPath}/{FileName})");
    }

    public static NerModel LoadNer(string nameOrPath)
    {
        return Load(nameOrPath, path => NerModel.Load(path));
    }

    public static SyntaxModel LoadSyntax(string nameOrPath)
    {
        return Load(nameOrPath, path => SyntaxModel.Load(path));
    }

    /// <summary>The jackknifed parsers of a <c>--syntax-folds M,M[,M]</c> option (none when null); fewer than two is bad input.</summary>
    public static IReadOnlyList<SyntaxModel> LoadSyntaxFolds(string? commaSeparated)
    {
        if (commaSeparated is null) return [];
        var names = commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length < 2) throw new InputException($"--syntax-folds {commaSeparated}: give one model per fold, at least two");
        return names.Select(LoadSyntax).ToArray();
    }

    public static NewsNlp.Zoning.ZoningModel LoadZones(string nameOrPath)
    {
        return Load(nameOrPath, path => NewsNlp.Zoning.ZoningModel.Load(path));
    }

    /// <summary>
    /// Loads a model with one-line errors: a corrupt file (<see cref="ModelFormatException"/>) and a file
    /// that cannot be read (locked by another process, no permission) are bad input naming it.
    /// </summary>
    public static T Load<T>(string nameOrPath, Func<string, T> load)
    {
        string path = Resolve(nameOrPath);
        try
        {
            return load(path);
        }
        catch (ModelFormatException e)
        {
            throw new InputException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: the model file cannot be read ({e.Message})", e);
        }
    }

    /// <summary>
    /// The resources folder the recognizer's features are built from (gazetteers/, cameo/, unlabeled/):
    /// always given on the command line, never looked for (users' machines have no fixed data folder).
    /// </summary>
    public static string ResourcesFolder(string? option)
    {
        if (option is null)
            throw new UsageException("train ner needs --resources DIR (the folder with gazetteers/, cameo/ and unlabeled/), or --no-gazetteers --no-clusters.");
        return Directory.Exists(option) ? option : throw new InputException($"{option}: no such folder");
    }
}
