using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Fuzz;

/// <summary>
/// The whole default pipeline and the JSON writer on a short text with a publish date anywhere in
/// the calendar (see <see cref="FuzzInput"/>), as <c>newsnlp extract</c> runs them.
/// </summary>
internal static class PipelineHarness
{
    /// <summary>Short texts keep each run in milliseconds; long ones only repeat what short ones reach.</summary>
    private const int MaxChars = 1000;
    private static readonly JsonOutputOptions Everything = new() { Include = JsonIncludes.Tokens | JsonIncludes.Sentences | JsonIncludes.Text };
    private static NewsPipeline? _pipeline;

    public static void Run(ReadOnlySpan<byte> data)
    {
        var input = FuzzInput.Read(data);
        string text = input.Text.Length > MaxChars ? input.Text[..MaxChars] : input.Text;
        _pipeline ??= NewsPipeline.CreateDefault();
        var doc = _pipeline.Process(text, input.Published, "fuzz");
        TokenizeHarness.Check(doc);
        DocumentJson.Serialize(doc, Everything);
    }
}
