namespace NewsNlp.ML;

/// <summary>Column names used by <see cref="NewsMLContextExtensions.ExtractNewsEvents(Microsoft.ML.MLContext, string, string?)"/>.</summary>
public static class NewsColumns
{
    /// <summary>Input text column inside the mapping.</summary>
    public const string Text = "NewsText";

    /// <summary>Input publish-date column inside the mapping.</summary>
    public const string Published = "NewsPublished";

    /// <summary>Output: entity texts.</summary>
    public const string Entities = "NewsEntities";

    /// <summary>Output: entity coarse types.</summary>
    public const string EntityTypes = "NewsEntityTypes";

    /// <summary>Output: events as <c>actor|action|target</c>.</summary>
    public const string Events = "NewsEvents";

    /// <summary>Output: CAMEO codes of the events.</summary>
    public const string CameoCodes = "NewsCameoCodes";

    /// <summary>Output: CAMEO root codes of the events.</summary>
    public const string CameoRoots = "NewsCameoRoots";

    /// <summary>Output: the class of each event ("verbal-cooperation"; empty when it has none).</summary>
    public const string EventClasses = "NewsEventClasses";

    /// <summary>Output: actor codes of the events' actors.</summary>
    public const string ActorCodes = "NewsActorCodes";
}
