namespace NewsNlp.Events;

/// <summary>CAMEO code arithmetic.</summary>
public static class Cameo
{
    /// <summary>The root (first two digits) of a code: "042" → "04", "1123" → "11".</summary>
    public static string? Root(string? code) => code is { Length: >= 2 } ? code[..2] : null;

    /// <summary>
    /// The quad class of a code: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20); 0 when unknown.
    /// </summary>
    public static int QuadClass(string? code)
    {
        if (Root(code) is not { } root || !int.TryParse(root, out int r)) return 0;
        return r switch { >= 1 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 13 => 3, >= 14 and <= 20 => 4, _ => 0 };
    }

    /// <summary>
    /// The event class of a code as the Phoenix event data that ConfliBERT's coders come from maps
    /// roots (openeventdata's <c>quad_conversion</c>, statements apart): 01–02 statement, 03–05
    /// verbal cooperation, 06–08 material cooperation, 09–13 and 16 (sanctions, reduced relations)
    /// verbal conflict, 14–15 and 17–20 material conflict; null for no or an unknown code.
    /// </summary>
    public static EventClass? ClassOf(string? code) => EventLabels.ClassOfCode(code);
}
