namespace NewsNlp.Zoning;

/// <summary>
/// A rule on top of the learned zoner: a block that reads as a finished sentence of the story (eight
/// words or more, at least a quarter of them lower-case — news leads are thick with names: "Chinese Foreign Minister Wang Yi met his Indian
/// counterpart Subrahmanyam Jaishankar in New Delhi on Monday." has 5 of 16 —, terminal punctuation at its end, no separators or links) and
/// stands next to a block the model put in the story is body, whatever the model says of it. The WCXB pages the model learns from put teasers and standfirsts
/// after the headline, so the model learned to call the line after a headline furniture, which on
/// plain news text (a title and paragraphs) threw away the lead paragraph, the richest in events.
/// The furniture, byline and caption rules still come first.
/// </summary>
internal static class StoryProse
{
    /// <summary>Fewer words than this never count as story prose by this rule.</summary>
    public const int MinWords = 8;

    public static bool Is(in BlockStats s) =>
        s.Words >= MinWords
        && s.End is BlockStats.EndTerminal or BlockStats.EndCloser
        && s.LowerWords * 4 >= s.Words
        && s.Pipes == 0 && s.Bullets == 0 && !s.Url;
}
