using System.Numerics;

namespace NewsNlp.Learning;

/// <summary>
/// Sparse emission weights: feature key → the non-zero weights of that feature per tag. An
/// open-addressing table over the 32-bit keys makes a lookup one or two probes, with no allocation.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FeatureWeights
{
    // Compact on purpose: a big table does not fit in the cache, so every lookup is a memory miss
    // and the fewer bytes a lookup touches the faster it is. A slot is 8 bytes (key and where the
    // weights are) and an entry 4 (the weight with the tag in the low 8 bits of its mantissa).
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly uint[] _entries;

    private const int EmptySlot = -1;
    private const int CountBits = 5;
    private const int MaxSparseCount = (1 << CountBits) - 1;

    private struct Slot
    {
        public uint Key;
        // -1: empty; >= 0: sparse, first entry << 5 | entry count; <= -2: dense row -2 - Info.
        public int Info;
    }

    // Features with many non-zero tags (bias, shapes, frequent words) fire on most words; their
    // weights are kept as full rows and added with SIMD instead of scattered entry by entry.
    private readonly float[] _densePool;
    private readonly int _tagCount;
    private readonly int _rowStride; // dense rows padded with zeros to whole vectors

    /// <param name="keys">Feature keys, distinct.</param>
    /// <param name="starts">For feature f, its entries are <c>starts[f]..starts[f+1]</c>.</param>
    /// <param name="tags">Tag of each entry (below 256).</param>
    /// <param name="weights">Weight of each entry; kept with 15 bits of mantissa (more than the file's half precision).</param>
    /// <param name="tagCount">Number of classes scored (0: one past the highest tag in <paramref name="tags"/>).</param>
    public FeatureWeights(uint[] keys, int[] starts, byte[] tags, float[] weights, int tagCount = 0)
    {
        if (tags.Length >= 1 << (31 - CountBits)) throw new ArgumentException("too many weights for one table", nameof(tags));
        // Dense rows must span every class the caller scores, even ones no weight mentions.
        _tagCount = Math.Max(tagCount, tags.Length == 0 ? 1 : tags.Max() + 1);
        int denseThreshold = Math.Clamp(_tagCount / 4, 4, MaxSparseCount);
        var denseRows = new int[keys.Length];
        int denseCount = 0;
        for (int f = 0; f < keys.Length; f++)
            denseRows[f] = starts[f + 1] - starts[f] >= denseThreshold ? denseCount++ : -1;
        _entries = new uint[tags.Length];
        for (int e = 0; e < tags.Length; e++) _entries[e] = Pack(tags[e], weights[e]);
        _rowStride = (_tagCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _densePool = new float[denseCount * _rowStride];
        for (int f = 0; f < keys.Length; f++)
            if (denseRows[f] >= 0)
                for (int e = starts[f]; e < starts[f + 1]; e++) _densePool[denseRows[f] * _rowStride + tags[e]] = WeightOf(_entries[e]);
        Keys = keys;
        _starts = starts;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        for (int i = 0; i < capacity; i++) _slots[i].Info = EmptySlot;
        for (int f = 0; f < keys.Length; f++)
        {
            int slot = (int)(keys[f] & (uint)_mask);
            while (_slots[slot].Info != EmptySlot)
            {
                if (_slots[slot].Key == keys[f]) throw new InvalidDataException("duplicate feature key");
                slot = (slot + 1) & _mask;
            }
            int info = denseRows[f] >= 0 ? -2 - denseRows[f] : starts[f] << CountBits | (starts[f + 1] - starts[f]);
            _slots[slot] = new Slot { Key = keys[f], Info = info };
        }
    }

    private static uint Pack(byte tag, float weight) => BitConverter.SingleToUInt32Bits(weight) & ~0xFFu | tag;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static float WeightOf(uint entry) => BitConverter.UInt32BitsToSingle(entry & ~0xFFu);

    public uint[] Keys { get; }

    public int EntryCount => _entries.Length;

    /// <summary>Features whose weights are kept as full rows.</summary>
    public int DenseRowCount => _densePool.Length / _rowStride;

    /// <summary>
    /// Adds the weights of every feature in <paramref name="keys"/>. Big tables do not fit in the
    /// cache, so each lookup is a memory miss: prefetching all the slots first lets those misses
    /// overlap instead of queueing one behind the other. Its stack buffers are written before they
    /// are read, so they are not zeroed first (<see cref="System.Runtime.CompilerServices.SkipLocalsInitAttribute"/>).
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public unsafe void AddAll(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported || keys.Length > 256)
        {
            foreach (uint key in keys) AddTo(key, scores);
            return;
        }
        // Three passes: prefetch the slots; find each feature and prefetch its weights; add them
        // (dense rows summed with the running total in registers, then added to the scores once).
        Span<int> found = stackalloc int[keys.Length];
        Span<int> denseRows = stackalloc int[keys.Length];
        int dense = 0;
        fixed (Slot* slots = _slots)
        fixed (uint* entries = _entries)
        fixed (float* pool = _densePool)
        {
            foreach (uint key in keys)
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(slots + (key & (uint)_mask));
            for (int k = 0; k < keys.Length; k++)
            {
                int slot = found[k] = Find(keys[k]);
                if (slot < 0) continue;
                int info = slots[slot].Info;
                if (info < EmptySlot)
                {
                    int row = (-2 - info) * _rowStride;
                    denseRows[dense++] = row;
                    found[k] = -1;
                    for (int at = 0; at < _rowStride; at += 16) System.Runtime.Intrinsics.X86.Sse.Prefetch0(pool + row + at);
                }
                else System.Runtime.Intrinsics.X86.Sse.Prefetch0(entries + (info >> CountBits));
            }
        }
        foreach (int slot in found)
            if (slot >= 0) Accumulate(_slots[slot].Info, scores);
        if (dense > 0)
        {
            Span<float> sum = stackalloc float[_rowStride];
            SumRows(denseRows[..dense], sum);
            VectorMath.Add(scores, sum[.._tagCount]);
        }
    }

    /// <summary>sum = Σ of the dense rows starting at <paramref name="rows"/>, four vectors at a time in registers.</summary>
    private void SumRows(ReadOnlySpan<int> rows, Span<float> sum)
    {
        int v = Vector<float>.Count, vectors = _rowStride / v;
        ref float pool = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_densePool);
        ref float target = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(sum);
        int k = 0;
        for (; k + 4 <= vectors; k += 4)
        {
            Vector<float> c0 = default, c1 = default, c2 = default, c3 = default;
            nuint offset = (nuint)(k * v);
            foreach (int row in rows)
            {
                nuint at = (nuint)row + offset;
                c0 += Vector.LoadUnsafe(ref pool, at);
                c1 += Vector.LoadUnsafe(ref pool, at + (nuint)v);
                c2 += Vector.LoadUnsafe(ref pool, at + (nuint)(2 * v));
                c3 += Vector.LoadUnsafe(ref pool, at + (nuint)(3 * v));
            }
            VectorMath.Store4(ref target, k * v, c0, c1, c2, c3);
        }
        for (; k < vectors; k++)
        {
            Vector<float> c0 = default;
            nuint offset = (nuint)(k * v);
            foreach (int row in rows) c0 += Vector.LoadUnsafe(ref pool, (nuint)row + offset);
            c0.StoreUnsafe(ref target, offset);
        }
    }

    /// <summary>
    /// Σ of the class-0 weights of <paramref name="keys"/>: the score of a one-class table (a ranker's).
    /// A plain probe per key: with twenty-odd keys a call, <see cref="AddAll"/>'s three passes and stack
    /// buffers cost more than the misses they hide.
    /// </summary>
    public float Sum(ReadOnlySpan<uint> keys)
    {
        float sum = 0;
        var slots = _slots;
        foreach (uint key in keys)
        {
            int slot = (int)(key & (uint)_mask);
            while (slots[slot].Info != EmptySlot)
            {
                if (slots[slot].Key == key)
                {
                    int info = slots[slot].Info;
                    if (info < EmptySlot) sum += _densePool[(-2 - info) * _rowStride];
                    else
                    {
                        int at = info >> CountBits, count = info & MaxSparseCount;
                        for (int e = at; e < at + count; e++)
                            if ((_entries[e] & 0xFF) == 0) sum += WeightOf(_entries[e]);
                    }
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
        return sum;
    }

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/> (one slot per tag).</summary>
    public void AddTo(uint key, Span<float> scores)
    {
        int slot = Find(key);
        if (slot >= 0) Accumulate(_slots[slot].Info, scores);
    }

    /// <summary>The slot of <paramref name="key"/>, or -1 when the table does not hold it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Find(uint key)
    {
        var slots = _slots;
        int slot = (int)(key & (uint)_mask);
        while (slots[slot].Info != EmptySlot)
        {
            if (slots[slot].Key == key) return slot;
            slot = (slot + 1) & _mask;
        }
        return -1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Accumulate(int info, Span<float> scores)
    {
        if (info < EmptySlot)
        {
            VectorMath.Add(scores, new ReadOnlySpan<float>(_densePool, (-2 - info) * _rowStride, _tagCount));
            return;
        }
        var entries = _entries;
        int start = info >> CountBits, end = start + (info & MaxSparseCount);
        for (int e = start; e < end; e++)
        {
            uint entry = entries[e];
            scores[(int)(entry & 0xFF)] += WeightOf(entry);
        }
    }

    /// <summary>Every (feature key, tag, weight) of the table, feature by feature.</summary>
    public IEnumerable<(uint Key, int Tag, float Weight)> Entries()
    {
        for (int f = 0; f < Keys.Length; f++)
            for (int e = _starts[f]; e < _starts[f + 1]; e++)
                yield return (Keys[f], (int)(_entries[e] & 0xFF), WeightOf(_entries[e]));
    }

    /// <summary>
    /// A smaller table without the weights whose magnitude is below <paramref name="threshold"/>
    /// (features left with no weight are dropped): fewer cache misses, a smaller file.
    /// </summary>
    public FeatureWeights Pruned(float threshold)
    {
        var keys = new List<uint>();
        var starts = new List<int> { 0 };
        var tags = new List<byte>();
        var weights = new List<float>();
        for (int f = 0; f < Keys.Length; f++)
        {
            int before = tags.Count;
            for (int e = _starts[f]; e < _starts[f + 1]; e++)
            {
                float weight = WeightOf(_entries[e]);
                if (Math.Abs(weight) < threshold) continue;
                tags.Add((byte)_entries[e]);
                weights.Add(weight);
            }
            if (tags.Count == before) continue;
            keys.Add(Keys[f]);
            starts.Add(tags.Count);
        }
        return new FeatureWeights(keys.ToArray(), starts.ToArray(), tags.ToArray(), weights.ToArray(), _tagCount);
    }

    /// <summary>
    /// Writes the table: int32 F; uint32[F] keys; int32[F+1] starts; int32 E; byte[E] tags; Half[E] weights.
    /// </summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Keys.Length);
        foreach (uint k in Keys) w.Write(k);
        foreach (int s in _starts) w.Write(s);
        w.Write(_entries.Length);
        foreach (uint entry in _entries) w.Write((byte)entry);
        foreach (uint entry in _entries) w.Write((Half)WeightOf(entry));
    }

    /// <summary>Reads a table written by <see cref="Write"/>; tags must be below <paramref name="tagCount"/>.</summary>
    public static FeatureWeights Read(BinaryReader r, int tagCount)
    {
        int f = r.ReadInt32();
        if (f < 0 || f > 1 << 26) throw new InvalidDataException("feature count");
        var keys = new uint[f];
        for (int i = 0; i < f; i++) keys[i] = r.ReadUInt32();
        var starts = new int[f + 1];
        for (int i = 0; i <= f; i++) starts[i] = r.ReadInt32();
        int e = r.ReadInt32();
        if (e < 0 || starts[0] != 0 || starts[f] != e) throw new InvalidDataException("entry count");
        for (int i = 0; i < f; i++)
            if (starts[i + 1] < starts[i]) throw new InvalidDataException("feature entry ranges");
        byte[] tags = r.ReadBytes(e);
        if (tags.Length != e) throw new EndOfStreamException();
        var weights = new float[e];
        for (int i = 0; i < e; i++)
        {
            weights[i] = (float)r.ReadHalf();
            if (tags[i] >= tagCount) throw new InvalidDataException("tag index");
        }
        return new FeatureWeights(keys, starts, tags, weights, tagCount);
    }
}
