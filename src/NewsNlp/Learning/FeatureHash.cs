using System.Runtime.CompilerServices;

namespace NewsNlp.Learning;

/// <summary>
/// Allocation-free feature keys: FNV-1a over a template id and the characters of the feature's
/// value, folded to 32 bits. Training and tagging use the same function, so the model never needs
/// feature strings. The function is part of the model format: changing it invalidates models.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Start(int template) => (Offset ^ (ulong)template) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, int value) => (h ^ (uint)value ^ 0x5bd1e995u) * Prime;

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Lower-cased with every digit folded to '0', so "1996" and "2024" share a feature.</summary>
    public static ulong AddNormalized(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            char n = char.IsAsciiDigit(c) ? '0' : c < 0x80 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
            h = (h ^ n) * Prime;
        }
        return h;
    }

    /// <summary>Combines a partial hash of one word with a template (for window features).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong value) => (Start(template) ^ value) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong a, ulong b) => (((Start(template) ^ a) * Prime) ^ (b * 0x9E3779B97F4A7C15UL)) * Prime;

    /// <summary>Final 32-bit key (mixed so that the low bits are well spread for hash tables).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return (uint)h;
    }
}
