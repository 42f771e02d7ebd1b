namespace NewsNlp.Fuzz;

/// <summary>Inputs written the way a regression test takes them.</summary>
internal static class Describe
{
    public static string Text(byte[] data) =>
        Literal(data.Length > 0 && data[0] == 0 ? FuzzInput.Decode(data.AsSpan(1), raw: true) : FuzzInput.Decode(data, raw: false));

    public static string Dated(byte[] data)
    {
        var input = FuzzInput.Read(data);
        string published = input.Published is { } p ? p.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "none";
        return $"published {published}, tense {input.Tense}, order {input.Order}, text {Literal(input.Text)}";
    }

    /// <summary>A C# string literal: printable ASCII as is, everything else escaped.</summary>
    public static string Literal(string s)
    {
        var b = new System.Text.StringBuilder("\"");
        foreach (char c in s)
        {
            if (c is '"' or '\\') b.Append('\\').Append(c);
            else if (c is >= ' ' and < (char)0x7F) b.Append(c);
            else b.Append($"\\u{(int)c:X4}");
        }
        return b.Append('"').ToString();
    }
}
