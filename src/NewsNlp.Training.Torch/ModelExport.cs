using NewsNlp.Accurate;
using NewsNlp.Accurate.Onnx;
using NewsNlp.Models;

namespace NewsNlp.Training.Torch;

/// <summary>Turns a training checkpoint into the run-time model file.</summary>
internal static class ModelExport
{
    public static TransformerModel Build(MiniLm encoder, TaskHeads heads, TaskData data, OnnxModelFile baseOnnx,
        byte[] vocabulary, string progress, string trainCommand, string exportCommand, IEnumerable<(string Name, double Value)> devScores)
    {
        var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["onto"] = data.OntoTags.Labels,
            ["conll"] = data.ConllTags.Labels,
            ["upos"] = data.Upos.Labels,
            ["xpos"] = data.Xpos.Labels,
            ["deprel"] = data.Relations.Labels,
        };
        var tensors = new Dictionary<string, HeadTensor>(StringComparer.Ordinal);
        foreach (var (name, value) in heads.Export())
        {
            var t = value.detach().contiguous();
            tensors[name] = new HeadTensor(t.shape.Select(d => (int)d).ToArray(), t.data<float>().ToArray());
        }
        byte[] graph = encoder.WriteInto(baseOnnx, OnnxModelFile.Float16);
        var manifest = new ModelManifest
        {
            Name = "en-trf",
            TrainingData = "fine-tuned from all-MiniLM-L6-v2 (Apache-2.0) on onto.train.ner (OntoNotes 5, 18 types), " +
                           "eng.train (CoNLL-2003) and en_ewt-ud-train.conllu (UD English EWT), one shared encoder; " +
                           "dev: onto.development.ner (first 2,000 sentences), eng.testa, en_ewt-ud-dev.conllu",
            TrainingCommand = "dotnet run -c Release --project src/NewsNlp.Training.Torch -- " + trainCommand,
            FeatureSet = "MiniLM-L6 (6 layers, 384 wide) first-piece vectors + casing embedding (32); linear tag heads; " +
                         $"biaffine arcs ({TaskHeads.ArcWidth}) and labels ({TaskHeads.LabelWidth})",
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }.WithTraining("checkpoint", progress)
         .WithTraining("export", "dotnet run -c Release --project src/NewsNlp.Training.Torch -- " + exportCommand);
        foreach (var (name, value) in devScores) manifest = manifest.WithScore(name, value);
        return TransformerModel.Create(manifest, labels, vocabulary, graph, tensors);
    }

    public static void Save(TransformerModel model, Stream output) => model.Save(output);
}
