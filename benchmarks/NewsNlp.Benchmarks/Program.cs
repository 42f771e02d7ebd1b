using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*Tokenizer*'
// Breakdown: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --profile
if (args is ["--profile"]) NewsNlp.Benchmarks.StageProfile.Run();
else BenchmarkSwitcher.FromAssembly(typeof(NewsNlp.Benchmarks.BenchCorpus).Assembly).Run(args);
