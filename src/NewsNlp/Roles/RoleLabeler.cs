namespace NewsNlp.Roles;

/// <summary>
/// The semantic-role stage: finds each sentence's predicates (verbs, and nouns such as "visit" or
/// "invasion" where the model learned them) and labels their arguments with PropBank roles (ARG0 the
/// agent, ARG1 the patient or theme, ARGM-TMP, ARGM-LOC, ARGM-NEG, ARGM-MOD ...), reading the
/// dependency tree of the syntax stage. Writes <see cref="DocumentLayers.Roles"/>.
/// </summary>
/// <remarks>Thread-safe: each call works on its own buffers.</remarks>
public sealed class RoleLabeler : IPipelineStage
{
    /// <summary>Creates the stage over a loaded model.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public RoleLabeler(RoleModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The model.</summary>
    public RoleModel Model { get; }

    /// <inheritdoc/>
    public string Name => "roles";

    /// <inheritdoc/>
    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Syntax;

    /// <inheritdoc/>
    public DocumentLayers Produces => DocumentLayers.Roles;

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var syntax = document.Syntax ?? throw new InvalidOperationException("The roles stage needs the syntax layer.");
        var words = document.WordSpan;
        var frames = new List<PredicateFrame>();
        var s = new RoleSentence();
        var arguments = new List<WordArgument>();
        var scratch = new List<(float, WordArgument)>();
        Span<uint> keys = stackalloc uint[RoleFeatures.MaxPredicate];
        Span<float> two = stackalloc float[2];
        var sentences = document.SentenceSpan;
        for (int si = 0; si < sentences.Length; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, end) = document.WordRange(sentences[si]);
            if (end == first) continue;
            s.Load(document.Text, words, syntax, first, end);
            for (int p = 0; p < s.Count; p++)
            {
                if (!RoleDecoder.IsPredicate(Model, s, p, keys, two)) continue;
                RoleDecoder.Arguments(Model, s, p, arguments, scratch);
                var args = new SemanticArgument[arguments.Count];
                for (int k = 0; k < args.Length; k++)
                {
                    var a = arguments[k];
                    args[k] = new SemanticArgument(Model.Labels[a.Label], words[first + a.First].Start, words[first + a.Last].End,
                        first + a.First, first + a.Last + 1, first + a.Head) { Implicit = a.Implicit };
                }
                var w = words[first + p];
                frames.Add(new PredicateFrame(si, first + p, w.Start, w.End, s.LemmaText[p], args));
            }
        }
        document.SetRoles(frames.ToArray());
    }
}
