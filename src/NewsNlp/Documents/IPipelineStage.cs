namespace NewsNlp;

/// <summary>
/// One stage of a pipeline (<c>NewsNlp.Pipeline.NewsPipeline</c>): document in, document out. A stage reads the layers
/// it <see cref="Requires"/> and writes the layers it <see cref="Produces"/>, each exactly once.
/// </summary>
/// <remarks>Implementations must be safe to call from many threads at once on different documents.</remarks>
public interface IPipelineStage
{
    /// <summary>A short name for messages ("tokenizer").</summary>
    string Name { get; }

    /// <summary>Layers that must be present before this stage runs.</summary>
    DocumentLayers Requires { get; }

    /// <summary>Layers this stage writes.</summary>
    DocumentLayers Produces { get; }

    /// <summary>Annotates <paramref name="document"/> in place.</summary>
    void Process(Document document, CancellationToken cancellationToken = default);
}
