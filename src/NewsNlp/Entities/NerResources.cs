using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>The lexical resources a recognizer model carries with it: gazetteers and word clusters.</summary>
internal sealed class NerResources
{
    public NerResources(Gazetteer gazetteer, WordClusters clusters)
    {
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    public static NerResources Empty { get; } = new(Gazetteer.Empty, WordClusters.Empty);

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }
}
