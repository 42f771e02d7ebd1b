using NewsNlp.Learning;
using NewsNlp.Models;

namespace NewsNlp.Syntax;

/// <summary>
/// A trained syntax model: part-of-speech tagger, lemmatizer and (optionally) dependency parser,
/// with the word clusters their features use and a manifest. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// *** Binary format *** (inside the <c>ModelFile</c> container, kind "SYN1", version 1):
/// <code>
/// clusters (as in the recognizer model, without vectors)
/// tagger: int32 T; T × (string upos, string xpos); weights (FeatureWeights table);
///         int32 n; n × (string form, byte tag)                     — tag dictionary
///         int32 n; n × (string lower-case form, int32 class)        — ambiguity classes
/// lemmatizer: int32 n; n × (string key, string lemma);              — exceptions
///             int32 n; n × (string key, int16 strip, string append); — suffix rules
///             int32 n; n × string                                    — lower-case tags
/// parser: byte present; int32 L; L × string label; weights (FeatureWeights table)
/// </code>
/// </remarks>
public sealed class SyntaxModel
{
    internal const string Kind = "SYN1";
    internal const int FormatVersion = 1;

    internal SyntaxModel(ModelManifest manifest, WordClusters clusters, PosTagger tagger, Lemmatizer lemmatizer, DependencyParser? parser)
    {
        // A copy that names the file's kind and version: the caller's manifest is never written to,
        // and a model shared by many pipelines never changes its metadata (Save writes it as it is).
        Manifest = manifest with { Kind = "syntax", FormatVersion = FormatVersion };
        Clusters = clusters;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    /// <summary>The model's manifest.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>This model under other metadata (the weights are shared, not copied): how a trainer records scores measured on the built model.</summary>
    public SyntaxModel WithManifest(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(manifest, Clusters, Tagger, Lemmatizer, Parser);
    }

    /// <summary>True when the model has a dependency parser (a tagger-only model leaves heads at -1).</summary>
    public bool HasParser => Parser is not null;

    /// <summary>Universal POS tags the tagger predicts, with their Penn Treebank tags (same order).</summary>
    public IReadOnlyList<(string Upos, string Xpos)> Tags => Tagger.Upos.Zip(Tagger.Xpos).ToArray();

    /// <summary>Dependency relation labels of the parser (empty without one).</summary>
    public IReadOnlyList<string> Relations => Parser?.Labels ?? [];

    internal WordClusters Clusters { get; }

    internal PosTagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser? Parser { get; }

    /// <summary>Returns this model with <paramref name="parser"/> in place of its parser.</summary>
    internal SyntaxModel WithParser(DependencyParser? parser, ModelManifest manifest) => new(manifest, Clusters, Tagger, Lemmatizer, parser);

    /// <summary>Loads a model file.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid syntax model; the message names it.</exception>
    public static SyntaxModel Load(string path) => ModelFile.LoadFile(path, Load);

    /// <summary>Loads a model from a stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The data is not a valid syntax model.</exception>
    public static SyntaxModel Load(Stream stream, string sourceName = "model stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ModelFile.Load(stream, sourceName, Kind, FormatVersion, "syntax", (manifest, r) =>
        {
            var clusters = WordClusters.Read(r);

            int t = r.ReadInt32();
            if (t is < 1 or > 255) throw new InvalidDataException("tag count");
            var upos = new string[t];
            var xpos = new string[t];
            for (int i = 0; i < t; i++) { upos[i] = r.ReadString(); xpos[i] = r.ReadString(); }
            var tagWeights = FeatureWeights.Read(r, t);
            var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
            int n = Count(r);
            for (int i = 0; i < n; i++) dictionary[r.ReadString()] = r.ReadByte();
            var ambiguity = new Dictionary<string, int>(StringComparer.Ordinal);
            n = Count(r);
            for (int i = 0; i < n; i++) ambiguity[r.ReadString()] = r.ReadInt32();
            var tagger = new PosTagger(upos, xpos, tagWeights, dictionary, ambiguity);

            var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
            n = Count(r);
            for (int i = 0; i < n; i++) exceptions[r.ReadString()] = r.ReadString();
            var rules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
            n = Count(r);
            for (int i = 0; i < n; i++) rules[r.ReadString()] = new LemmaRule(r.ReadInt16(), r.ReadString());
            var lower = new HashSet<string>(StringComparer.Ordinal);
            n = Count(r);
            for (int i = 0; i < n; i++) lower.Add(r.ReadString());
            var lemmatizer = new Lemmatizer(exceptions, rules, lower);

            DependencyParser? parser = null;
            if (r.ReadByte() == 1)
            {
                int l = r.ReadInt32();
                if (l is < 1 or > 127) throw new InvalidDataException("relation count");
                var labels = new string[l];
                for (int i = 0; i < l; i++) labels[i] = r.ReadString();
                parser = new DependencyParser(labels, FeatureWeights.Read(r, ArcHybridState.ActionCount(l)));
            }
            if (r.BaseStream.ReadByte() != -1) throw new InvalidDataException("trailing data");
            return new SyntaxModel(manifest, clusters, tagger, lemmatizer, parser);
        });
    }

    private static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        return n is < 0 or > 1 << 24 ? throw new InvalidDataException("entry count") : n;
    }

    /// <summary>Writes the model; saving a loaded model reproduces its file byte for byte.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile.Write(stream, Kind, FormatVersion, FormatVersion, Manifest.ToJson(), w =>
        {
            Clusters.Write(w);
            w.Write(Tagger.TagCount);
            for (int i = 0; i < Tagger.TagCount; i++) { w.Write(Tagger.Upos[i]); w.Write(Tagger.Xpos[i]); }
            Tagger.Weights.Write(w);
            w.Write(Tagger.TagDictionary.Count);
            foreach (var (form, tag) in Tagger.TagDictionary.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(form); w.Write((byte)tag); }
            w.Write(Tagger.Ambiguity.Count);
            foreach (var (form, id) in Tagger.Ambiguity.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(form); w.Write(id); }
            w.Write(Lemmatizer.Exceptions.Count);
            foreach (var (key, lemma) in Lemmatizer.Exceptions.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write(lemma); }
            w.Write(Lemmatizer.Rules.Count);
            foreach (var (key, rule) in Lemmatizer.Rules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(key); w.Write((short)rule.Strip); w.Write(rule.Append); }
            w.Write(Lemmatizer.LowerCase.Count);
            foreach (var tag in Lemmatizer.LowerCase.Order(StringComparer.Ordinal)) w.Write(tag);
            w.Write((byte)(Parser is null ? 0 : 1));
            if (Parser is not null)
            {
                w.Write(Parser.Labels.Length);
                foreach (var l in Parser.Labels) w.Write(l);
                Parser.Weights.Write(w);
            }
        });
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
