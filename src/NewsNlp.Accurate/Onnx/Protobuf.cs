namespace NewsNlp.Accurate.Onnx;

/// <summary>
/// A forward-only reader of protobuf wire format over a byte range: just enough for ONNX initializers.
/// Malformed input throws <see cref="FormatException"/>, which <see cref="OnnxModelFile"/> turns into
/// a <see cref="NewsNlp.Models.ModelFormatException"/> naming the file.
/// </summary>
internal struct ProtoReader
{
    private readonly byte[] _bytes;
    private readonly int _end;

    public ProtoReader(byte[] bytes, int start, int length)
    {
        if (start < 0 || length < 0 || start + length > bytes.Length)
            throw new FormatException("a field runs past the end of the file");
        _bytes = bytes;
        Position = start;
        _end = start + length;
    }

    /// <summary>The offset of the next byte to read.</summary>
    public int Position { get; private set; }

    /// <summary>Where the field last returned by <see cref="Next"/> began (its tag).</summary>
    public int FieldStart { get; private set; }

    /// <summary>Reads the next tag; false at the end of the range.</summary>
    public bool Next(out int field, out int wire)
    {
        FieldStart = Position;
        if (Position >= _end)
        {
            field = wire = 0;
            return false;
        }
        ulong tag = ReadVarint();
        field = (int)(tag >> 3);
        wire = (int)(tag & 7);
        if (field == 0)
            throw new FormatException($"field number 0 at byte {FieldStart}");
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (Position >= _end)
                throw new FormatException("a number runs past the end of the file");
            byte b = _bytes[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
        throw new FormatException($"a number longer than 10 bytes at byte {Position}");
    }

    /// <summary>Reads a length prefix and returns the payload's range, leaving the reader after it.</summary>
    public (int Start, int Length) ReadLengthDelimited()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_end - Position))
            throw new FormatException($"a field of {length} bytes runs past the end at byte {Position}");
        int start = Position;
        Position += (int)length;
        return (start, (int)length);
    }

    public void Skip(int wire)
    {
        switch (wire)
        {
            case 0: ReadVarint(); break;
            case 1: Advance(8); break;
            case 2: ReadLengthDelimited(); break;
            case 5: Advance(4); break;
            default: throw new FormatException($"unsupported wire type {wire} at byte {FieldStart}");
        }
    }

    private void Advance(int n)
    {
        if (Position + n > _end)
            throw new FormatException("a field runs past the end of the file");
        Position += n;
    }
}

/// <summary>Protobuf wire-format writing helpers.</summary>
internal static class ProtoWriter
{
    public static void WriteTag(Stream output, int field, int wire) => WriteVarint(output, (ulong)((field << 3) | wire));

    public static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        output.WriteByte((byte)value);
    }
}
