using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsNlp.Models;

/// <summary>
/// The container every NewsNlp model file uses.
/// </summary>
/// <remarks>
/// *** Binary format *** (little endian)
/// <code>
/// bytes 0..7   magic "NEWSNLP\0"
/// bytes 8..11  kind, 4 ASCII characters ("NER1", "POS1" ...)
/// int32        format version written
/// int32        lowest reader version that can read it
/// int32        manifest length, then the manifest as UTF-8 JSON (human-readable metadata)
/// int64        payload length (compressed)
/// uint64       checksum of the compressed payload (see Checksum)
/// bytes        payload, Brotli-compressed; its layout belongs to the model kind
/// </code>
/// A file with the wrong magic, kind or version, a short read or a checksum mismatch is refused
/// with a <see cref="ModelFormatException"/> that names the source.
/// </remarks>
internal static class ModelFile
{
    private static ReadOnlySpan<byte> Magic => "NEWSNLP\0"u8;

    // compression: the smallest size for the linear models; a fast level for the transformer's 50 MB
    // of half floats, which Brotli barely shrinks at any level.
    public static void Write(Stream output, string kind, int version, int minReaderVersion, string manifestJson, Action<BinaryWriter> writePayload,
        CompressionLevel compression = CompressionLevel.SmallestSize)
    {
        var raw = new MemoryStream();
        using (var bw = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true)) writePayload(bw);
        var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, compression, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(brotli);
        }
        byte[] payload = compressed.ToArray();
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Encoding.ASCII.GetBytes(kind));
        w.Write(version);
        w.Write(minReaderVersion);
        byte[] manifest = Encoding.UTF8.GetBytes(manifestJson);
        w.Write(manifest.Length);
        w.Write(manifest);
        w.Write((long)payload.Length);
        w.Write(Checksum(payload));
        w.Write(payload);
    }

    /// <summary>Reads the header and returns the manifest and a reader over the decompressed payload.</summary>
    public static (string Manifest, int Version, BinaryReader Payload) Read(Stream input, string source, string kind, int readerVersion)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            Span<byte> magic = stackalloc byte[8];
            if (input.ReadAtLeast(magic, 8, throwOnEndOfStream: false) != 8 || !magic.SequenceEqual(Magic))
                throw new ModelFormatException(source, "not a NewsNlp model file (wrong magic bytes).");
            string fileKind = Encoding.ASCII.GetString(r.ReadBytes(4));
            if (fileKind != kind)
                throw new ModelFormatException(source, $"holds a '{fileKind}' model, not a '{kind}' model.");
            int version = r.ReadInt32();
            int minReader = r.ReadInt32();
            if (minReader > readerVersion)
                throw new ModelFormatException(source, $"format version {version} needs a newer NewsNlp (this one reads up to version {readerVersion}).");
            int manifestLength = r.ReadInt32();
            if (manifestLength is < 0 or > 1 << 24) throw new ModelFormatException(source, "corrupt header (manifest length).");
            string manifest = Encoding.UTF8.GetString(ReadExactly(r, manifestLength, source));
            long payloadLength = r.ReadInt64();
            if (payloadLength is < 0 or > int.MaxValue) throw new ModelFormatException(source, "corrupt header (payload length).");
            ulong checksum = r.ReadUInt64();
            byte[] payload = ReadExactly(r, (int)payloadLength, source);
            if (Checksum(payload) != checksum)
                throw new ModelFormatException(source, "corrupt file (checksum mismatch).");
            var raw = new MemoryStream();
            using (var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress)) brotli.CopyTo(raw);
            raw.Position = 0;
            return (manifest, version, new BinaryReader(raw, Encoding.UTF8));
        }
        catch (EndOfStreamException e)
        {
            throw new ModelFormatException(source, "truncated file.", e);
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException(source, "corrupt payload.", e);
        }
    }

    /// <summary>
    /// Opens a model file for a model's <c>Load(Stream, string)</c>: a missing file is a
    /// <see cref="FileNotFoundException"/>, every format problem a <see cref="ModelFormatException"/> naming it.
    /// </summary>
    public static T LoadFile<T>(string path, Func<Stream, string, T> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Model file not found: {path}", path);
        using var stream = File.OpenRead(path);
        return load(stream, path);
    }

    /// <summary>
    /// Reads a model of kind <paramref name="kind"/>: the container checks, then
    /// <paramref name="readPayload"/> over the manifest and the payload; malformed payload data
    /// becomes a <see cref="ModelFormatException"/> saying which <paramref name="what"/> model is corrupt.
    /// </summary>
    public static T Load<T>(Stream stream, string source, string kind, int readerVersion, string what, Func<ModelManifest, BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (manifestJson, _, r) = Read(stream, source, kind, readerVersion);
        try
        {
            using (r) return readPayload(ModelManifest.FromJson(manifestJson), r);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or ArgumentException or Newtonsoft.Json.JsonException or IndexOutOfRangeException)
        {
            throw new ModelFormatException(source, $"corrupt {what} model ({ex.Message}).", ex);
        }
    }

    /// <summary>A 64-bit multiply-xorshift checksum over 8-byte words: catches truncation and bit rot, not tampering.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 0x9E3779B97F4A7C15UL ^ (ulong)data.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (ulong w in words)
        {
            h = (h ^ w) * 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }
        for (int i = words.Length * 8; i < data.Length; i++)
            h = (h ^ data[i]) * 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    private static byte[] ReadExactly(BinaryReader r, int count, string source)
    {
        byte[] b = r.ReadBytes(count);
        if (b.Length != count) throw new ModelFormatException(source, "truncated file.");
        return b;
    }
}
