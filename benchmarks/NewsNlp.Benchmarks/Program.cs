using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*Tokenizer*'
BenchmarkSwitcher.FromAssembly(typeof(NewsNlp.Benchmarks.BenchCorpus).Assembly).Run(args);
