namespace NewsNlp;

/// <summary>
/// The broad class of an event, as news event data codes it (ConfliBERT's PentaClass, the Phoenix
/// quad classes with statements apart).
/// </summary>
public enum EventClass
{
    /// <summary>A public statement, a comment, an appeal for nothing in particular (CAMEO 01–02).</summary>
    Statement,

    /// <summary>Words of cooperation: praise, consultation, an agreement or promise to cooperate (CAMEO 03–05).</summary>
    VerbalCooperation,

    /// <summary>Deeds of cooperation: aid given, a concession made, a release (CAMEO 06–08).</summary>
    MaterialCooperation,

    /// <summary>Words of conflict: a demand, a rejection, an accusation, a threat, a protest, sanctions (CAMEO 09–13 and 16).</summary>
    VerbalConflict,

    /// <summary>Deeds of conflict: force, violence, coercion (CAMEO 14–15 and 17–20).</summary>
    MaterialConflict,
}
