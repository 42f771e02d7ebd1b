namespace NewsNlp.Zoning;

/// <summary>
/// A hashed linear model over the three learned classes (furniture, headline, body): row
/// <c>f</c> of the table holds feature f's weight for each class. Immutable once built.
/// </summary>
internal sealed class ZoneWeights
{
    public const int Classes = 3;
    public const int Furniture = 0, Headline = 1, Body = 2;

    /// <param name="bits">Table size: 2^bits rows.</param>
    /// <param name="weights">2^bits × 3 weights; rounded to half precision, the precision the file keeps,
    /// so that a saved and loaded model scores exactly as this one.</param>
    public ZoneWeights(int bits, float[] weights)
    {
        if (bits is < 8 or > 24) throw new InvalidDataException($"table size 2^{bits}");
        if (weights.Length != Classes << bits) throw new InvalidDataException("weight table size");
        Bits = bits;
        W = weights;
        for (int i = 0; i < W.Length; i++) W[i] = (float)(Half)W[i];
    }

    public int Bits { get; }
    public int Mask => (1 << Bits) - 1;
    public float[] W { get; }

    /// <summary>Class probabilities (softmax of the summed weights) into <paramref name="p"/>.</summary>
    public void Probabilities(ReadOnlySpan<int> features, Span<float> p)
    {
        float a = 0, b = 0, c = 0;
        var w = W;
        foreach (int f in features)
        {
            int r = f * Classes;
            a += w[r];
            b += w[r + 1];
            c += w[r + 2];
        }
        float m = Math.Max(a, Math.Max(b, c));
        float ea = MathF.Exp(a - m), eb = MathF.Exp(b - m), ec = MathF.Exp(c - m);
        float z = ea + eb + ec;
        p[0] = ea / z;
        p[1] = eb / z;
        p[2] = ec / z;
    }

    /// <summary>Rows with a non-zero weight, each as its index gap and three half-precision weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Bits);
        int rows = 0;
        for (int r = 0; r < 1 << Bits; r++) if (NonZero(r)) rows++;
        w.Write(rows);
        int previous = -1;
        for (int r = 0; r < 1 << Bits; r++)
        {
            if (!NonZero(r)) continue;
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            for (int c = 0; c < Classes; c++) w.Write((Half)W[r * Classes + c]);
        }
    }

    public static ZoneWeights Read(BinaryReader r)
    {
        int bits = r.ReadInt32();
        if (bits is < 8 or > 24) throw new InvalidDataException($"table size 2^{bits}");
        int rows = r.ReadInt32();
        if (rows < 0 || rows > 1 << bits) throw new InvalidDataException("row count");
        var weights = new float[Classes << bits];
        int row = -1;
        for (int k = 0; k < rows; k++)
        {
            int gap = r.Read7BitEncodedInt();
            if (gap < 1 || gap > (1 << bits) - 1 - row) throw new InvalidDataException("row index");
            row += gap;
            for (int c = 0; c < Classes; c++)
            {
                float v = (float)r.ReadHalf();
                if (!float.IsFinite(v)) throw new InvalidDataException("weight not finite");
                weights[row * Classes + c] = v;
            }
        }
        return new ZoneWeights(bits, weights);
    }

    private bool NonZero(int r) => W[r * Classes] != 0 || W[r * Classes + 1] != 0 || W[r * Classes + 2] != 0;
}
