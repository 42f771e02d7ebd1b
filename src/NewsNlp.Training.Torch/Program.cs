using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using NewsNlp.Accurate.Encoding;
using NewsNlp.Accurate.Onnx;
using NewsNlp.Training.Corpora;
using NewsNlp.Training.Syntax;
using NewsNlp.Training.Torch;
using TorchSharp;
using static TorchSharp.torch;

// Training-only tool for the accurate tier. Commands:
//   check                       the TorchSharp encoder against ONNX Runtime on the pre-trained weights
//   train --data DIR --work DIR [--epochs N] [--max-steps N] [--threads N] [--seed N]
//   export --data DIR --work DIR --out DIR    the checkpoint as a model file (encoder in float16)
// DIR (data) holds conll2003/eng.{train,testa}, ontonotes5/onto.{train,development}.ner (with their
// .docs.tsv) and ud_english_ewt/en_ewt-ud-{train,dev}.conllu; --work keeps the log and checkpoints.
var options = ParseOptions(args.Skip(1).ToArray());
string command = args.Length > 0 ? args[0] : "help";
int threads = int.Parse(options.GetValueOrDefault("threads", "2"), CultureInfo.InvariantCulture);
torch.set_num_threads(threads);
switch (command)
{
    case "check":
        return Check();
    case "train":
        return Train();
    case "export":
        return Export();
    case "quantize-check":
        return QuantizeCheck();
    case "compare":
        return Compare();
    default:
        Console.Error.WriteLine("usage: NewsNlp.Training.Torch check | train --data DIR --work DIR [--epochs N] [--max-steps N] [--threads N] [--seed N]");
        return 2;
}

int Check()
{
    var onnx = BaseEncoder.Onnx();
    var vocab = BaseEncoder.Vocabulary();
    var pieces = WordPieceEncoder.Load(new MemoryStream(vocab), "vocab.txt");
    var (ids, _) = pieces.Encode("Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi on Monday .".Split(' '));
    var model = new MiniLm(30522, 0.0);
    model.LoadFrom(onnx);
    model.eval();
    using var idTensor = tensor(ids.Select(i => (long)i).ToArray(), new long[] { 1, ids.Length });
    using var mask = ones_like(idTensor);
    float[] fromTorch;
    using (no_grad())
        fromTorch = model.forward(idTensor, mask).data<float>().ToArray();
    using var session = new InferenceSession(onnx.Bytes.ToArray());
    var dims = new[] { 1, ids.Length };
    var inputs = new List<NamedOnnxValue>
    {
        NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids.Select(i => (long)i).ToArray(), dims)),
        NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), dims)),
        NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], dims)),
    };
    using var results = session.Run(inputs);
    var fromOrt = results.First().AsEnumerable<float>().ToArray();
    double maxDiff = fromTorch.Zip(fromOrt, (a, b) => Math.Abs(a - b)).Max();
    Console.WriteLine($"outputs: {string.Join(", ", session.OutputMetadata.Keys)}; {fromTorch.Length} values; max |torch - ort| = {maxDiff:G3}");
    // Round trip: the weights written back into the graph give the same outputs.
    var rewritten = OnnxModelFile.Parse(model.WriteInto(onnx, OnnxModelFile.Float16), "rewritten");
    using var session2 = new InferenceSession(rewritten.WidenHalfFloats());
    using var results2 = session2.Run(inputs);
    double halfDiff = fromTorch.Zip(results2.First().AsEnumerable<float>(), (a, b) => Math.Abs(a - b)).Max();
    Console.WriteLine($"written back as float16 and widened: max |torch - ort| = {halfDiff:G3}");
    return maxDiff < 1e-3 ? 0 : 1;
}

// The int8 graph against the float32 one: agreement of the hidden states and speed on one thread.
int QuantizeCheck()
{
    var onnx = BaseEncoder.Onnx();
    var (quantized, count) = OnnxQuantizer.Quantize(onnx);
    Console.WriteLine($"{count} products quantized; {onnx.Bytes.Length / 1e6:F1} MB -> {quantized.Length / 1e6:F1} MB");
    var pieces = WordPieceEncoder.Load(new MemoryStream(BaseEncoder.Vocabulary()), "vocab.txt");
    var sentences = new[]
    {
        "Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday .",
        "The United States has accused Pyongyang of providing Russia with artillery shells .",
        "Shares in the company rose 4 % after it reported better-than-expected quarterly profits .",
    };
    using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
    using var full = new InferenceSession(onnx.Bytes.ToArray(), options);
    using var optimizedOptions = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, OptimizedModelFilePath = Path.Combine(Path.GetTempPath(), "newsnlp-int8-optimized.onnx") };
    using var small = new InferenceSession(quantized, optimizedOptions);
    double worstCosine = 1;
    foreach (var sentence in sentences)
    {
        var (ids, _) = pieces.Encode(sentence.Split(' '));
        var a = Hidden(full, ids);
        var b = Hidden(small, ids);
        for (int p = 0; p < ids.Length; p++)
        {
            double dot = 0, na = 0, nb = 0;
            for (int k = 0; k < 384; k++)
            {
                dot += a[p * 384 + k] * b[p * 384 + k];
                na += a[p * 384 + k] * a[p * 384 + k];
                nb += b[p * 384 + k] * b[p * 384 + k];
            }
            worstCosine = Math.Min(worstCosine, dot / Math.Sqrt(na * nb));
        }
    }
    Console.WriteLine($"worst cosine between float32 and int8 piece vectors: {worstCosine:F4}");
    var batchIds = Enumerable.Range(0, 32 * 40).Select(i => 1000 + i * 7 % 20000).ToArray();
    foreach (var (name, session) in new[] { ("float32", full), ("int8", small) })
    {
        Hidden(session, batchIds, 32);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int runs = 0;
        while (clock.Elapsed.TotalSeconds < 4) { Hidden(session, batchIds, 32); runs++; }
        Console.WriteLine($"{name}: {runs * batchIds.Length / clock.Elapsed.TotalSeconds:F0} pieces/s on one thread (batches of 32 x 40)");
    }
    return 0;
}

static float[] Hidden(InferenceSession session, int[] ids, int batch = 1)
{
    var dims = new[] { batch, ids.Length / batch };
    var inputs = new List<NamedOnnxValue>
    {
        NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids.Select(i => (long)i).ToArray(), dims)),
        NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), dims)),
        NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], dims)),
    };
    using var results = session.Run(inputs);
    return results.First().AsEnumerable<float>().ToArray();
}

int Train()
{
    string data = options["data"], work = options["work"];
    Directory.CreateDirectory(work);
    var trainerOptions = new TrainerOptions
    {
        Epochs = int.Parse(options.GetValueOrDefault("epochs", "3"), CultureInfo.InvariantCulture),
        MaxSteps = int.Parse(options.GetValueOrDefault("max-steps", "0"), CultureInfo.InvariantCulture),
        Seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture),
        Threads = threads,
    };
    torch.manual_seed(trainerOptions.Seed);
    using var log = new StreamWriter(Path.Combine(work, "train.log"), append: true);
    log.WriteLine($"# {DateTime.UtcNow:u} NewsNlp.Training.Torch {string.Join(' ', args)}");
    var (taskData, onto, conll, ewt) = ReadTraining(data);
    var pieces = WordPieceEncoder.Load(new MemoryStream(BaseEncoder.Vocabulary()), "vocab.txt");
    var train = new List<List<EncodedSentence>>
    {
        taskData.EncodeNer(pieces, onto, TrainingTask.OntoNer),
        taskData.EncodeNer(pieces, conll, TrainingTask.ConllNer),
        taskData.EncodeSyntax(pieces, ewt),
    };
    log.WriteLine($"# sentences: onto {train[0].Count}, conll {train[1].Count}, ewt {train[2].Count}; labels: onto {taskData.OntoTags.Count}, conll {taskData.ConllTags.Count}, upos {taskData.Upos.Count}, xpos {taskData.Xpos.Count}, deprel {taskData.Relations.Count}");
    var devOnto = taskData.EncodeNer(pieces, TaggedCorpus.Read(Path.Combine(data, "ontonotes5", "onto.development.ner")), TrainingTask.OntoNer).Take(2000).ToList();
    var devConll = taskData.EncodeNer(pieces, TaggedCorpus.Read(Path.Combine(data, "conll2003", "eng.testa")), TrainingTask.ConllNer);
    var devEwt = taskData.EncodeSyntax(pieces, ConlluCorpus.Read(Path.Combine(data, "ud_english_ewt", "en_ewt-ud-dev.conllu")));

    var encoder = new MiniLm(30522, 0.1);
    encoder.LoadFrom(BaseEncoder.Onnx());
    var heads = new TaskHeads(taskData, 0.1);
    var scorer = new DevScorer(encoder, heads, taskData, pieces.Pad);
    var trainer = new Trainer(encoder, heads, taskData, trainerOptions, work, log);
    var progress = trainer.Run(train, () => scorer.Score(devOnto, devConll, devEwt), pieces.Pad);
    Console.WriteLine($"epoch {progress.Epoch}, step {progress.Step}, finished: {progress.Finished}; log in {Path.Combine(work, "train.log")}");
    return 0;
}

(TaskData Data, List<TaggedDocument> Onto, List<TaggedDocument> Conll, List<ConlluSentence> Ewt) ReadTraining(string data)
{
    var onto = TaggedCorpus.Read(Path.Combine(data, "ontonotes5", "onto.train.ner"));
    var conll = TaggedCorpus.Read(Path.Combine(data, "conll2003", "eng.train"));
    var ewt = ConlluCorpus.Read(Path.Combine(data, "ud_english_ewt", "en_ewt-ud-train.conllu"));
    return (TaskData.FromTraining(onto, conll, ewt), onto, conll, ewt);
}

int Export()
{
    string data = options["data"], work = options["work"], output = options["out"];
    var (taskData, _, _, _) = ReadTraining(data);
    var onnx = BaseEncoder.Onnx();
    var encoder = new MiniLm(30522, 0.0);
    var heads = new TaskHeads(taskData, 0.0);
    string checkpoint = Path.Combine(work, "checkpoint");
    encoder.load(Path.Combine(checkpoint, "encoder.bin"));
    heads.load(Path.Combine(checkpoint, "heads.bin"));
    var progress = File.ReadAllText(Path.Combine(checkpoint, "progress.json"));
    // The manifest keeps the command that trained the checkpoint (the log's first line) and this one.
    var log = File.ReadAllLines(Path.Combine(work, "train.log"));
    string trainCommand = log
        .Where(l => l.StartsWith("# ", StringComparison.Ordinal) && l.Contains(" train ", StringComparison.Ordinal))
        .Select(l => l[(l.IndexOf(" train ", StringComparison.Ordinal) + 1)..]).FirstOrDefault() ?? "train (command not logged)";
    var model = ModelExport.Build(encoder, heads, taskData, onnx, BaseEncoder.Vocabulary(), progress, trainCommand, string.Join(' ', args),
        LastDevScores(log));
    Directory.CreateDirectory(output);
    using (var file = File.Create(Path.Combine(output, "model.nnlp")))
        ModelExport.Save(model, file);
    File.WriteAllText(Path.Combine(output, "manifest.json"), model.Manifest.ToJson() + "\n");
    Console.WriteLine($"wrote {Path.Combine(output, "model.nnlp")} ({new FileInfo(Path.Combine(output, "model.nnlp")).Length / 1e6:F1} MB)");
    return 0;
}

// The dev scores of the log's last finished epoch ("epoch 3 done in 5.0 min; dev onto F1 73.06, conll F1 91.46, ...")
// as manifest scores ("dev.onto-f1": 73.06, ...); none when no epoch finished.
static IEnumerable<(string Name, double Value)> LastDevScores(IEnumerable<string> log)
{
    string? last = log.LastOrDefault(l => l.Contains(" done in ", StringComparison.Ordinal) && l.Contains("; dev ", StringComparison.Ordinal));
    if (last is null) yield break;
    foreach (string part in last[(last.IndexOf("; dev ", StringComparison.Ordinal) + 6)..].Split(", "))
    {
        int space = part.LastIndexOf(' ');
        if (space > 0 && double.TryParse(part[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            yield return ("dev." + part[..space].Replace(' ', '-').ToLowerInvariant(), value);
    }
}

// The exported file's run-time heads against the checkpoint's TorchSharp ones on dev sentences.
int Compare()
{
    string data = options["data"], work = options["work"], modelPath = options["model"];
    int count = int.Parse(options.GetValueOrDefault("sentences", "200"), CultureInfo.InvariantCulture);
    var (taskData, _, _, _) = ReadTraining(data);
    var encoder = new MiniLm(30522, 0.0);
    var heads = new TaskHeads(taskData, 0.0);
    encoder.load(Path.Combine(work, "checkpoint", "encoder.bin"));
    heads.load(Path.Combine(work, "checkpoint", "heads.bin"));
    var pieces = WordPieceEncoder.Load(new MemoryStream(BaseEncoder.Vocabulary()), "vocab.txt");
    var ewt = ConlluCorpus.Read(Path.Combine(data, "ud_english_ewt", "en_ewt-ud-dev.conllu")).Where(ConlluCorpus.HasTree)
        .Where(s => pieces.Encode(s.Forms).Ids.Length <= TaskData.MaxPieces).Take(count).ToList();
    var onto = TaggedCorpus.Read(Path.Combine(data, "ontonotes5", "onto.development.ner")).SelectMany(d => d.Sentences)
        .Where(s => s.Words.Length > 0 && pieces.Encode(s.Words).Ids.Length <= TaskData.MaxPieces).Take(count).ToList();
    var syntax = taskData.EncodeSyntax(pieces, ewt);
    var ner = taskData.EncodeNer(pieces, [new TaggedDocument(onto)], TrainingTask.OntoNer);
    using var runtime = NewsNlp.Accurate.TransformerEncoder.Create(NewsNlp.Accurate.TransformerModel.Load(modelPath));
    Console.WriteLine(Equivalence.Compare(encoder, heads, runtime, syntax, ner, ewt.Select(s => s.Forms.ToArray()).ToList(), onto.Select(s => s.Words).ToList(), pieces.Pad));
    return 0;
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"expected --option value, found '{args[i]}'");
        result[args[i][2..]] = args[i + 1];
    }
    return result;
}
