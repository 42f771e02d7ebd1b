namespace NewsNlp.Entities;

/// <summary>
/// BILOU tags over a label set: tag 0 is O; label <c>l</c> has B = 1+4l, I = 2+4l, L = 3+4l, U = 4+4l.
/// Knows which transitions are valid, so decoding never produces a broken entity.
/// </summary>
internal sealed class BilouTagSet
{
    public const int Outside = 0;

    public BilouTagSet(IReadOnlyList<string> labels)
    {
        Labels = labels.ToArray();
        Count = 1 + 4 * Labels.Length;
        // Valid-transition lists, flat (one array each), make decoding cost ~O(valid transitions)
        // instead of O(tags²).
        var tags = Enumerable.Range(0, Count).ToArray();
        (PredecessorStart, PredecessorList) = Flatten(tags.Select(to => tags.Where(from => IsValid(from, to)).ToArray()).ToArray());
        (SuccessorStart, SuccessorList) = Flatten(tags.Select(from => tags.Where(to => IsValid(from, to)).ToArray()).ToArray());
    }

    /// <summary>Tag j's predecessors are <c>PredecessorList[PredecessorStart[j]..PredecessorStart[j + 1]]</c>.</summary>
    public int[] PredecessorStart { get; }

    public int[] PredecessorList { get; }

    /// <summary>Tag p's successors are <c>SuccessorList[SuccessorStart[p]..SuccessorStart[p + 1]]</c>.</summary>
    public int[] SuccessorStart { get; }

    public int[] SuccessorList { get; }

    private static (int[] Start, int[] List) Flatten(int[][] lists)
    {
        var start = new int[lists.Length + 1];
        for (int i = 0; i < lists.Length; i++) start[i + 1] = start[i] + lists[i].Length;
        return (start, lists.SelectMany(l => l).ToArray());
    }

    public string[] Labels { get; }

    /// <summary>Number of tags (1 + 4 × labels).</summary>
    public int Count { get; }


    public static int Label(int tag) => (tag - 1) >> 2;

    public static int Position(int tag) => (tag - 1) & 3; // 0 B, 1 I, 2 L, 3 U

    public static int Tag(int label, int position) => 1 + 4 * label + position;

    public static bool EndsEntity(int tag) => tag == Outside || Position(tag) >= 2;

    public static bool CanStart(int tag) => tag == Outside || Position(tag) is 0 or 3;

    public static bool CanEnd(int tag) => EndsEntity(tag);

    public static bool IsValid(int from, int to)
    {
        if (from == Outside || Position(from) >= 2) return CanStart(to);
        // from is B or I: must continue the same label with I or L.
        return to != Outside && Label(to) == Label(from) && Position(to) is 1 or 2;
    }

    public string Name(int tag) => tag == Outside ? "O" : "BILU"[Position(tag)] + "-" + Labels[Label(tag)];

    /// <summary>Turns spans (start, end exclusive, label) into tags; <paramref name="tags"/> has one slot per word.</summary>
    public static void Encode(ReadOnlySpan<(int Start, int End, int Label)> spans, Span<int> tags)
    {
        tags.Clear();
        foreach (var (s, e, l) in spans)
        {
            if (e - s == 1) { tags[s] = Tag(l, 3); continue; }
            tags[s] = Tag(l, 0);
            for (int i = s + 1; i < e - 1; i++) tags[i] = Tag(l, 1);
            tags[e - 1] = Tag(l, 2);
        }
    }

    /// <summary>Reads entity spans back from a valid tag sequence.</summary>
    public static void Decode(ReadOnlySpan<int> tags, List<(int Start, int End, int Label)> spans)
    {
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == Outside) { start = -1; continue; }
            int p = Position(t);
            if (p == 3) { spans.Add((i, i + 1, Label(t))); start = -1; }
            else if (p == 0) start = i;
            else if (p == 2 && start >= 0) { spans.Add((start, i + 1, Label(t))); start = -1; }
        }
    }
}
