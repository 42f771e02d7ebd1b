using NewsNlp.Learning;

namespace NewsNlp.Entities;

/// <summary>Kinds of gazetteer entries (bit positions in a match mask).</summary>
internal enum GazetteerKind
{
    City = 0,
    Country = 1,
    Region = 2,
    FirstName = 3,
    NamePart = 4,
    PersonActor = 5,
    OrganizationActor = 6,
    Nationality = 7,
}

/// <summary>
/// Multi-word name lists (places, countries, people, organisations) matched over a sentence.
/// Phrases are stored only as 64-bit hashes of their case-folded words, so a list of 200,000
/// names costs about 2 MB and matching allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    public const int KindCount = 8;
    private readonly Dictionary<ulong, byte> _phrases;

    public Gazetteer(Dictionary<ulong, byte> phrases, int maxWords)
    {
        _phrases = phrases;
        MaxWords = maxWords;
    }

    public static Gazetteer Empty { get; } = new([], 0);

    public int MaxWords { get; }


    private static ulong Begin() => FeatureHash.Start(977);

    /// <summary>Hash of a phrase given as separate words (used when building the list).</summary>
    public static ulong PhraseKey(IEnumerable<string> words)
    {
        ulong h = Begin();
        bool first = true;
        foreach (var w in words)
        {
            if (!first) h = FeatureHash.Add(h, ' ');
            h = FeatureHash.AddNormalized(h, w);
            first = false;
        }
        return h;
    }

    /// <summary>
    /// For each word of a sentence, a mask of (kind × position) bits: bit <c>4·kind + p</c> with p =
    /// 0 begin, 1 inside, 2 last, 3 single-word match. A match must start with a capitalised word.
    /// </summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> words, Span<uint> masks)
    {
        masks.Clear();
        if (_phrases.Count == 0) return;
        for (int i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(text[words[i].Start])) continue;
            ulong h = Begin();
            int max = Math.Min(MaxWords, words.Length - i);
            for (int len = 1; len <= max; len++)
            {
                var (s, e) = words[i + len - 1];
                if (len > 1) h = FeatureHash.Add(h, ' ');
                h = FeatureHash.AddNormalized(h, text[s..e]);
                if (!_phrases.TryGetValue(h, out byte kinds)) continue;
                for (int k = 0; k < KindCount; k++)
                {
                    if ((kinds & (1 << k)) == 0) continue;
                    if (len == 1) { masks[i] |= 1u << (4 * k + 3); continue; }
                    masks[i] |= 1u << (4 * k);
                    for (int j = i + 1; j < i + len - 1; j++) masks[j] |= 1u << (4 * k + 1);
                    masks[i + len - 1] |= 1u << (4 * k + 2);
                }
            }
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(MaxWords);
        w.Write(_phrases.Count);
        foreach (var (k, v) in _phrases.OrderBy(p => p.Key))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    public static Gazetteer Read(BinaryReader r)
    {
        int max = r.ReadInt32();
        int n = r.ReadInt32();
        if (n < 0 || max < 0) throw new InvalidDataException("bad gazetteer size");
        var d = new Dictionary<ulong, byte>(n);
        for (int i = 0; i < n; i++) d[r.ReadUInt64()] = r.ReadByte();
        return new Gazetteer(d, max);
    }
}
