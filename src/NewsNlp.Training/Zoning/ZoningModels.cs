using NewsNlp.Models;
using NewsNlp.Zoning;

namespace NewsNlp.Training.Zoning;

/// <summary>What a trainer does to a built zoning model.</summary>
public static class ZoningModels
{
    /// <summary>
    /// The model under other metadata (the weights are shared): how the train command records the
    /// scores it measures on the built model. The other models have this as <c>WithManifest</c>;
    /// ZoningModel gets it with the zoning rebuild, which owns src/NewsNlp/Zoning.
    /// </summary>
    public static ZoningModel WithManifest(ZoningModel model, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(manifest);
        return new ZoningModel(manifest, model.Stages);
    }
}
