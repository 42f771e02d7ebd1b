
namespace NewsNlp.Events;

/// <summary>A dictionary actor or agent: its display name and its (dated) codes.</summary>
public sealed class ActorEntry
{
    private readonly List<ActorCode> _codes = [];

    internal ActorEntry(string name, bool isAgent = false, bool agentPrefix = false)
    {
        Codes = _codes.AsReadOnly();
        Name = name;
        IsAgent = isAgent;
        AgentPrefix = agentPrefix;
    }

    /// <summary>Display name ("Vladimir Putin").</summary>
    public string Name { get; }

    /// <summary>Whether this is a generic agent (a role such as MINISTER) rather than a named actor.</summary>
    public bool IsAgent { get; }

    /// <summary>For agents: whether the code goes before the actor's ("MSF" → NGO + ARN).</summary>
    public bool AgentPrefix { get; }

    /// <summary>The codes with their date ranges, in file order.</summary>
    /// <remarks>A read-only view: codes are added only while the dictionary is built.</remarks>
    public IReadOnlyList<ActorCode> Codes { get; }

    internal void AddCode(ActorCode code) => _codes.Add(code);

    /// <summary>
    /// The code at <paramref name="date"/>: the first dated code whose range holds it, else the
    /// first undated code ("---" for an actor the dictionary deliberately leaves uncoded); null when none applies.
    /// </summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is not null)
            foreach (var c in _codes)
                if ((c.From is not null || c.Until is not null) && c.HoldsAt(date)) return c.Code;
        foreach (var c in _codes)
            if (c.From is null && c.Until is null) return c.Code;
        return null;
    }
}
