using NewsNlp.Models;
using NewsNlp.Training.Zoning;
using NewsNlp.Zoning;

namespace NewsNlp.Tests.Zoning;

/// <summary>A handful of labelled page lines and a small zoning model trained on them, so that unit
/// tests do not depend on the shipped model.</summary>
internal static class TinyPages
{
    private static readonly string[] Nav = ["Home", "World", "Business", "Sport", "Subscribe", "Sign in", "Menu", "Search"];
    private static readonly string[] Footer = ["Share this article", "Related stories", "Privacy policy", "Terms of use", "Advertisement", "Follow us on Twitter"];

    private static readonly string[] Stories =
    [
        "The city council approved the new budget on Monday after a long debate.",
        "Officials said the plan would cut spending on roads and raise money for schools.",
        "Critics argued that the measure was rushed, and several members voted against it.",
        "The mayor, who proposed the budget in March, welcomed the vote in a statement.",
        "Residents will see the first changes in July, when the new fiscal year begins.",
        "Police said two people were injured when a bus collided with a truck near the station.",
        "The driver of the truck was taken to hospital, where he was treated for minor injuries.",
        "Traffic on the main road was diverted for several hours while the vehicles were removed.",
    ];

    public static IReadOnlyList<WcxbPage> Pages()
    {
        var pages = new List<WcxbPage>();
        for (int p = 0; p < 8; p++)
        {
            var lines = new List<string>();
            var labels = new List<byte>();
            void Add(string line, byte label) { lines.Add(line); labels.Add(label); }
            for (int k = 0; k < 4 + p % 3; k++) Add(Nav[(p + k) % Nav.Length], 0);
            Add(p % 2 == 0 ? "Council approves budget after long debate" : "Two hurt as bus hits truck near station", 1);
            for (int k = 0; k < 5; k++) Add(Stories[(p * 3 + k) % Stories.Length], 2);
            for (int k = 0; k < 3 + p % 2; k++) Add(Footer[(p + k) % Footer.Length], 0);
            pages.Add(new WcxbPage($"{p:D4}", "dev", 1.0, lines.ToArray(), labels.ToArray()));
        }
        return pages;
    }

    public static ZoningModel Train() =>
        ZoningTrainer.Train(Pages(), new ModelManifest { Name = "tiny-zones" },
            new ZoningTrainingOptions { Bits = 12, Epochs = 8, Rate = 0.1f, Folds = 2, MinCount = 1, Seed = 7, Trees = 20, Leaves = 4 });
}
