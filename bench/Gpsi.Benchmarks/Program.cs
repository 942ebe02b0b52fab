using BenchmarkDotNet.Running;
using Gpsi.Benchmarks;

// dotnet run -c Release --project bench/Gpsi.Benchmarks -- --filter '*'     (BenchmarkDotNet)
// dotnet run -c Release --project bench/Gpsi.Benchmarks -- growth           (memory across repeated builds)
if (args is ["growth", ..])
{
    AllocationGrowth.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
