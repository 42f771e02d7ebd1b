using NewsNlp.Models;

namespace NewsNlp.Zoning;

/// <summary>
/// A page-zoning model: stacked hashed linear classifiers over blocks (lines). The first reads a
/// block's shape, words and neighbours; each next one adds the previous one's decisions around the
/// block (how much prose lies around it, where the headline is), so that a story is found as a run.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Learned classes: furniture (WCXB "boilerplate"), headline
/// (WCXB "title") and body; captions, bylines and datelines are rules on top (<see cref="Zoner"/>).</para>
/// <para>*** Binary format *** (inside the <c>ModelFile</c> container, kind "ZON1", version 1):
/// <c>int32</c> stage count, then one weight table per stage in order, each <c>int32 bits</c>, <c>int32 rows</c>, then per
/// non-zero row its index gap from the previous one (7-bit encoded) and three half-precision
/// weights (furniture, headline, body).</para>
/// </remarks>
public sealed class ZoningModel
{
    internal const string Kind = "ZON1";
    internal const int FormatVersion = 2;

    internal ZoningModel(ModelManifest manifest, ZoneWeights[] stages, ZoneTrees? trees = null)
    {
        if (stages.Length is < 1 or > MaxStages) throw new InvalidDataException($"{stages.Length} stages");
        foreach (var st in stages)
            if (st.Bits != stages[0].Bits) throw new InvalidDataException("the stages' tables differ in size");
        ArgumentNullException.ThrowIfNull(manifest);
        // The model's own copy, stamped with its kind and format: saving never writes into a shared manifest.
        Manifest = manifest with { Kind = "zones", FormatVersion = FormatVersion };
        Stages = stages;
        Trees = trees;
    }

    private const int MaxStages = 8;

    /// <summary>The model's metadata (training data, scores, command).</summary>
    public ModelManifest Manifest { get; }

    /// <summary>Stage 1 reads the blocks; each later stage also reads the decisions of the one before.</summary>
    internal ZoneWeights[] Stages { get; }
    internal int Mask => Stages[0].Mask;

    /// <summary>The tree stage that decides body or not from the last linear stage's decisions, or null.</summary>
    internal ZoneTrees? Trees { get; }

    /// <summary>
    /// The learned class of each block of <paramref name="page"/> (<see cref="ZoneWeights.Furniture"/>,
    /// <see cref="ZoneWeights.Headline"/> or <see cref="ZoneWeights.Body"/>) and its probability.
    /// </summary>
    internal void Predict(ZonePage page, Span<byte> labels, Span<float> confidence)
    {
        int n = page.Count;
        var p = new float[n * 3];
        for (int i = 0; i < n; i++) Stages[0].Probabilities(page.LocalFeatures(i), p.AsSpan(i * 3, 3));
        if (Stages.Length > 1)
        {
            var next = new float[n * 3];
            var sums = new float[n + 1];
            Span<int> buffer = stackalloc int[ZoneFeatures.MaxPerBlock];
            for (int s = 1; s < Stages.Length; s++)
            {
                var summary = ZonePage.Summarise(p, sums);
                for (int i = 0; i < n; i++)
                {
                    int k = page.StackedFeatures(i, p, sums, summary, buffer);
                    Stages[s].Probabilities(buffer[..k], next.AsSpan(i * 3, 3));
                }
                (p, next) = (next, p);
            }
        }
        if (Trees is not null) ApplyTrees(page, p);
        int headline = -1, firstBody = n;
        float headlineP = 0;
        bool anyHeadline = false;
        for (int i = 0; i < n; i++)
        {
            float f = p[i * 3], h = p[i * 3 + 1], b = p[i * 3 + 2];
            int best = b >= f && b >= h ? 2 : h > f ? 1 : 0;
            labels[i] = (byte)best;
            confidence[i] = p[i * 3 + best];
            anyHeadline |= best == ZoneWeights.Headline;
            if (best == ZoneWeights.Body && firstBody == n) firstBody = i;
            if (i < firstBody && h > headlineP) { headline = i; headlineP = h; }
        }
        // A story has a headline: when no block wins it outright, the likeliest one above the story does,
        // unless even that one is unlikely (a page without its headline in the text).
        if (!anyHeadline && headline >= 0 && headlineP >= MinHeadline && labels[headline] != ZoneWeights.Body)
        {
            labels[headline] = ZoneWeights.Headline;
            confidence[headline] = headlineP;
        }
    }

    /// <summary>
    /// The tree stage's say on body: a block it scores as body becomes body (its probability the
    /// trees' logistic score), one the linear stages called body and it does not becomes the likelier
    /// of furniture and headline.
    /// </summary>
    private void ApplyTrees(ZonePage page, float[] p)
    {
        int n = page.Count;
        var sums = new float[n + 1];
        var summary = ZonePage.Summarise(p, sums);
        var facts = new ZoneDense.PageFacts(page, p);
        Span<float> x = stackalloc float[ZoneDense.Count];
        var body = new float[n];
        for (int i = 0; i < n; i++)
        {
            ZoneDense.Write(page, p, sums, summary, facts, i, x);
            body[i] = 1 / (1 + MathF.Exp(-(Trees!.Score(x) - Trees.Threshold)));
        }
        Smooth(body, SwitchPenalty);
        for (int i = 0; i < n; i++)
        {
            float rest = p[i * 3] + p[i * 3 + 1];
            float b = body[i];
            // Keep furniture against headline as the linear stages had it; body is the trees' call.
            p[i * 3] = rest > 0 ? p[i * 3] / rest * (1 - b) : (1 - b) / 2;
            p[i * 3 + 1] = rest > 0 ? p[i * 3 + 1] / rest * (1 - b) : (1 - b) / 2;
            p[i * 3 + 2] = b;
        }
    }

    /// <summary>Log-probability cost of a switch between body and not body (tuned on held-out dev pages: 0, 0.5, 1, 2, 3).</summary>
    internal const float SwitchPenalty = 1f;

    /// <summary>
    /// Two-state Viterbi over body / not body with a log-probability cost per switch: a lone block
    /// that disagrees with both neighbours flips unless it is sure. A flipped block's probability
    /// moves to the other side of one half.
    /// </summary>
    internal static void Smooth(float[] body, float penalty)
    {
        int n = body.Length;
        if (penalty <= 0 || n < 2) return;
        var back = new byte[n * 2];
        float inBody = MathF.Log(Math.Max(body[0], 1e-6f)), outBody = MathF.Log(Math.Max(1 - body[0], 1e-6f));
        for (int i = 1; i < n; i++)
        {
            float b = MathF.Log(Math.Max(body[i], 1e-6f)), o = MathF.Log(Math.Max(1 - body[i], 1e-6f));
            float bb = inBody, ob = outBody - penalty;
            float oo = outBody, bo = inBody - penalty;
            back[i * 2 + 1] = (byte)(bb >= ob ? 1 : 0);
            back[i * 2] = (byte)(oo >= bo ? 0 : 1);
            float nb = Math.Max(bb, ob) + b, no = Math.Max(oo, bo) + o;
            inBody = nb;
            outBody = no;
        }
        int state = inBody >= outBody ? 1 : 0;
        for (int i = n - 1; i >= 0; i--)
        {
            bool isBody = body[i] >= 0.5f;
            if ((state == 1) != isBody) body[i] = state == 1 ? 0.5f + body[i] / 2 : body[i] / 2;
            if (i > 0) state = back[i * 2 + state];
        }
    }

    /// <summary>Least headline probability for the likeliest block to be taken as the headline (tuned on held-out dev pages).</summary>
    internal const float MinHeadline = 0.03f;

    /// <summary>The same model (weights shared) under other metadata: how a trainer records the scores it measured on it.</summary>
    public ZoningModel WithManifest(ModelManifest manifest) => new(manifest, Stages, Trees);

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
            int count = r.ReadInt32();
            if (count is < 1 or > MaxStages) throw new InvalidDataException($"{count} stages");
            var stages = new ZoneWeights[count];
            for (int s = 0; s < count; s++) stages[s] = ZoneWeights.Read(r);
            // Version 2 adds a flag and, when set, the tree stage; a version 1 file ends here.
            int flag = r.BaseStream.ReadByte();
            var trees = flag switch { -1 => null, 0 => null, 1 => ZoneTrees.Read(r), _ => throw new InvalidDataException("tree flag") };
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            return new ZoningModel(manifest, stages, trees);
        });
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            w.Write(Stages.Length);
            foreach (var stage in Stages) stage.Write(w);
            w.Write((byte)(Trees is null ? 0 : 1));
            Trees?.Write(w);
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
