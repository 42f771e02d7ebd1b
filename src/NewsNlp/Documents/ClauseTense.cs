namespace NewsNlp;

/// <summary>The direction a clause points in time: it decides which "Tuesday" or "September" is meant.</summary>
public enum ClauseTense
{
    /// <summary>No clear cue: the current week or year.</summary>
    Present,

    /// <summary>Past tense ("met on Tuesday").</summary>
    Past,

    /// <summary>Future or planned ("will visit", "is set to visit", "is readying").</summary>
    Future,
}
