using NewsNlp.Learning;

namespace NewsNlp.Syntax;

/// <summary>
/// Greedy arc-hybrid dependency parser scored by an averaged perceptron over labelled
/// transitions (trained with a dynamic oracle). Produces projective trees; the training data's
/// non-projective arcs were lifted to make them projective (see the trainer). Immutable and thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    public DependencyParser(string[] labels, FeatureWeights weights)
    {
        if (labels.Length is 0 or > 127) throw new InvalidDataException("label count");
        Labels = labels;
        Weights = weights;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0) throw new InvalidDataException("the parser has no 'root' label");
    }

    public string[] Labels { get; }

    public FeatureWeights Weights { get; }

    public int RootLabel { get; }

    public int ActionCount => ArcHybridState.ActionCount(Labels.Length);

    /// <summary>Parses the tagged words of <paramref name="s"/>; heads and labels end up in <paramref name="state"/>.</summary>
    public void Parse(SentenceWords s, ArcHybridState state)
    {
        state.Reset(s.Count);
        Span<uint> keys = stackalloc uint[ParserFeatures.Max];
        Span<float> scores = stackalloc float[ActionCount];
        while (!state.IsTerminal)
        {
            // A forced move needs no scores.
            if (ForcedMove(state, RootLabel) is int forced and >= 0) { state.Apply(forced); continue; }
            int n = ParserFeatures.Extract(s, state, keys);
            scores.Clear();
            Weights.AddAll(keys[..n], scores);
            state.Apply(BestLegal(state, scores, RootLabel));
        }
    }

    /// <summary>
    /// The move <paramref name="state"/> leaves no choice about, or -1: a shift when the stack is empty
    /// (after every left arc that empties it), the root arc when one word is left and the buffer holds
    /// only the root.
    /// </summary>
    public static int ForcedMove(ArcHybridState state, int rootLabel) =>
        !state.CanLeft && !state.CanRight && state.CanShift ? ArcHybridState.Shift
        : state.Buffer == state.Count && state.CanLeft ? ArcHybridState.Left(rootLabel)
        : -1;

    /// <summary>The highest-scoring action allowed in <paramref name="state"/> (labels restricted: only the root arc is "root").</summary>
    public static int BestLegal(ArcHybridState state, ReadOnlySpan<float> scores, int rootLabel)
    {
        if (ForcedMove(state, rootLabel) is int forced and >= 0) return forced;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (state.CanShift)
        {
            best = ArcHybridState.Shift;
            bestScore = scores[0];
        }
        int labels = (scores.Length - 1) / 2;
        if (state.CanLeft)
            for (int l = 0; l < labels; l++)
                if (l != rootLabel && scores[ArcHybridState.Left(l)] > bestScore) { best = ArcHybridState.Left(l); bestScore = scores[best]; }
        if (state.CanRight)
            for (int l = 0; l < labels; l++)
                if (l != rootLabel && scores[ArcHybridState.Right(l)] > bestScore) { best = ArcHybridState.Right(l); bestScore = scores[best]; }
        if (best < 0)
        {
            // All scores NaN or −∞ cannot happen with finite weights; fall back to any legal move.
            best = state.CanShift ? ArcHybridState.Shift : state.CanRight ? ArcHybridState.Right(rootLabel == 0 ? 1 : 0) : ArcHybridState.Left(rootLabel);
        }
        return best;
    }
}
