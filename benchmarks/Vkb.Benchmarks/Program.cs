using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --filter '*'
// Dry smoke:    dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --filter '*' --job Dry
var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
