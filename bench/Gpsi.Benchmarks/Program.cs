using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Gpsi.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
