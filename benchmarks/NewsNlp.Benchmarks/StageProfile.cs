using System.Diagnostics;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Sentences;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// A quick breakdown of where the recognizer spends its time (not a BenchmarkDotNet benchmark):
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --profile</c>.
/// </summary>
internal static class StageProfile
{
    /// <summary>
    /// <c>--stages</c>: milliseconds per stage of the default pipeline over 40 article-sized
    /// documents (each stage timed on documents that went through the stages before it).
    /// <c>--stages-accurate</c>: the same for the accurate pipeline (models/en-trf, one ONNX Runtime thread);
    /// <c>--stages-accurate --float32</c> with the float32 encoder instead of the int8 default (faster on
    /// CPUs without int8 dot-product instructions).
    /// </summary>
    public static void RunStages(string? file = null, bool accurate = false, bool int8 = true)
    {
        var published = new DateTimeOffset(2024, 6, 17, 0, 0, 0, TimeSpan.Zero);
        var articles = file is null ? BenchCorpus.Articles(40) : [File.ReadAllText(file)];
        var stages = !accurate ? NewsPipeline.CreateDefault().Stages
            : int8 ? NewsNlp.Accurate.AccuratePipeline.Create().Stages
            : NewsNlp.Accurate.AccuratePipeline.Create(NewsNlp.Accurate.TransformerEncoder.Create(NewsNlp.Accurate.AccurateModels.English, new NewsNlp.Accurate.TransformerEncoderOptions { Int8 = false })).Stages;
        int tokens = BenchCorpus.TokenCount(articles);
        // Three warm-up rounds let tiered compilation finish; then each stage's fastest of five
        // measured rounds is reported (a shared VM's neighbours only ever add time). The accurate
        // pipeline spends its time in ONNX Runtime's native code: one warm-up and one measured round.
        int warmUp = accurate ? 1 : 3, measured = accurate ? 1 : 5;
        var best = new double[stages.Count];
        Array.Fill(best, double.MaxValue);
        var rounds = new List<double>();
        for (int round = 0; round < warmUp + measured; round++)
        {
            var docs = articles.Select(a => new Document(a, published)).ToArray();
            double all = 0;
            for (int i = 0; i < stages.Count; i++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var d in docs) stages[i].Process(d);
                double ms = sw.Elapsed.TotalMilliseconds;
                all += ms;
                if (round >= warmUp) best[i] = Math.Min(best[i], ms);
            }
            if (round >= warmUp) rounds.Add(all);
        }
        Console.WriteLine($"{articles.Length} articles, {tokens:N0} tokens; each stage's fastest of {measured} round(s) after {warmUp} warm-up round(s)");
        for (int i = 0; i < stages.Count; i++)
            Console.WriteLine($"{stages[i].Name,-12} {best[i],8:F1} ms {tokens / best[i] * 1000,12:N0} tokens/s");
        double total = best.Sum();
        Console.WriteLine($"{"total",-12} {total,8:F1} ms {tokens / total * 1000,12:N0} tokens/s  (the stages' fastest rounds added up)");
        rounds.Sort();
        double fastest = rounds[0], median = rounds[rounds.Count / 2];
        Console.WriteLine($"{"whole rounds",-12} fastest {fastest:F1} ms = {tokens / fastest * 1000:N0} tokens/s, median {median:F1} ms = {tokens / median * 1000:N0} tokens/s");
    }

    public static void Run()
    {
        string text = BenchCorpus.Load(out _)[..200_000];
        var model = BundledModels.EnglishNewsRecognizer;
        var foundation = NewsPipeline.Create(new Tokenizer(), new SentenceSplitter());
        var doc = foundation.Process(text);
        int tokens = doc.Tokens.Count;
        var spans = doc.WordSpan.ToArray().Select(w => (w.Start, w.End)).ToArray();
        var sentences = doc.SentenceSpan.ToArray().Select(s =>
        {
            int first = doc.Tokens[s.FirstToken].FirstWord;
            var last = doc.Tokens[s.EndToken - 1];
            return spans[first..(last.FirstWord + last.WordCount)];
        }).ToArray();
        int T = model.TagSet.Count;
        var times = new Dictionary<string, double>();
        void Time(string name, Action a)
        {
            a();
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < 3; r++) a();
            times[name] = sw.Elapsed.TotalMilliseconds / 3;
        }
        Time("tokenize+split", () => foundation.Process(text));
        var keys = new List<uint>();
        Time("features", () =>
        {
            var ctx = new NerContext(model.Labels.Count);
            foreach (var s in sentences) { keys.Clear(); NerFeatures.Extract(text, s, model.Resources, ctx, keys, new int[s.Length + 1]); }
        });
        Time("sparse scores", () =>
        {
            var ctx = new NerContext(model.Labels.Count);
            foreach (var s in sentences)
            {
                keys.Clear();
                var off = new int[s.Length + 1];
                NerFeatures.Extract(text, s, model.Resources, ctx, keys, off);
                var scores = new float[s.Length * T];
                for (int i = 0; i < s.Length; i++)
                    for (int k = off[i]; k < off[i + 1]; k++) model.Weights.AddTo(keys[k], scores.AsSpan(i * T, T));
            }
        });
        int width = DenseFeatures.Width(model.Resources.Clusters);
        Time("dense scores", () =>
        {
            foreach (var s in sentences)
            {
                var x = new float[s.Length * width];
                DenseFeatures.Fill(model.Resources.Clusters, text, s, x);
                DenseFeatures.AddScores(x, model.Dense, s.Length, width, T, new float[s.Length * T]);
            }
        });
        var rnd = new Random(1);
        var fake = sentences.Select(s => Enumerable.Range(0, s.Length * T).Select(_ => (float)rnd.NextDouble()).ToArray()).ToArray();
        Time("viterbi", () =>
        {
            for (int i = 0; i < sentences.Length; i++)
            {
                int n = sentences[i].Length, m = n * model.Decoder.Stride;
                model.Decoder.Viterbi(fake[i], n, new int[n], new float[m]);
            }
        });
        Time("marginals", () =>
        {
            for (int i = 0; i < sentences.Length; i++)
            {
                int n = sentences[i].Length, m = n * model.Decoder.Stride;
                model.Decoder.Marginals(fake[i], n, new float[fake[i].Length], new float[m], new float[m], new float[m]);
            }
        });
        var recognizer = new EntityRecognizer(model);
        Time("recognizer total", () => recognizer.Predict(doc));
        Console.WriteLine($"{tokens:N0} tokens, {sentences.Length:N0} sentences, {T} tags; {model.Weights.Keys.Length:N0} features, {model.Weights.EntryCount:N0} weights, {model.Weights.DenseRowCount:N0} dense rows");
        foreach (var (k, v) in times) Console.WriteLine($"{k,-18} {v,8:F1} ms  {tokens / v * 1000,12:N0} tokens/s");
    }
}
