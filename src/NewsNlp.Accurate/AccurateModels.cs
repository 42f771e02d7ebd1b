using NewsNlp.Models;

namespace NewsNlp.Accurate;

/// <summary>
/// The transformer model that ships inside the NewsNlp.Accurate assembly (<c>en-trf</c>), loaded
/// once on first use and shared. A build without it (the model file is made by training, see
/// docs/ACCURATE.md) looks for <c>models/en-trf/model.nnlp</c> in the current folder, the
/// application's folder and their parents instead.
/// </summary>
public static class AccurateModels
{
    private const string ResourceName = "NewsNlp.Accurate.Models.en-trf.nnlp";
    private const string RelativePath = "models/en-trf/model.nnlp";

    private static readonly Lazy<TransformerModel> EnglishModel = new(LoadEnglish, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<TransformerEncoder> EnglishSession = new(() => TransformerEncoder.Create(EnglishModel.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// <c>en-trf</c>: MiniLM-L6 fine-tuned on OntoNotes 5 and CoNLL-2003 entities and UD English EWT
    /// tags and trees; serves the model names <c>en-news-trf</c>, <c>en-conll03-trf</c> and <c>en-ewt-trf</c>.
    /// </summary>
    /// <exception cref="ModelFormatException">The model is neither bundled nor found, or it is corrupt.</exception>
    public static TransformerModel English => EnglishModel.Value;

    /// <summary>One shared encoder over <see cref="English"/> (default options), for pipelines that do not bring their own.</summary>
    /// <exception cref="ModelFormatException">The model is neither bundled nor found, or it is corrupt.</exception>
    public static TransformerEncoder EnglishEncoder => EnglishSession.Value;

    /// <summary>The path of <c>models/en-trf/model.nnlp</c> under the current or application folder or a parent, or null.</summary>
    public static string? FindEnglishFile()
    {
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private static TransformerModel LoadEnglish()
    {
        using (var stream = typeof(AccurateModels).Assembly.GetManifestResourceStream(ResourceName))
            if (stream is not null) return TransformerModel.Load(stream, ResourceName);
        string path = FindEnglishFile()
            ?? throw new ModelFormatException(RelativePath, "the en-trf model is not bundled in this build of NewsNlp.Accurate and no models/en-trf/model.nnlp was found (train and export it: docs/ACCURATE.md)");
        return TransformerModel.Load(path);
    }
}
