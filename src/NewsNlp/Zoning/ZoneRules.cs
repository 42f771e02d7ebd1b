using NewsNlp.Text;

namespace NewsNlp.Zoning;

/// <summary>
/// Captions, bylines and datelines, which WCXB does not label: rules over a block's text, applied
/// on top of the learned headline / body / furniture decision (a headline is never overridden).
/// </summary>
internal static class ZoneRules
{
    /// <summary>Longest block taken for a byline or credit line.</summary>
    private const int MaxBylineWords = 16;

    /// <summary>Longest block taken for a caption: captions are a sentence or two.</summary>
    private const int MaxCaptionWords = 70;

    private static readonly string[] BylineOpeners =
    [
        "By ", "BY ", "Written by ", "Words by ", "Story by ", "Posted by ", "Reporting by ", "Additional reporting by ",
        "Editing by ", "Compiled by ", "Author: ", "Authors: ", "Reported by ",
    ];

    // Credit lines: copyright notices and "... contributed to this report".
    private static readonly string[] CreditMarkers =
    [
        "\u00A9", "Copyright", "(c) ", "All rights reserved", "contributed to this report", "contributed reporting",
        "Editing by ", "Reporting by ",
    ];

    // Photo credits: a caption carries one, or is one.
    private static readonly string[] CaptionMarkers =
    [
        "Photo:", "Photo by ", "Photograph:", "Photograph by ", "Photos:", "Picture:", "Image:", "Image credit", "Image by ",
        "Credit:", "Illustration:", "Illustration by ", "Getty Images", "AP Photo", "AFP via Getty", "/AFP", "/Reuters", "REUTERS/",
        "Reuters/", "/AP", "EPA-EFE", "Shutterstock", "iStock", "File photo", "FILE PHOTO", "Pool photo", "(Photo ", "[Photo",
        "Photo credit", "Courtesy of ", "Video:", "WATCH:", "via REUTERS", "via Reuters", "via Getty", "via AP",
    ];

    /// <summary>The rule kind for a block the model called <paramref name="learned"/>, or null to keep it.</summary>
    public static ZoneKind? Apply(ReadOnlySpan<char> block, ZoneKind learned, int words)
    {
        if (learned == ZoneKind.Headline) return null;
        if (words <= MaxBylineWords && IsByline(block)) return ZoneKind.Byline;
        // "Copyright 2024 ... via AP" is a credit, though it names an agency as a photo credit does.
        if (words <= MaxBylineWords * 2 && (block.StartsWith("\u00A9") || block.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) || block.StartsWith("(c) ")))
            return ZoneKind.Byline;
        if (words <= MaxCaptionWords && ContainsAny(block, CaptionMarkers)) return ZoneKind.Caption;
        if (words <= MaxBylineWords * 2 && ContainsAny(block, CreditMarkers)) return ZoneKind.Byline;
        if (IsDateline(block)) return ZoneKind.Dateline;
        return null;
    }

    /// <summary>"By Jane Doe", "By JANE DOE and John Roe, Reuters": an opener, then a capitalised name.</summary>
    internal static bool IsByline(ReadOnlySpan<char> block)
    {
        foreach (var opener in BylineOpeners)
        {
            if (!block.StartsWith(opener, StringComparison.Ordinal)) continue;
            var rest = block[opener.Length..].TrimStart();
            // "By the end of the year ..." is prose: the name must start with a capital, and the two
            // words after it must not be lower-case prose words ("and", "de", "van" ... are allowed).
            if (rest.IsEmpty || !char.IsUpper(rest[0])) return false;
            int words = 0, pos = 0;
            while (pos < rest.Length && words < 3)
            {
                int start = pos;
                while (pos < rest.Length && !CharClass.IsSeparator(rest[pos])) pos++;
                var w = rest[start..pos];
                while (pos < rest.Length && CharClass.IsSeparator(rest[pos])) pos++;
                words++;
                if (w.Length > 0 && char.IsLower(w[0]) && w is not ("and" or "de" or "van" or "von" or "der" or "la" or "le" or "da" or "di" or "del" or "bin" or "al"))
                    return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// A dateline on a line of its own: "WASHINGTON (AP) —", "MOSCOW, June 17 (Reuters) -", "LONDON (Reuters)":
    /// an all-capitals place, then capitalised words, numbers and commas, and an agency in brackets or a final dash.
    /// </summary>
    internal static bool IsDateline(ReadOnlySpan<char> block)
    {
        if (block.Length > 80) return false;
        int pos = 0, words = 0;
        bool agency = false, dash = false;
        while (pos < block.Length)
        {
            while (pos < block.Length && CharClass.IsSeparator(block[pos])) pos++;
            int start = pos;
            while (pos < block.Length && !CharClass.IsSeparator(block[pos])) pos++;
            if (pos == start) break;
            var w = block[start..pos];
            dash = w is "-" or "--" or "\u2014" or "\u2013" or "\u2015";
            if (dash) continue;
            if (words++ == 0)
            {
                var place = w.TrimEnd(',');
                if (place.Length < 3) return false;
                foreach (char c in place) if (!char.IsUpper(c) && c != '.' && c != '-') return false;
                continue;
            }
            if (w[0] == '(' && w[^1] == ')') { agency = w.Length > 2 && char.IsUpper(w[1]); continue; }
            var bare = w.TrimEnd(',').TrimEnd('.');
            if (bare.IsEmpty || !(char.IsUpper(bare[0]) || char.IsDigit(bare[0]))) return false;
            if (words > 8) return false;
        }
        return agency || (dash && words >= 1);
    }

    private static bool ContainsAny(ReadOnlySpan<char> block, string[] markers)
    {
        foreach (var m in markers) if (block.Contains(m, StringComparison.Ordinal)) return true;
        return false;
    }
}
