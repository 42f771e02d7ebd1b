using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsNlp.Training.Torch;

/// <summary>Settings of one fine-tuning run; all of them are written to the log and the manifest.</summary>
internal sealed record TrainerOptions
{
    public int Epochs { get; init; } = 3;
    public int BatchSize { get; init; } = 32;
    public double EncoderRate { get; init; } = 1e-4;
    public double HeadRate { get; init; } = 1e-3;
    public double WarmupFraction { get; init; } = 0.05;
    public double Dropout { get; init; } = 0.1;
    public int Seed { get; init; } = 1;
    public int Threads { get; init; } = 2;
    public int CheckpointEvery { get; init; } = 200;
    /// <summary>Stop after this many batches (0: no limit), to time a run.</summary>
    public int MaxSteps { get; init; }
}

/// <summary>Where a run stands; saved with every checkpoint so a later session resumes it.</summary>
internal sealed record TrainerProgress(int Epoch, int BatchInEpoch, int Step, bool Finished);

/// <summary>
/// Multi-task fine-tuning: the encoder and the heads, AdamW with linear warm-up and decay, a
/// checkpoint every few hundred batches (model, optimizer, progress) and dev scores after each epoch.
/// Deterministic for one seed and thread count; a resumed run sees the same batches in the same
/// order (an epoch's order depends on the seed and the epoch only), though not the same dropout masks.
/// </summary>
internal sealed class Trainer
{
    private readonly MiniLm _encoder;
    private readonly TaskHeads _heads;
    private readonly TaskData _data;
    private readonly TrainerOptions _options;
    private readonly string _work;
    private readonly TextWriter _log;

    public Trainer(MiniLm encoder, TaskHeads heads, TaskData data, TrainerOptions options, string work, TextWriter log)
    {
        _encoder = encoder;
        _heads = heads;
        _data = data;
        _options = options;
        _work = work;
        _log = log;
    }

    private string CheckpointDir => Path.Combine(_work, "checkpoint");

    public TrainerProgress Run(IReadOnlyList<List<EncodedSentence>> train, Func<Dictionary<string, double>> evaluate, int pad)
    {
        int batchesPerEpoch = Batch.Plan(train, _options.BatchSize, _options.Seed).Count;
        int totalSteps = batchesPerEpoch * _options.Epochs;
        int warmup = (int)(totalSteps * _options.WarmupFraction);
        var optimizer = torch.optim.AdamW(new[]
        {
            new TorchSharp.Modules.AdamW.ParamGroup(_encoder.parameters(), new TorchSharp.Modules.AdamW.Options { LearningRate = _options.EncoderRate }),
            new TorchSharp.Modules.AdamW.ParamGroup(_heads.parameters(), new TorchSharp.Modules.AdamW.Options { LearningRate = _options.HeadRate }),
        }, weight_decay: 0.01);
        var progress = new TrainerProgress(0, 0, 0, false);
        string progressFile = Path.Combine(CheckpointDir, "progress.json");
        if (File.Exists(progressFile))
        {
            progress = JsonConvert.DeserializeObject<TrainerProgress>(File.ReadAllText(progressFile))!;
            _encoder.load(Path.Combine(CheckpointDir, "encoder.bin"));
            _heads.load(Path.Combine(CheckpointDir, "heads.bin"));
            optimizer.load_state_dict(Path.Combine(CheckpointDir, "optimizer.bin"));
            Log($"resumed at epoch {progress.Epoch + 1}, batch {progress.BatchInEpoch}, step {progress.Step}");
            if (progress.Finished)
                return progress;
        }
        Log($"{batchesPerEpoch} batches per epoch, {totalSteps} steps, warm-up {warmup}; options {JsonConvert.SerializeObject(_options)}");

        int step = progress.Step;
        for (int epoch = progress.Epoch; epoch < _options.Epochs; epoch++)
        {
            var plan = Batch.Plan(train, _options.BatchSize, _options.Seed * 1000 + epoch);
            int startBatch = epoch == progress.Epoch ? progress.BatchInEpoch : 0;
            var clock = Stopwatch.StartNew();
            double lossSum = 0;
            int lossCount = 0, sentences = 0, pieces = 0;
            _encoder.train();
            _heads.train();
            for (int i = startBatch; i < plan.Count; i++)
            {
                double rate = step < warmup ? (step + 1.0) / warmup : Math.Max(0.0, (totalSteps - step) / (double)(totalSteps - warmup));
                var groups = optimizer.ParamGroups.ToArray();
                groups[0].LearningRate = _options.EncoderRate * rate;
                groups[1].LearningRate = _options.HeadRate * rate;
                using (var scope = NewDisposeScope())
                {
                    using var batch = Batch.Collate(plan[i], pad);
                    optimizer.zero_grad();
                    var loss = Loss(batch);
                    loss.backward();
                    torch.nn.utils.clip_grad_norm_(_encoder.parameters().Concat(_heads.parameters()), 5.0);
                    optimizer.step();
                    lossSum += loss.item<float>();
                    lossCount++;
                    sentences += batch.Sentences;
                    pieces += (int)batch.Mask.sum().item<long>();
                }
                step++;
                if (step % 50 == 0)
                {
                    Log($"epoch {epoch + 1} batch {i + 1}/{plan.Count} step {step} loss {lossSum / lossCount:F4} " +
                        $"{sentences / clock.Elapsed.TotalSeconds:F1} sent/s {pieces / clock.Elapsed.TotalSeconds:F0} pieces/s");
                    lossSum = 0;
                    lossCount = 0;
                }
                bool last = i + 1 == plan.Count;
                if (step % _options.CheckpointEvery == 0 && !last)
                    Save(optimizer, new TrainerProgress(epoch, i + 1, step, false));
                if (_options.MaxSteps > 0 && step >= _options.MaxSteps)
                {
                    Log($"stopped after {step} steps ({clock.Elapsed.TotalSeconds:F0} s this epoch)");
                    Save(optimizer, new TrainerProgress(epoch, i + 1, step, false));
                    return new TrainerProgress(epoch, i + 1, step, false);
                }
            }
            var scores = evaluate();
            Log($"epoch {epoch + 1} done in {clock.Elapsed.TotalMinutes:F1} min; dev " +
                string.Join(", ", scores.Select(kv => $"{kv.Key} {kv.Value.ToString("F2", CultureInfo.InvariantCulture)}")));
            Save(optimizer, new TrainerProgress(epoch + 1, 0, step, epoch + 1 == _options.Epochs));
        }
        return new TrainerProgress(_options.Epochs, 0, step, true);
    }

    /// <summary>The summed loss of the batch's task(s).</summary>
    public Tensor Loss(Batch batch)
    {
        var hidden = _encoder.forward(batch.Ids, batch.Mask);
        var nodes = _heads.Words(hidden, batch.FirstPiece, batch.Casing);
        Tensor Flat(Tensor scores, Tensor gold)
            => torch.nn.functional.cross_entropy(scores.reshape(-1, scores.shape[^1]), gold.reshape(-1), ignore_index: Batch.Ignore);
        switch (batch.Task)
        {
            case TrainingTask.OntoNer:
                return Flat(_heads.OntoScores(nodes), batch.Tags);
            case TrainingTask.ConllNer:
                return Flat(_heads.ConllScores(nodes), batch.Tags);
            default:
                var arcs = _heads.ArcScores(nodes).masked_fill(batch.NodeMask.logical_not().unsqueeze(1), -1e9f);
                var labels = _heads.LabelScores(nodes, batch.HeadsForLabels);
                return Flat(_heads.UposScores(nodes), batch.Tags) + Flat(_heads.XposScores(nodes), batch.Xpos)
                       + Flat(arcs, batch.Heads) + Flat(labels, batch.Relations);
        }
    }

    private void Save(TorchSharp.Modules.OptimizerHelper optimizer, TrainerProgress progress)
    {
        Directory.CreateDirectory(CheckpointDir);
        // Written next to the old files and renamed, so a run killed mid-save resumes from the last good one.
        string tmp = CheckpointDir + ".tmp";
        Directory.CreateDirectory(tmp);
        _encoder.save(Path.Combine(tmp, "encoder.bin"));
        _heads.save(Path.Combine(tmp, "heads.bin"));
        optimizer.save_state_dict(Path.Combine(tmp, "optimizer.bin"));
        File.WriteAllText(Path.Combine(tmp, "progress.json"), JsonConvert.SerializeObject(progress));
        string old = CheckpointDir + ".old";
        if (Directory.Exists(old))
            Directory.Delete(old, true);
        Directory.Move(CheckpointDir, old);
        Directory.Move(tmp, CheckpointDir);
        Directory.Delete(old, true);
    }

    private void Log(string line)
    {
        _log.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} {line}");
        _log.Flush();
    }
}
