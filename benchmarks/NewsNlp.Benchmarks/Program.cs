using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*Tokenizer*'
// Breakdown: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --profile
if (args is ["--profile"]) NewsNlp.Benchmarks.StageProfile.Run();
else if (args is ["--stages"]) NewsNlp.Benchmarks.StageProfile.RunStages();
else if (args is ["--stages-accurate"]) NewsNlp.Benchmarks.StageProfile.RunStages(accurate: true);
else if (args is ["--stages-accurate", "--float32"]) NewsNlp.Benchmarks.StageProfile.RunStages(accurate: true, int8: false);
else if (args is ["--stages", var stageFile]) NewsNlp.Benchmarks.StageProfile.RunStages(stageFile);
else if (args is ["--tables"])
{
    // Sizes of the weight tables of the bundled models (what a lookup has to reach in memory).
    void Show(string name, NewsNlp.Learning.FeatureWeights w) =>
        Console.WriteLine($"{name,-8} {w.Keys.Length,10:N0} features {w.EntryCount,12:N0} weights {w.DenseRowCount,8:N0} dense rows");
    var syntax = NewsNlp.Pipeline.BundledModels.EnglishSyntax;
    Show("tagger", syntax.Tagger.Weights);
    Show("parser", syntax.Parser!.Weights);
    Show("ner", NewsNlp.Pipeline.BundledModels.EnglishNewsRecognizer.Weights);
}
else if (args is ["--loop", var what, var seconds])
{
    // For an outside profiler (perf with DOTNET_PerfMapEnabled=1): runs one job over and over.
    var articles = NewsNlp.Benchmarks.BenchCorpus.Articles(40);
    var pipeline = what switch
    {
        "recognize" => NewsNlp.Pipeline.NewsPipelineBuilder.Build(new() { Layers = NewsNlp.DocumentLayers.Entities }),
        "pipeline" => NewsNlp.Pipeline.NewsPipeline.CreateDefault(),
        _ => throw new ArgumentException("--loop recognize|pipeline SECONDS"),
    };
    var clock = System.Diagnostics.Stopwatch.StartNew();
    int rounds = 0;
    while (clock.Elapsed.TotalSeconds < double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture))
    {
        foreach (var a in articles) pipeline.Process(a);
        rounds++;
    }
    Console.WriteLine($"{rounds} rounds of {articles.Length} articles in {clock.Elapsed.TotalSeconds:F1} s");
}
else if (args is ["--prune-syntax", var input, var output, var threshold])
{
    // Experiment: drop small parser weights from a syntax model (see README, Syntax → speed).
    var model = NewsNlp.Syntax.SyntaxModel.Load(input);
    var parser = new NewsNlp.Syntax.DependencyParser(model.Parser!.Labels, model.Parser.Weights.Pruned(float.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)));
    Console.WriteLine($"parser entries {model.Parser.Weights.EntryCount:N0} -> {parser.Weights.EntryCount:N0}, features {model.Parser.Weights.Keys.Length:N0} -> {parser.Weights.Keys.Length:N0}");
    model.WithParser(parser, model.Manifest).Save(output);
}
else BenchmarkSwitcher.FromAssembly(typeof(NewsNlp.Benchmarks.BenchCorpus).Assembly).Run(args);
