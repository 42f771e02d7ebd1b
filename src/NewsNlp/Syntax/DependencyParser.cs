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
            // A forced move needs no scores (BestLegal would pick it whatever they are): a shift when
            // the stack is empty, the root arc when one word is left and the buffer holds only the root.
            if (!state.CanLeft && !state.CanRight) { state.Apply(ArcHybridState.Shift); continue; }
            if (state.Buffer == state.Count && state.CanLeft) { state.Apply(ArcHybridState.Left(RootLabel)); continue; }
            int n = ParserFeatures.Extract(s, state, keys);
            scores.Clear();
            Weights.AddAll(keys[..n], scores);
            state.Apply(BestLegal(state, scores, RootLabel));
        }
    }

    /// <summary>The highest-scoring action allowed in <paramref name="state"/> (labels restricted: only the root arc is "root").</summary>
    public static int BestLegal(ArcHybridState state, ReadOnlySpan<float> scores, int rootLabel)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (state.CanShift)
        {
            best = ArcHybridState.Shift;
            bestScore = scores[0];
        }
        bool toRoot = state.Buffer == state.Count;
        int labels = (scores.Length - 1) / 2;
        if (state.CanLeft)
        {
            if (toRoot) return ArcHybridState.Left(rootLabel); // the only move left for the last item
            for (int l = 0; l < labels; l++)
                if (l != rootLabel && scores[ArcHybridState.Left(l)] > bestScore) { best = ArcHybridState.Left(l); bestScore = scores[best]; }
        }
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
