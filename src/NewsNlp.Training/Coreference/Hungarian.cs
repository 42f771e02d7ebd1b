namespace NewsNlp.Training.Coreference;

/// <summary>
/// The Hungarian (Kuhn–Munkres) algorithm with potentials, O(n²m): the one-to-one assignment of rows
/// to columns with the largest total weight. A rectangular matrix is handled by transposing it so
/// that rows ≤ columns; unassigned rows or columns simply add nothing.
/// </summary>
internal static class Hungarian
{
    /// <summary>The largest total weight of an assignment (weights ≥ 0).</summary>
    public static double MaxWeight(double[,] weight)
    {
        int rows = weight.GetLength(0), cols = weight.GetLength(1);
        bool transpose = rows > cols;
        int n = transpose ? cols : rows, m = transpose ? rows : cols;
        double Cost(int i, int j) => -(transpose ? weight[j, i] : weight[i, j]);

        // 1-based arrays as in the textbook formulation: column 0 is the virtual start.
        var u = new double[n + 1];
        var v = new double[m + 1];
        var match = new int[m + 1];   // match[j] = row assigned to column j (0 = none)
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (int i = 1; i <= n; i++)
        {
            match[0] = i;
            int j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    double cur = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= m; j++)
                {
                    if (used[j]) { u[match[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (match[j0] != 0);
            do
            {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= m; j++)
            if (match[j] != 0) total -= Cost(match[j] - 1, j - 1);
        return total;
    }
}
