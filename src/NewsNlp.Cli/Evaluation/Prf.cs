namespace NewsNlp.Cli.Evaluation;

/// <summary>Precision, recall and F1 from counts.</summary>
internal readonly record struct Prf(long TruePositives, long Predicted, long Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf FromSets<T>(HashSet<T> gold, HashSet<T> predicted)
    {
        long tp = 0;
        foreach (var p in predicted) if (gold.Contains(p)) tp++;
        return new Prf(tp, predicted.Count, gold.Count);
    }

    public override string ToString() => $"P={Precision:F4} R={Recall:F4} F1={F1:F4}";
}
