namespace NewsNlp.Coreference;

/// <summary>
/// Given names whose gender is clear: a person named "Mary Smith" is no antecedent of "he". Built by
/// <c>newsnlp train coref --gazetteers DIR</c> from the English female and male first-name lists and
/// carried in the coreference model; a name on both lists ("Jean", "Kim") has no gender. Immutable.
/// </summary>
internal sealed class FirstNames
{
    private readonly Dictionary<string, Gender> _genders;

    public static FirstNames Empty { get; } = new(new Dictionary<string, Gender>());

    private FirstNames(Dictionary<string, Gender> genders) => _genders = genders;

    public int Count => _genders.Count;

    /// <summary>The gender of a lower-case given name, or <see cref="Gender.Unknown"/>.</summary>
    public Gender Of(string lower) => _genders.GetValueOrDefault(lower);

    /// <summary>From the two lists (one name a line, any case); names on both get no gender.</summary>
    public static FirstNames FromLists(IEnumerable<string> female, IEnumerable<string> male)
    {
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        void Add(IEnumerable<string> names, Gender g)
        {
            foreach (var raw in names)
            {
                string name = raw.Trim().ToLowerInvariant();
                if (name.Length < 2 || name.Contains(' ')) continue;
                genders[name] = genders.TryGetValue(name, out var had) && had != g ? Gender.Unknown : g;
            }
        }
        Add(female, Gender.Female);
        Add(male, Gender.Male);
        foreach (var ambiguous in genders.Where(p => p.Value == Gender.Unknown).Select(p => p.Key).ToList()) genders.Remove(ambiguous);
        return new FirstNames(genders);
    }

    /// <summary>Count, then each name (sorted, so files are reproducible) and its gender byte.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_genders.Count);
        foreach (var (name, g) in _genders.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(name);
            w.Write((byte)g);
        }
    }

    /// <exception cref="InvalidDataException">A count or a gender out of range.</exception>
    public static FirstNames Read(BinaryReader r)
    {
        int count = r.ReadInt32();
        if (count is < 0 or > 1_000_000) throw new InvalidDataException($"first-name count {count}");
        var genders = new Dictionary<string, Gender>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string name = r.ReadString();
            byte g = r.ReadByte();
            if (g is not ((byte)Gender.Male or (byte)Gender.Female)) throw new InvalidDataException($"first-name gender {g}");
            genders[name] = (Gender)g;
        }
        return new FirstNames(genders);
    }
}
