namespace NewsNlp.Syntax;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the
/// end of the buffer (Ballesteros &amp; Nivre 2013): a stack, a buffer position and the arcs built so
/// far. SHIFT pushes the buffer front; LEFT-ARC makes the stack top a dependent of the buffer front
/// and pops it; RIGHT-ARC makes it a dependent of the item below and pops it. Only the last stack
/// item may attach to the root, so every tree has exactly one root. Reused across sentences.
/// </summary>
internal sealed class ArcHybridState
{
    public const int Shift = 0;
    public const int None = -1;

    public int Count;          // words; index Count is the root
    public int[] Stack = new int[64];
    public int StackCount;
    public int Buffer;         // next word; == Count: only the root is left
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Left1 = new int[64], Left2 = new int[64], Right1 = new int[64], Right2 = new int[64];
    public int[] LeftCount = new int[64], RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64], RightLabels = new ulong[64];

    public static int Left(int label) => 1 + 2 * label;

    public static int Right(int label) => 2 + 2 * label;

    public static int ActionCount(int labels) => 1 + 2 * labels;

    public bool IsTerminal => Buffer == Count && StackCount == 0;

    public int S(int k) => StackCount > k ? Stack[StackCount - 1 - k] : None;

    public int B(int k) => Buffer + k < Count ? Buffer + k : Buffer + k == Count ? Count : None;

    public void Reset(int count)
    {
        Count = count;
        if (Head.Length < count + 1)
        {
            int n = Math.Max(count + 1, Head.Length * 2);
            Array.Resize(ref Stack, n);
            Head = new int[n]; Label = new int[n];
            Left1 = new int[n]; Left2 = new int[n]; Right1 = new int[n]; Right2 = new int[n];
            LeftCount = new int[n]; RightCount = new int[n];
            LeftLabels = new ulong[n]; RightLabels = new ulong[n];
        }
        StackCount = 0;
        Buffer = 0;
        for (int i = 0; i <= count; i++)
        {
            Head[i] = None; Label[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    public bool CanShift => Buffer < Count;

    /// <summary>LEFT-ARC onto a word (needs a stack) or onto the root (needs exactly one stack item).</summary>
    public bool CanLeft => StackCount > 0 && (Buffer < Count || StackCount == 1);

    public bool CanRight => StackCount > 1;

    public void Apply(int action)
    {
        if (action == Shift)
        {
            Stack[StackCount++] = Buffer++;
            return;
        }
        int label = (action - 1) >> 1;
        int dependent = Stack[--StackCount];
        int head = (action & 1) == 1 ? Buffer : Stack[StackCount - 1];
        Head[dependent] = head;
        Label[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            // Arcs arrive in order: a new left dependent is further left than the ones before.
            Left2[head] = Left1[head];
            Left1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            Right2[head] = Right1[head];
            Right1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }
}
