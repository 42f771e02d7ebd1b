namespace NewsNlp.Events;

/// <summary>An actor code valid from <paramref name="From"/> to <paramref name="Until"/> (inclusive; null = open).</summary>
public readonly record struct ActorCode(string Code, DateOnly? From, DateOnly? Until)
{
    /// <summary>Whether the code holds at <paramref name="date"/> (an unknown date matches undated codes only).</summary>
    public bool HoldsAt(DateOnly? date) => date is { } d ? (From is null || d >= From) && (Until is null || d <= Until) : From is null && Until is null;
}
