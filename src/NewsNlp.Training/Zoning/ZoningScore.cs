using NewsNlp.Zoning;

namespace NewsNlp.Training.Zoning;

/// <summary>
/// Line-level agreement of a zoner with WCXB's labels. Our six kinds map onto WCXB's three:
/// headline → title, body → body, and dateline, caption, byline and furniture → boilerplate (WCXB's
/// main content leaves bylines, datelines and most captions out). A line is scored by the zone that holds it.
/// </summary>
public sealed class ZoningScore
{
    private static readonly string[] GoldNames = ["boilerplate", "title", "body"];

    /// <summary>Lines by gold label (boilerplate, title, body) and predicted kind (<see cref="ZoneKind"/> order).</summary>
    public long[,] Confusion { get; } = new long[3, 6];

    public int Pages { get; private set; }

    public static ZoningScore Score(IZoner zoner, IEnumerable<WcxbPage> pages)
    {
        var score = new ZoningScore();
        foreach (var page in pages) score.Add(page, Predict(zoner, page));
        return score;
    }

    /// <summary>The kind of each line of <paramref name="page"/> (Furniture for blank lines).</summary>
    public static ZoneKind[] Predict(IZoner zoner, WcxbPage page)
    {
        var (text, lines) = ZoningTrainer.Join(page.Lines);
        var zones = zoner.FindZones(text);
        var kinds = new ZoneKind[lines.Length];
        int z = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].End <= lines[i].Start) { kinds[i] = ZoneKind.Furniture; continue; }
            while (z < zones.Length && zones[z].End <= lines[i].Start) z++;
            kinds[i] = z < zones.Length && zones[z].Start <= lines[i].Start ? zones[z].Kind : ZoneKind.Furniture;
        }
        return kinds;
    }

    public void Add(WcxbPage page, ZoneKind[] kinds)
    {
        Pages++;
        for (int i = 0; i < kinds.Length; i++) Confusion[page.Labels[i], (int)kinds[i]]++;
    }

    /// <summary>WCXB label a kind counts as: 0 boilerplate, 1 title, 2 body.</summary>
    public static int Mapped(ZoneKind kind) => kind switch { ZoneKind.Headline => 1, ZoneKind.Body => 2, _ => 0 };

    /// <summary>Precision, recall and F1 of WCXB label <paramref name="label"/> after the mapping.</summary>
    public (double P, double R, double F1, long Gold, long Predicted) Prf(int label)
    {
        long tp = 0, gold = 0, predicted = 0;
        for (int g = 0; g < 3; g++)
            for (int k = 0; k < 6; k++)
            {
                long n = Confusion[g, k];
                bool p = Mapped((ZoneKind)k) == label;
                if (g == label) gold += n;
                if (p) predicted += n;
                if (p && g == label) tp += n;
            }
        double pr = predicted == 0 ? 0 : (double)tp / predicted, re = gold == 0 ? 0 : (double)tp / gold;
        return (pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re), gold, predicted);
    }

    public (double P, double R, double F1) Body => Prf(2) is var s ? (s.P, s.R, s.F1) : default;

    /// <summary>A table: per WCXB label P/R/F1, the confusion by kind, and the body-line summary line.</summary>
    public void Write(TextWriter w, string what)
    {
        w.WriteLine($"{"label",-12} {"P",7} {"R",7} {"F1",7} {"gold",8} {"pred",8}");
        for (int l = 0; l < 3; l++)
        {
            var (p, r, f, g, n) = Prf(l);
            w.WriteLine($"{GoldNames[l],-12} {100 * p,7:F2} {100 * r,7:F2} {100 * f,7:F2} {g,8} {n,8}");
        }
        w.WriteLine();
        w.Write($"{"gold \\ kind",-12}");
        foreach (var k in Enum.GetValues<ZoneKind>()) w.Write($" {k,10}");
        w.WriteLine();
        for (int g = 0; g < 3; g++)
        {
            w.Write($"{GoldNames[g],-12}");
            for (int k = 0; k < 6; k++) w.Write($" {Confusion[g, k],10}");
            w.WriteLine();
        }
        w.WriteLine();
        var (bp, br, bf) = Body;
        w.WriteLine($"body-line F1 {bf:F3} (P {bp:F3} R {br:F3}) on {Pages} {what} pages");
    }
}
