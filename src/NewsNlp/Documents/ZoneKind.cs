namespace NewsNlp;

/// <summary>What a block of a page is: the story's parts, or the page around the story.</summary>
public enum ZoneKind
{
    /// <summary>Navigation, share and subscribe prompts, advertisements, cookie and newsletter
    /// banners, related-article links, comment counts, footers: the page, not the story.</summary>
    Furniture = 0,

    /// <summary>The story's headline.</summary>
    Headline = 1,

    /// <summary>A dateline standing on its own line ("WASHINGTON (AP) —"). A dateline that opens a
    /// body paragraph stays inside that <see cref="Body"/> zone, so that its sentence is not cut.</summary>
    Dateline = 2,

    /// <summary>The story's text: paragraphs, subheadings, quotes, list items.</summary>
    Body = 3,

    /// <summary>A photo or video caption, or a photo credit ("Photo: ...", "AP Photo/...", "Getty Images").</summary>
    Caption = 4,

    /// <summary>Author and copyright credits: "By ...", "Reporting by ...", "Copyright ... via AP".</summary>
    Byline = 5,
}
