namespace NewsNlp.Accurate.Heads;

/// <summary>
/// The highest-scoring dependency tree with exactly one word under the root: Chu-Liu-Edmonds over
/// the biaffine arc scores (non-projective, as UD trees are). One root is enforced by lowering every
/// arc from the root by more than any two trees' scores can differ, which makes a tree with two root
/// children lose to every tree with one, and leaves the order among one-root trees unchanged.
/// </summary>
internal static class SpanningTree
{
    /// <summary>
    /// Heads for nodes 1..n-1 (<c>heads[0]</c> is -1) from <paramref name="scores"/>[dep * n + head]
    /// over <paramref name="n"/> nodes, node 0 the root.
    /// </summary>
    public static int[] Decode(ReadOnlySpan<float> scores, int n)
    {
        var heads = new int[n];
        heads[0] = -1;
        if (n == 1) return heads;
        // Most sentences: the best head of each word already makes a tree with one root child.
        int rootChildren = 0;
        for (int d = 1; d < n; d++)
        {
            int best = 0;
            for (int h = 1; h < n; h++)
                if (h != d && scores[d * n + h] > scores[d * n + best]) best = h;
            heads[d] = best;
            if (best == 0) rootChildren++;
        }
        if (rootChildren == 1 && !HasCycle(heads)) return heads;

        var s = new double[n, n];
        double min = double.MaxValue, max = double.MinValue;
        for (int d = 0; d < n; d++)
            for (int h = 0; h < n; h++)
            {
                double v = scores[d * n + h];
                if (double.IsNaN(v) || double.IsInfinity(v)) v = -1e4; // a broken score must not break the tree
                s[d, h] = v;
                if (d != h && d != 0) { min = Math.Min(min, v); max = Math.Max(max, v); }
            }
        double penalty = (max - min + 1) * n;
        for (int d = 1; d < n; d++) s[d, 0] -= penalty;
        var result = ChuLiuEdmonds(s, n);
        result[0] = -1;
        return result;
    }

    private static bool HasCycle(int[] heads)
    {
        int n = heads.Length;
        var state = new byte[n]; // 0 unseen, 1 on the current path, 2 known to reach the root
        state[0] = 2;
        for (int start = 1; start < n; start++)
        {
            int v = start;
            while (state[v] == 0) { state[v] = 1; v = heads[v]; }
            if (state[v] == 1) return true;
            for (v = start; state[v] == 1; v = heads[v]) state[v] = 2;
        }
        return false;
    }

    /// <summary>Maximum spanning arborescence rooted at 0 over a dense score matrix s[dep, head]; returns heads (heads[0] unspecified).</summary>
    private static int[] ChuLiuEdmonds(double[,] s, int n)
    {
        var heads = new int[n];
        for (int d = 1; d < n; d++)
        {
            int best = -1;
            for (int h = 0; h < n; h++)
                if (h != d && (best < 0 || s[d, h] > s[d, best])) best = h;
            heads[d] = best;
        }
        var cycle = FindCycle(heads, n);
        if (cycle is null) return heads;

        // Contract the cycle into one node c; the other nodes keep their order.
        var inCycle = new bool[n];
        foreach (int v in cycle) inCycle[v] = true;
        var map = new int[n];          // old node -> new node
        var back = new List<int>();    // new node -> old node (the cycle's node is -1)
        for (int v = 0; v < n; v++)
            if (!inCycle[v]) { map[v] = back.Count; back.Add(v); }
        int c = back.Count;
        back.Add(-1);
        foreach (int v in cycle) map[v] = c;
        int m = back.Count;
        double cycleScore = 0;
        foreach (int v in cycle) cycleScore += s[v, heads[v]];

        var t = new double[m, m];
        for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) t[i, j] = double.NegativeInfinity;
        var enterDep = new int[m];   // for arc (c <- h): which cycle node the arc enters
        var leaveHead = new int[m];  // for arc (d <- c): which cycle node it leaves from
        for (int d = 1; d < n; d++)
        {
            for (int h = 0; h < n; h++)
            {
                if (h == d || (inCycle[d] && inCycle[h])) continue;
                int nd = map[d], nh = map[h];
                double v = inCycle[d] ? s[d, h] - s[d, heads[d]] + cycleScore : s[d, h];
                if (v > t[nd, nh])
                {
                    t[nd, nh] = v;
                    if (inCycle[d]) enterDep[nh] = d;
                    if (inCycle[h]) leaveHead[nd] = h;
                }
            }
        }
        var contracted = ChuLiuEdmonds(t, m);
        var result = new int[n];
        foreach (int v in cycle) result[v] = heads[v];
        for (int nd = 1; nd < m; nd++)
        {
            int nh = contracted[nd];
            if (nd == c)
            {
                int d = enterDep[nh];
                result[d] = back[nh];
            }
            else
            {
                result[back[nd]] = nh == c ? leaveHead[nd] : back[nh];
            }
        }
        return result;
    }

    private static List<int>? FindCycle(int[] heads, int n)
    {
        var color = new int[n];
        color[0] = -1;
        for (int start = 1; start < n; start++)
        {
            if (color[start] != 0) continue;
            int v = start;
            while (v != 0 && color[v] == 0) { color[v] = start; v = heads[v]; }
            if (v != 0 && color[v] == start)
            {
                var cycle = new List<int> { v };
                for (int u = heads[v]; u != v; u = heads[u]) cycle.Add(u);
                return cycle;
            }
        }
        return null;
    }
}
