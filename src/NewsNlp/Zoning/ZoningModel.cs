using NewsNlp.Models;

namespace NewsNlp.Zoning;

/// <summary>
/// A page-zoning model: two hashed linear classifiers over blocks (lines). The first reads a
/// block's shape, words and neighbours; the second adds the first's decisions around the block
/// (how much prose lies around it, where the headline is), so that a story is found as a run.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Learned classes: furniture (WCXB "boilerplate"), headline
/// (WCXB "title") and body; captions, bylines and datelines are rules on top (<see cref="Zoner"/>).</para>
/// <para>*** Binary format *** (inside the <c>ModelFile</c> container, kind "ZON1", version 1):
/// two weight tables, stage 1 then stage 2, each <c>int32 bits</c>, <c>int32 rows</c>, then per
/// non-zero row its index gap from the previous one (7-bit encoded) and three half-precision
/// weights (furniture, headline, body).</para>
/// </remarks>
public sealed class ZoningModel
{
    internal const string Kind = "ZON1";
    internal const int FormatVersion = 1;

    internal ZoningModel(ModelManifest manifest, ZoneWeights stage1, ZoneWeights stage2)
    {
        if (stage1.Bits != stage2.Bits) throw new InvalidDataException("the two stages' tables differ in size");
        Manifest = manifest;
        Stage1 = stage1;
        Stage2 = stage2;
    }

    /// <summary>The model's metadata (training data, scores, command).</summary>
    public ModelManifest Manifest { get; }

    internal ZoneWeights Stage1 { get; }
    internal ZoneWeights Stage2 { get; }
    internal int Mask => Stage1.Mask;

    /// <summary>
    /// The learned class of each block of <paramref name="page"/> (<see cref="ZoneWeights.Furniture"/>,
    /// <see cref="ZoneWeights.Headline"/> or <see cref="ZoneWeights.Body"/>) and its probability.
    /// </summary>
    internal void Predict(ZonePage page, Span<byte> labels, Span<float> confidence)
    {
        int n = page.Count;
        var p1 = new float[n * 3];
        for (int i = 0; i < n; i++) Stage1.Probabilities(page.LocalFeatures(i), p1.AsSpan(i * 3, 3));
        var sums = new float[n + 1];
        var summary = ZonePage.Summarise(p1, sums);
        Span<int> buffer = stackalloc int[ZoneFeatures.MaxPerBlock];
        Span<float> p = stackalloc float[3];
        for (int i = 0; i < n; i++)
        {
            int k = page.StackedFeatures(i, p1, sums, summary, buffer);
            Stage2.Probabilities(buffer[..k], p);
            int best = p[2] >= p[0] && p[2] >= p[1] ? 2 : p[1] > p[0] ? 1 : 0;
            labels[i] = (byte)best;
            confidence[i] = p[best];
        }
    }

    /// <summary>Loads a model file.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="ModelFormatException">The file is not a valid zoning model; the message names it.</exception>
    public static ZoningModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid zoning model.</exception>
    public static ZoningModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "zoning", (manifest, r) =>
        {
            var stage1 = ZoneWeights.Read(r);
            var stage2 = ZoneWeights.Read(r);
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            return new ZoningModel(manifest, stage1, stage2);
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Manifest.FormatVersion = FormatVersion;
        Manifest.Kind = "zones";
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            Stage1.Write(w);
            Stage2.Write(w);
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }
}
