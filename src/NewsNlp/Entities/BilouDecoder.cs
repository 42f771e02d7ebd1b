using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsNlp.Entities;

/// <summary>
/// Viterbi and forward-backward for one model's fixed transitions, shaped by BILOU structure and
/// vectorised across tags. Every tag that can start an entity or be O (O, B-x, U-x) follows the
/// same set of "closing" tags (O, L-y, U-y), which makes that part a dense max-plus or sum-product
/// over rows of the transition matrix; I-x and L-x follow only B-x and I-x, two scalar terms each.
/// Gives the same best path and (to rounding) the same marginals as <see cref="SequenceDecoder"/>,
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
    }

    /// <summary>Length of the per-word rows of the scratch buffers.</summary>
    public int Stride => _stride;

    /// <summary>
    /// Best valid tag sequence for <paramref name="n"/> words with emission scores n×T; scratch
    /// buffers of n × <see cref="Stride"/> each.
    /// </summary>
    public void Viterbi(ReadOnlySpan<float> scores, int n, Span<int> best, Span<float> delta, Span<int> back)
    {
        if (n == 0) return;
        int t = _t, stride = _stride, v = Vector<float>.Count;
        var trans = _transitions.AsSpan();
        delta = delta[..(n * stride)];
        for (int j = 0; j < stride; j++)
            delta[j] = j < t ? trans[t * stride + j] + scores[j] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            var prev = delta.Slice((i - 1) * stride, stride);
            var cur = delta.Slice(i * stride, stride);
            var arg = back.Slice(i * stride, stride);
            cur.Fill(float.NegativeInfinity);
            arg.Clear();
            var curV = MemoryMarshal.Cast<float, Vector<float>>(cur);
            var argV = MemoryMarshal.Cast<int, Vector<int>>(arg);
            foreach (int p in _closing)
            {
                float d = prev[p];
                if (float.IsNegativeInfinity(d)) continue;
                var dv = new Vector<float>(d);
                var pv = new Vector<int>(p);
                var rowV = MemoryMarshal.Cast<float, Vector<float>>(trans.Slice(p * stride, stride));
                for (int k = 0; k < curV.Length; k++)
                {
                    var s = dv + rowV[k];
                    var better = Vector.GreaterThan(s, curV[k]);
                    curV[k] = Vector.ConditionalSelect(better, s, curV[k]);
                    argV[k] = Vector.ConditionalSelect(better, pv, argV[k]);
                }
            }
            // I-x and L-x: their only predecessors are B-x and I-x (in that order, as SequenceDecoder scans them).
            for (int b = 1; b < t; b += 4)
            {
                int inside = b + 1;
                for (int j = b + 1; j <= b + 2; j++)
                {
                    float fromB = prev[b] + trans[b * stride + j];
                    float fromI = prev[inside] + trans[inside * stride + j];
                    if (fromI > fromB) { cur[j] = fromI; arg[j] = inside; }
                    else if (fromB > float.NegativeInfinity) { cur[j] = fromB; arg[j] = b; }
                    else { cur[j] = float.NegativeInfinity; arg[j] = 0; }
                }
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
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i * stride + best[i]];
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
        int t = _t, stride = _stride;
        var e = emissions[..(n * stride)];
        var inv = new Vector<float>(_inverseTemperature);
        for (int i = 0; i < n; i++)
        {
            var row = scores.Slice(i * t, t);
            var target = e.Slice(i * stride, stride);
            float max = float.NegativeInfinity;
            foreach (float x in row) max = Math.Max(max, x);
            row.CopyTo(target);
            target[t..].Fill(float.NegativeInfinity);
            var mv = new Vector<float>(max);
            var tv = MemoryMarshal.Cast<float, Vector<float>>(target);
            for (int k = 0; k < tv.Length; k++) tv[k] = Vector.Exp((tv[k] - mv) * inv);
        }

        var expT = _exp.AsSpan();
        for (int j = 0; j < stride; j++) alpha[j] = expT[t * stride + j] * e[j];
        Normalize(alpha[..stride]);
        for (int i = 1; i < n; i++)
        {
            var prev = alpha.Slice((i - 1) * stride, stride);
            var cur = alpha.Slice(i * stride, stride);
            cur.Clear();
            var curV = MemoryMarshal.Cast<float, Vector<float>>(cur);
            foreach (int p in _closing)
            {
                float a = prev[p];
                if (a == 0) continue;
                var av = new Vector<float>(a);
                var rowV = MemoryMarshal.Cast<float, Vector<float>>(expT.Slice(p * stride, stride));
                for (int k = 0; k < curV.Length; k++) curV[k] += av * rowV[k];
            }
            for (int b = 1; b < t; b += 4)
                for (int j = b + 1; j <= b + 2; j++)
                    cur[j] = prev[b] * expT[b * stride + j] + prev[b + 1] * expT[(b + 1) * stride + j];
            var eV = MemoryMarshal.Cast<float, Vector<float>>(e.Slice(i * stride, stride));
            for (int k = 0; k < curV.Length; k++) curV[k] *= eV[k];
            Normalize(cur);
        }

        var byTarget = _expByTarget.AsSpan();
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
            cur.Clear();
            var curV = MemoryMarshal.Cast<float, Vector<float>>(cur);
            foreach (int j in _opening)
            {
                float w = weighted[j];
                if (w == 0) continue;
                var wv = new Vector<float>(w);
                var colV = MemoryMarshal.Cast<float, Vector<float>>(byTarget.Slice(j * stride, stride));
                for (int k = 0; k < curV.Length; k++) curV[k] += wv * colV[k];
            }
            for (int b = 1; b < t; b += 4)
            {
                float toI = weighted[b + 1], toL = weighted[b + 2];
                cur[b] += expT[b * stride + b + 1] * toI + expT[b * stride + b + 2] * toL;
                cur[b + 1] += expT[(b + 1) * stride + b + 1] * toI + expT[(b + 1) * stride + b + 2] * toL;
            }
            Normalize(cur);
        }

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
