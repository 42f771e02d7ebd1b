namespace NewsNlp.Zoning;

/// <summary>Cuts a text into blocks and says what each is; writes the <see cref="DocumentLayers.Zones"/> layer.</summary>
public interface IZoner : IPipelineStage
{
    /// <summary>The zones of <paramref name="text"/>, in text order, covering every non-blank line.</summary>
    Zone[] FindZones(string text, CancellationToken cancellationToken = default);
}
