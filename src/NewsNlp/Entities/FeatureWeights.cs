using System.Numerics;

namespace NewsNlp.Entities;

/// <summary>
/// Sparse emission weights: feature key → the non-zero weights of that feature per tag. An
/// open-addressing table over the 32-bit keys makes a lookup one or two probes, with no allocation.
/// Immutable and thread-safe.
/// </summary>
internal sealed class FeatureWeights
{
    private readonly uint[] _slotKeys;
    private readonly int[] _slotFeature;
    private readonly int _mask;
    private readonly int[] _starts;
    private readonly byte[] _tags;
    private readonly float[] _weights;

    /// <param name="keys">Feature keys, distinct.</param>
    /// <param name="starts">For feature f, its entries are <c>starts[f]..starts[f+1]</c>.</param>
    /// <param name="tags">Tag of each entry.</param>
    /// <param name="weights">Weight of each entry.</param>
    public FeatureWeights(uint[] keys, int[] starts, byte[] tags, float[] weights)
    {
        Keys = keys;
        _starts = starts;
        _tags = tags;
        _weights = weights;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = capacity - 1;
        _slotKeys = new uint[capacity];
        _slotFeature = new int[capacity];
        Array.Fill(_slotFeature, -1);
        for (int f = 0; f < keys.Length; f++)
        {
            int slot = (int)(keys[f] & (uint)_mask);
            while (_slotFeature[slot] >= 0)
            {
                if (_slotKeys[slot] == keys[f]) throw new InvalidDataException("duplicate feature key");
                slot = (slot + 1) & _mask;
            }
            _slotKeys[slot] = keys[f];
            _slotFeature[slot] = f;
        }
    }

    public uint[] Keys { get; }

    public int EntryCount => _tags.Length;

    internal ReadOnlySpan<int> Starts => _starts;

    internal ReadOnlySpan<byte> Tags => _tags;

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Adds the weights of feature <paramref name="key"/> to <paramref name="scores"/> (one slot per tag).</summary>
    public void AddTo(uint key, Span<float> scores)
    {
        int slot = (int)(key & (uint)_mask);
        while (true)
        {
            int f = _slotFeature[slot];
            if (f < 0) return;
            if (_slotKeys[slot] == key)
            {
                for (int e = _starts[f]; e < _starts[f + 1]; e++) scores[_tags[e]] += _weights[e];
                return;
            }
            slot = (slot + 1) & _mask;
        }
    }
}
