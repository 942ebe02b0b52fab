using BenchmarkDotNet.Running;
using Gpsi.Benchmarks;
using Gpsi.Benchmarks.Gtd;

// dotnet run -c Release --project bench/Gpsi.Benchmarks -- --filter '*'     (BenchmarkDotNet)
// dotnet run -c Release --project bench/Gpsi.Benchmarks -- growth           (memory across repeated builds)
// dotnet run -c Release --project bench/Gpsi.Benchmarks -- gtd              (event ingestion 1M/5M/10M vs pandas)
//   … -- gtd-file PATH ROWS                    (only write a generated events file, e.g. for the pandas script)
//   … -- gtd-measure PATH PARALLELISM RUNS OUT.csv   (one measured process; `gtd` runs it per size)
if (args is ["growth", ..])
{
    AllocationGrowth.Run();
    return;
}

if (args is ["gtd", .. var gtdArgs])
{
    Environment.Exit(GtdIngestRun.Run(gtdArgs));
}

if (args is ["gtd-file", var filePath, var fileRows])
{
    GtdEventFile.Write(filePath, int.Parse(fileRows, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["gtd-measure", .. var measureArgs])
{
    Environment.Exit(GtdIngestRun.Measure(measureArgs));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
