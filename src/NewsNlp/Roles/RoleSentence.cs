using NewsNlp.Learning;

namespace NewsNlp.Roles;

/// <summary>
/// One parsed sentence as the roles stage reads it: each word's hashed form, lemma, tags and relation,
/// its head (sentence-local, -1 for the root), its children and the extent of its subtree. One instance
/// is reused across the sentences of a call; it is not shared between threads.
/// </summary>
internal sealed class RoleSentence
{
    public int Count;
    public ulong[] Lower = new ulong[64];  // lower-case form, digits folded
    public ulong[] Lemma = new ulong[64];
    public ulong[] Xpos = new ulong[64];
    public ulong[] Rel = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public string[] LemmaText = new string[64];
    public string[] RelText = new string[64];
    public string[] UposText = new string[64];
    public string[] XposText = new string[64];
    public int[] Head = new int[64];
    public int[] Left = new int[64];       // first word of the subtree
    public int[] Right = new int[64];      // last word of the subtree
    public int[] ChildStart = new int[65]; // children of word i: Children[ChildStart[i] .. ChildStart[i + 1]), in word order
    public int[] Children = new int[64];
    public int[] Depth = new int[64];

    /// <summary>Loads words <paramref name="first"/>..<paramref name="end"/> of a document's syntax layer.</summary>
    public void Load(string text, ReadOnlySpan<Word> words, IReadOnlyList<WordSyntax> syntax, int first, int end)
    {
        Resize(end - first);
        for (int i = 0; i < Count; i++)
        {
            var w = words[first + i];
            var s = syntax[first + i];
            int head = s.Head < first || s.Head >= end ? -1 : s.Head - first;
            Set(i, text.AsSpan(w.Start, w.Length), s, head);
        }
        Build();
    }

    /// <summary>Loads pre-tokenized words and their predicted syntax (heads sentence-local).</summary>
    public void Load(IReadOnlyList<string> words, IReadOnlyList<WordSyntax> syntax)
    {
        Resize(words.Count);
        for (int i = 0; i < Count; i++) Set(i, words[i], syntax[i], syntax[i].Head);
        Build();
    }

    private void Set(int i, ReadOnlySpan<char> form, WordSyntax s, int head)
    {
        Lower[i] = FeatureHash.AddNormalized(0, form);
        Shape[i] = WordShape.Of(form);
        LemmaText[i] = s.Lemma ?? "_";
        RelText[i] = s.Relation ?? "_";
        UposText[i] = s.Upos ?? "_";
        XposText[i] = s.Xpos ?? "_";
        Lemma[i] = FeatureHash.AddNormalized(0, LemmaText[i]);
        Xpos[i] = FeatureHash.Add(0, XposText[i]);
        Rel[i] = FeatureHash.Add(0, RelText[i]);
        Head[i] = head == i || head >= Count ? -1 : head;
    }

    private void Resize(int n)
    {
        Count = n;
        if (Lower.Length >= n) return;
        n = Math.Max(n, Lower.Length * 2);
        Array.Resize(ref Lower, n);
        Array.Resize(ref Lemma, n);
        Array.Resize(ref Xpos, n);
        Array.Resize(ref Rel, n);
        Array.Resize(ref Shape, n);
        Array.Resize(ref LemmaText, n);
        Array.Resize(ref RelText, n);
        Array.Resize(ref UposText, n);
        Array.Resize(ref XposText, n);
        Array.Resize(ref Head, n);
        Array.Resize(ref Left, n);
        Array.Resize(ref Right, n);
        Array.Resize(ref ChildStart, n + 1);
        Array.Resize(ref Children, n);
        Array.Resize(ref Depth, n);
    }

    /// <summary>Children lists (counting sort by head), subtree extents and depths.</summary>
    private void Build()
    {
        int n = Count;
        Array.Clear(ChildStart, 0, n + 1);
        for (int i = 0; i < n; i++) if (Head[i] >= 0) ChildStart[Head[i] + 1]++;
        for (int i = 0; i < n; i++) ChildStart[i + 1] += ChildStart[i];
        Span<int> fill = n <= 256 ? stackalloc int[n] : new int[n];
        ChildStart.AsSpan(0, n).CopyTo(fill);
        for (int i = 0; i < n; i++) if (Head[i] >= 0) Children[fill[Head[i]]++] = i;
        for (int i = 0; i < n; i++) { Left[i] = i; Right[i] = i; Depth[i] = -1; }
        // A predicted tree has no cycles (the parser builds trees), but a hand-made layer might:
        // depths stop at n so that a cycle cannot loop forever.
        for (int i = 0; i < n; i++)
        {
            int d = 0;
            for (int h = Head[i]; h >= 0 && d < n; h = Head[h]) d++;
            Depth[i] = d;
        }
        for (int i = 0; i < n; i++)
        {
            int steps = 0;
            for (int h = Head[i]; h >= 0 && steps < n; h = Head[h], steps++)
            {
                if (i < Left[h]) Left[h] = i;
                if (i > Right[h]) Right[h] = i;
            }
        }
    }

    public ReadOnlySpan<int> ChildrenOf(int i) => Children.AsSpan(ChildStart[i], ChildStart[i + 1] - ChildStart[i]);

    public bool IsPunct(int i) => UposText[i] == "PUNCT";

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or one of its ancestors.</summary>
    public bool Dominates(int a, int b)
    {
        int steps = 0;
        for (int h = b; h >= 0 && steps <= Count; h = Head[h], steps++)
            if (h == a) return true;
        return false;
    }

    /// <summary>
    /// Steps up from <paramref name="p"/> to the lowest common ancestor with <paramref name="c"/> and
    /// down from it to <paramref name="c"/>; (-1, -1) when they share no ancestor.
    /// </summary>
    public (int Up, int Down, int Ancestor) Path(int p, int c)
    {
        int dp = Depth[p], dc = Depth[c], up = 0, down = 0;
        int a = p, b = c;
        while (dp > dc && a >= 0) { a = Head[a]; dp--; up++; }
        while (dc > dp && b >= 0) { b = Head[b]; dc--; down++; }
        while (a != b && a >= 0 && b >= 0) { a = Head[a]; b = Head[b]; up++; down++; }
        return a == b && a >= 0 ? (up, down, a) : (-1, -1, -1);
    }

    /// <summary>
    /// The argument span a candidate head stands for: the head and, going outwards on each side, its
    /// dependents' subtrees for as long as <paramref name="trim"/> says they belong to the argument (all
    /// of them without a table); when the head dominates the predicate, only its own side of the branch
    /// that holds the predicate ("these well-known [cartoon images]" for "known"). Punctuation is
    /// trimmed at both ends.
    /// </summary>
    public (int First, int Last) SpanOf(int c, int p, FeatureWeights? trim = null)
    {
        int first = Left[c], last = Right[c];
        int branch = -1;
        if (c != p && Dominates(c, p))
        {
            branch = p;
            while (Head[branch] != c) branch = Head[branch];
            if (Left[branch] > c) last = Left[branch] - 1;
            else first = Right[branch] + 1;
        }
        if (trim is not null)
        {
            Span<uint> keys = stackalloc uint[RoleFeatures.MaxSpan];
            Span<float> two = stackalloc float[2];
            var children = ChildrenOf(c);
            int right = c, left = c;
            int rank = 0;
            foreach (int ch in children)
            {
                if (ch < c || ch == branch) continue;
                if (Left[ch] > last) break;
                if (NamesPlace(c, ch)) break;
                if (!IsPunct(ch) && !Keep(c, ch, p, branch, rank++, keys, two, trim)) break;
                right = Right[ch];
            }
            rank = 0;
            for (int k = children.Length - 1; k >= 0; k--)
            {
                int ch = children[k];
                if (ch > c || ch == branch) continue;
                if (Right[ch] < first) break;
                if (!IsPunct(ch) && !Keep(c, ch, p, branch, rank++, keys, two, trim)) break;
                left = Left[ch];
            }
            first = Math.Max(first, left);
            last = Math.Min(last, right);
        }
        // A non-projective tree (the accurate tier's parser makes them; the arc-hybrid one cannot) can
        // have the predicate's branch straddle the head: the span then keeps at least the head itself.
        first = Math.Min(first, c);
        last = Math.Max(last, c);
        while (first < c && IsPunct(first)) first++;
        while (last > c && IsPunct(last)) last--;
        return (first, last);
    }

    /// <summary>
    /// "hosted [Putin] in Pyongyang": a name takes no prepositional phrase right after it (other than
    /// "of"), as the mention finder reads names; the parser's attachment there is a coin toss.
    /// </summary>
    public bool NamesPlace(int c, int ch)
    {
        if (XposText[c] is not ("NNP" or "NNPS") || RelText[ch] != "nmod" || ch <= c) return false;
        int marker = CaseMarker(ch);
        return marker == c + 1 && LemmaText[marker] is not ("of" or "'s");
    }

    private bool Keep(int c, int ch, int p, int branch, int rank, Span<uint> keys, Span<float> two, FeatureWeights trim)
    {
        int n = RoleFeatures.SpanChild(this, c, ch, p, branch >= 0, rank, keys);
        two.Clear();
        trim.AddAll(keys[..n], two);
        return two[1] >= two[0];
    }

    /// <summary>The first child of <paramref name="i"/> with relation case or mark (its preposition or subordinator), or -1.</summary>
    public int CaseMarker(int i)
    {
        foreach (int ch in ChildrenOf(i))
            if (RelText[ch] is "case" or "mark") return ch;
        return -1;
    }

    public bool HasChild(int i, string relation)
    {
        foreach (int ch in ChildrenOf(i))
            if (RelText[ch] == relation) return true;
        return false;
    }

    public int ChildWith(int i, string relation)
    {
        foreach (int ch in ChildrenOf(i))
            if (RelText[ch] == relation) return ch;
        return -1;
    }

    /// <summary>Passive voice: a passive auxiliary or subject, or a bare past participle modifying a noun ("troops [sent] to").</summary>
    public bool IsPassive(int p)
    {
        if (HasChild(p, "aux:pass") || HasChild(p, "nsubj:pass") || HasChild(p, "csubj:pass")) return true;
        return XposText[p] == "VBN" && RelText[p] is "acl" or "amod" && !HasChild(p, "aux");
    }
}
