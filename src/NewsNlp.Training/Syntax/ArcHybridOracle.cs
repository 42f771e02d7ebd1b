using NewsNlp.Syntax;

namespace NewsNlp.Training.Syntax;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg &amp; Nivre 2013), for the root-at-the-end
/// variant: the cost of a transition is the number of gold arcs it makes unreachable. Gold heads
/// use <c>count</c> (the root's index) for the root; trees must be projective.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>Writes each action's cost into <paramref name="costs"/> (int.MaxValue for illegal actions).</summary>
    public static void Costs(ArcHybridState st, int[] goldHeads, int[] goldLabels, int rootLabel, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        int n = st.Count, b = st.Buffer, s0 = st.S(0), s1 = st.S(1);
        if (st.CanShift)
        {
            int c = 0;
            // b's head below the stack top, and b's dependents on the stack, are lost once b is pushed.
            for (int k = 0; k < st.StackCount; k++)
            {
                int item = st.Stack[k];
                if (goldHeads[item] == b) c++;
                if (k < st.StackCount - 1 && goldHeads[b] == item) c++;
            }
            // The root word can only attach to the root as the last stack item: pushing it onto
            // anything loses its root arc.
            if (goldHeads[b] == n && st.StackCount > 0) c++;
            costs[ArcHybridState.Shift] = c;
        }
        if (s0 < 0) return;
        int lostDependents = 0;
        for (int d = b; d < n; d++)
            if (goldHeads[d] == s0) lostDependents++;
        int h = goldHeads[s0];
        // A root arc of s0 is still reachable only while s0 is alone on the stack (else the
        // SHIFT that buried something under it was already charged for it).
        bool headReachable = h == n ? st.StackCount == 1 : h == s1 || h > b;
        if (st.CanLeft)
        {
            int c = lostDependents + (h != b && headReachable ? 1 : 0);
            if (b == n) costs[ArcHybridState.Left(rootLabel)] = c;
            else
                for (int l = 0; l < (costs.Length - 1) / 2; l++)
                    if (l != rootLabel) costs[ArcHybridState.Left(l)] = c + (h == b && l != goldLabels[s0] ? 1 : 0);
        }
        if (st.CanRight)
        {
            int c = lostDependents + (h != s1 && h >= b && h != n ? 1 : 0);
            for (int l = 0; l < (costs.Length - 1) / 2; l++)
                if (l != rootLabel) costs[ArcHybridState.Right(l)] = c + (h == s1 && l != goldLabels[s0] ? 1 : 0);
        }
    }

    /// <summary>
    /// Makes a tree projective by lifting (Nivre &amp; Nilsson 2005, without label encoding): while an arc
    /// spans a word its head does not dominate, the shortest such arc moves up to the grandparent.
    /// Heads are 0-based with -1 for the root; returns the number of lifts.
    /// </summary>
    public static int Projectivize(int[] heads)
    {
        int lifts = 0;
        while (true)
        {
            int worst = -1, worstLength = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0) continue;
                int length = Math.Abs(h - d);
                if (length >= worstLength || IsProjective(heads, h, d)) continue;
                worst = d;
                worstLength = length;
            }
            if (worst < 0) return lifts;
            heads[worst] = heads[heads[worst]];
            lifts++;
        }
    }

    private static bool IsProjective(int[] heads, int h, int d)
    {
        for (int k = Math.Min(h, d) + 1; k < Math.Max(h, d); k++)
        {
            int a = k, steps = 0;
            while (a >= 0 && a != h && steps++ <= heads.Length) a = heads[a];
            if (a != h) return false;
        }
        return true;
    }
}
