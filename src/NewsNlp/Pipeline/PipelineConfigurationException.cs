namespace NewsNlp.Pipeline;

/// <summary>A pipeline was built from stages that do not fit together.</summary>
public sealed class PipelineConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException(string message) : base(message)
    {
    }
}
