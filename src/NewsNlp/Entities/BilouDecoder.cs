using System.Numerics;
using System.Runtime.InteropServices;
using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>
/// Viterbi and forward-backward for one model's fixed transitions, shaped by BILOU structure and
/// vectorised across tags. Every tag that can start an entity or be O (O, B-x, U-x) follows the
/// same set of "closing" tags (O, L-y, U-y), which makes that part a dense max-plus or sum-product
/// over rows of the transition matrix; I-x and L-x follow only B-x and I-x, two scalar terms each.
/// Gives the same best path as <see cref="SequenceDecoder"/> and (to rounding) the marginals of plain forward-backward,
/// several times faster. Immutable and thread-safe; callers pass their own scratch buffers.
/// </summary>
internal sealed class BilouDecoder
{
    private readonly int _t;
    private readonly int _stride;          // T rounded up to a whole number of vectors
    private readonly float[] _transitions; // (T+1) × stride, -inf for invalid pairs and padding
    private readonly float[] _exp;         // (T+1) × stride, exp(transition / temperature), 0 for invalid
    private readonly float[] _expByTarget; // T × stride: column j of _exp as a row (predecessors of j)
    private readonly int[] _closing;       // tags after which anything may start: O, L-x, U-x
    private readonly int[] _opening;       // tags that may follow a closing tag: O, B-x, U-x
    private readonly float _inverseTemperature;
    private readonly float[] _lowestOpening;  // per closing tag p: min and max of transitions[p, opening tags]
    private readonly float[] _highestOpening;

    public BilouDecoder(BilouTagSet tagSet, ReadOnlySpan<float> transitions, float temperature)
    {
        _t = tagSet.Count;
        int v = Vector<float>.Count;
        _stride = (_t + v - 1) / v * v;
        _inverseTemperature = 1f / Math.Max(temperature, 1e-3f);
        _transitions = new float[(_t + 1) * _stride];
        _exp = new float[(_t + 1) * _stride];
        _expByTarget = new float[_t * _stride];
        _transitions.AsSpan().Fill(float.NegativeInfinity);
        for (int p = 0; p <= _t; p++)
            for (int j = 0; j < _t; j++)
            {
                bool valid = p == _t ? BilouTagSet.CanStart(j) : BilouTagSet.IsValid(p, j);
                if (!valid) continue;
                _transitions[p * _stride + j] = transitions[p * _t + j];
                _exp[p * _stride + j] = MathF.Exp(Math.Clamp(transitions[p * _t + j] * _inverseTemperature, -60f, 60f));
                if (p < _t) _expByTarget[j * _stride + p] = _exp[p * _stride + j];
            }
        _closing = Enumerable.Range(0, _t).Where(BilouTagSet.EndsEntity).ToArray();
        _opening = Enumerable.Range(0, _t).Where(BilouTagSet.CanStart).ToArray();
        _lowestOpening = _closing.Select(p => _opening.Min(j => _transitions[p * _stride + j])).ToArray();
        _highestOpening = _closing.Select(p => _opening.Max(j => _transitions[p * _stride + j])).ToArray();
    }

    /// <summary>Length of the per-word rows of the scratch buffers.</summary>
    public int Stride => _stride;

    /// <summary>
    /// Best valid tag sequence for <paramref name="n"/> words with emission scores n×T;
    /// <paramref name="delta"/> is scratch of n × <see cref="Stride"/>.
    /// </summary>
    /// <remarks>
    /// The forward pass keeps only the best scores (a max over rows, in registers); back-pointers
    /// are recomputed for the n tags of the best path only, scanning predecessors in the same
    /// order with the same arithmetic, so ties resolve as in <see cref="SequenceDecoder"/>.
    /// </remarks>
    public void Viterbi(ReadOnlySpan<float> scores, int n, Span<int> best, Span<float> delta)
    {
        if (n == 0) return;
        int t = _t, stride = _stride;
        var trans = _transitions.AsSpan();
        delta = delta[..(n * stride)];
        for (int j = 0; j < stride; j++)
            delta[j] = j < t ? trans[t * stride + j] + scores[j] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            var prev = delta.Slice((i - 1) * stride, stride);
            var cur = delta.Slice(i * stride, stride);
            MaxPlus(prev, cur);
            // I-x and L-x: their only predecessors are B-x and I-x.
            for (int b = 1; b < t; b += 4)
            {
                cur[b + 1] = Math.Max(prev[b] + trans[b * stride + b + 1], prev[b + 1] + trans[(b + 1) * stride + b + 1]);
                cur[b + 2] = Math.Max(prev[b] + trans[b * stride + b + 2], prev[b + 1] + trans[(b + 1) * stride + b + 2]);
            }
            var row = scores.Slice(i * t, t);
            for (int j = 0; j < t; j++) cur[j] += row[j];
        }
        int last = 0;
        float top = float.NegativeInfinity;
        var lastRow = delta.Slice((n - 1) * stride, t);
        foreach (int j in _closing)
            if (lastRow[j] > top) { top = lastRow[j]; last = j; }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) best[i - 1] = BestPredecessor(delta.Slice((i - 1) * stride, stride), best[i]);
    }

    /// <summary>The predecessor of tag <paramref name="j"/> on the best path: first in tag order among the best.</summary>
    private int BestPredecessor(ReadOnlySpan<float> prev, int j)
    {
        var trans = _transitions;
        int stride = _stride;
        if (!BilouTagSet.CanStart(j))
        {
            int b = j - BilouTagSet.Position(j); // B of the same label (I = b+1, L = b+2)
            float fromB = prev[b] + trans[b * stride + j];
            float fromI = prev[b + 1] + trans[(b + 1) * stride + j];
            return fromI > fromB ? b + 1 : fromB > float.NegativeInfinity ? b : 0;
        }
        int arg = 0;
        float bestScore = float.NegativeInfinity;
        foreach (int p in _closing)
        {
            float s = prev[p] + trans[p * stride + j];
            if (s > bestScore) { bestScore = s; arg = p; }
        }
        return arg;
    }

    /// <summary>cur = max over closing tags p of prev[p] + transitions[p, ·] (−∞ where none is valid).</summary>
    /// <remarks>
    /// Exact pruning: every opening tag scores at least L = max_q prev[q] + min_j transitions[q, j],
    /// so a predecessor p with prev[p] + max_j transitions[p, j] below L can never be the best and
    /// is skipped. Words usually have one or two plausible tags, so most predecessors are.
    /// </remarks>
    private void MaxPlus(ReadOnlySpan<float> prev, Span<float> cur)
    {
        float floor = float.NegativeInfinity;
        for (int q = 0; q < _closing.Length; q++) floor = Math.Max(floor, prev[_closing[q]] + _lowestOpening[q]);
        Span<int> active = stackalloc int[_closing.Length];
        int count = 0;
        for (int q = 0; q < _closing.Length; q++)
        {
            float d = prev[_closing[q]];
            if (!float.IsNegativeInfinity(d) && d + _highestOpening[q] >= floor) active[count++] = _closing[q];
        }
        active = active[..count];
        int vectors = _stride / Vector<float>.Count, v = Vector<float>.Count;
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_transitions);
        ref float target = ref MemoryMarshal.GetReference(cur);
        var none = new Vector<float>(float.NegativeInfinity);
        int k = 0;
        // Four vectors of the row at a time, held in registers across all predecessors.
        for (; k + 4 <= vectors; k += 4)
        {
            Vector<float> c0 = none, c1 = none, c2 = none, c3 = none;
            foreach (int p in active)
            {
                var dv = new Vector<float>(prev[p]);
                nuint at = (nuint)(p * _stride + k * v);
                c0 = Vector.Max(c0, dv + Vector.LoadUnsafe(ref rows, at));
                c1 = Vector.Max(c1, dv + Vector.LoadUnsafe(ref rows, at + (nuint)v));
                c2 = Vector.Max(c2, dv + Vector.LoadUnsafe(ref rows, at + (nuint)(2 * v)));
                c3 = Vector.Max(c3, dv + Vector.LoadUnsafe(ref rows, at + (nuint)(3 * v)));
            }
            VectorMath.Store4(ref target, k * v, c0, c1, c2, c3);
        }
        for (; k < vectors; k++)
        {
            Vector<float> c0 = none;
            foreach (int p in active)
            {
                c0 = Vector.Max(c0, new Vector<float>(prev[p]) + Vector.LoadUnsafe(ref rows, (nuint)(p * _stride + k * v)));
            }
            c0.StoreUnsafe(ref target, (nuint)(k * v));
        }
    }

    /// <summary>cur = Σ over <paramref name="sources"/> s of weight[s] · matrix[s, ·] (rows of length <see cref="Stride"/>).</summary>
    private void SumProduct(float[] matrix, int[] sources, ReadOnlySpan<float> weight, Span<float> cur)
    {
        int vectors = _stride / Vector<float>.Count, v = Vector<float>.Count;
        ref float rows = ref MemoryMarshal.GetArrayDataReference(matrix);
        ref float target = ref MemoryMarshal.GetReference(cur);
        int k = 0;
        for (; k + 4 <= vectors; k += 4)
        {
            Vector<float> c0 = default, c1 = default, c2 = default, c3 = default;
            foreach (int p in sources)
            {
                float a = weight[p];
                if (a == 0) continue;
                var av = new Vector<float>(a);
                nuint at = (nuint)(p * _stride + k * v);
                c0 = Vector.FusedMultiplyAdd(av, Vector.LoadUnsafe(ref rows, at), c0);
                c1 = Vector.FusedMultiplyAdd(av, Vector.LoadUnsafe(ref rows, at + (nuint)v), c1);
                c2 = Vector.FusedMultiplyAdd(av, Vector.LoadUnsafe(ref rows, at + (nuint)(2 * v)), c2);
                c3 = Vector.FusedMultiplyAdd(av, Vector.LoadUnsafe(ref rows, at + (nuint)(3 * v)), c3);
            }
            VectorMath.Store4(ref target, k * v, c0, c1, c2, c3);
        }
        for (; k < vectors; k++)
        {
            Vector<float> c0 = default;
            foreach (int p in sources)
            {
                float a = weight[p];
                if (a == 0) continue;
                c0 = Vector.FusedMultiplyAdd(new Vector<float>(a), Vector.LoadUnsafe(ref rows, (nuint)(p * _stride + k * v)), c0);
            }
            c0.StoreUnsafe(ref target, (nuint)(k * v));
        }
    }

    /// <summary>
    /// Per-word marginal probability of each tag (n×T, into <paramref name="marginals"/>) under
    /// exp(score / temperature); scratch buffers <paramref name="alpha"/>, <paramref name="beta"/>
    /// and <paramref name="emissions"/> of n × <see cref="Stride"/> each.
    /// </summary>
    /// <remarks>Scaled forward-backward: each row of alpha and beta is renormalised, so the scale factors cancel.</remarks>
    public void Marginals(ReadOnlySpan<float> scores, int n, Span<float> marginals, Span<float> alpha, Span<float> beta, Span<float> emissions)
    {
        if (n == 0) return;
        ForwardBackward(scores, n, alpha, beta, emissions);
        int t = _t, stride = _stride;
        for (int i = 0; i < n; i++)
        {
            var a = alpha.Slice(i * stride, t);
            var bt = beta.Slice(i * stride, t);
            var m = marginals.Slice(i * t, t);
            float sum = 0;
            for (int j = 0; j < t; j++) sum += m[j] = a[j] * bt[j];
            if (sum > 0 && float.IsFinite(sum))
            {
                float s = 1f / sum;
                for (int j = 0; j < t; j++) m[j] *= s;
            }
        }
    }

    /// <summary>
    /// The marginal probability of one tag per word (<c>probabilities[i]</c> for <c>tags[i]</c>),
    /// what <see cref="Marginals"/> gives at those entries without writing the other n×(T−1).
    /// </summary>
    public void TagProbabilities(ReadOnlySpan<float> scores, int n, ReadOnlySpan<int> tags, Span<float> probabilities, Span<float> alpha, Span<float> beta, Span<float> emissions)
    {
        if (n == 0) return;
        ForwardBackward(scores, n, alpha, beta, emissions);
        int stride = _stride;
        for (int i = 0; i < n; i++)
        {
            var a = alpha.Slice(i * stride, stride);
            var bt = beta.Slice(i * stride, stride);
            float sum = VectorMath.Dot(a, bt);
            float own = a[tags[i]] * bt[tags[i]];
            probabilities[i] = sum > 0 && float.IsFinite(sum) ? own / sum : own;
        }
    }

    private void ForwardBackward(ReadOnlySpan<float> scores, int n, Span<float> alpha, Span<float> beta, Span<float> emissions)
    {
        int t = _t, stride = _stride;
        var e = emissions[..(n * stride)];
        var inv = new Vector<float>(_inverseTemperature);
        for (int i = 0; i < n; i++)
        {
            var target = e.Slice(i * stride, stride);
            scores.Slice(i * t, t).CopyTo(target);
            target[t..].Fill(float.NegativeInfinity);
            var tv = MemoryMarshal.Cast<float, Vector<float>>(target);
            var top = tv[0];
            for (int k = 1; k < tv.Length; k++) top = Vector.Max(top, tv[k]);
            float max = top[0];
            for (int k = 1; k < Vector<float>.Count; k++) max = Math.Max(max, top[k]);
            var mv = new Vector<float>(max);
            for (int k = 0; k < tv.Length; k++) tv[k] = Vector.Exp((tv[k] - mv) * inv);
        }

        var expT = _exp.AsSpan();
        for (int j = 0; j < stride; j++) alpha[j] = expT[t * stride + j] * e[j];
        Normalize(alpha[..stride]);
        for (int i = 1; i < n; i++)
        {
            var prev = alpha.Slice((i - 1) * stride, stride);
            var cur = alpha.Slice(i * stride, stride);
            SumProduct(_exp, _closing, prev, cur);
            var curV = MemoryMarshal.Cast<float, Vector<float>>(cur);
            for (int b = 1; b < t; b += 4)
                for (int j = b + 1; j <= b + 2; j++)
                    cur[j] = prev[b] * expT[b * stride + j] + prev[b + 1] * expT[(b + 1) * stride + j];
            var eV = MemoryMarshal.Cast<float, Vector<float>>(e.Slice(i * stride, stride));
            for (int k = 0; k < curV.Length; k++) curV[k] *= eV[k];
            Normalize(cur);
        }

        Span<float> weighted = stackalloc float[stride];
        var lastBeta = beta.Slice((n - 1) * stride, stride);
        lastBeta.Clear();
        foreach (int j in _closing) lastBeta[j] = 1f;
        for (int i = n - 2; i >= 0; i--)
        {
            var next = beta.Slice((i + 1) * stride, stride);
            var cur = beta.Slice(i * stride, stride);
            var nextE = e.Slice((i + 1) * stride, stride);
            for (int j = 0; j < stride; j++) weighted[j] = nextE[j] * next[j];
            SumProduct(_expByTarget, _opening, weighted, cur);
            for (int b = 1; b < t; b += 4)
            {
                float toI = weighted[b + 1], toL = weighted[b + 2];
                cur[b] += expT[b * stride + b + 1] * toI + expT[b * stride + b + 2] * toL;
                cur[b + 1] += expT[(b + 1) * stride + b + 1] * toI + expT[(b + 1) * stride + b + 2] * toL;
            }
            Normalize(cur);
        }
    }

    private static void Normalize(Span<float> row)
    {
        var rv = MemoryMarshal.Cast<float, Vector<float>>(row);
        var acc = Vector<float>.Zero;
        foreach (var x in rv) acc += x;
        float sum = Vector.Sum(acc);
        if (sum <= 0 || !float.IsFinite(sum)) return;
        var inv = new Vector<float>(1f / sum);
        for (int k = 0; k < rv.Length; k++) rv[k] *= inv;
    }
}
