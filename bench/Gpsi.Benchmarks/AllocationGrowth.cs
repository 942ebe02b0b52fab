using System.Diagnostics;
using System.Globalization;
using Gpsi.Core.Building;

namespace Gpsi.Benchmarks;

/// <summary>
/// Checks that repeated builds do not grow memory: builds the ASEM recipe many times and prints, after a full
/// collection at each checkpoint, the live heap and the bytes allocated per build. Run with
/// <c>dotnet run -c Release --project bench/Gpsi.Benchmarks -- growth</c>.
/// </summary>
public static class AllocationGrowth
{
    public static void Run(int builds = 200_000, int checkpoints = 5)
    {
        var bench = new AsemBuildBenchmark();
        bench.Setup();
        for (var i = 0; i < 1_000; i++)
        {
            bench.BuildAsem(); // warm up: JIT, tree cache
        }

        var perCheckpoint = builds / checkpoints;
        var clock = Stopwatch.StartNew();
        Console.WriteLine("builds      live heap (bytes)   allocated per build (bytes)   mean per build (µs)");
        for (var c = 1; c <= checkpoints; c++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = clock.Elapsed;
            Build? last = null;
            for (var i = 0; i < perCheckpoint; i++)
            {
                last = bench.BuildAsem();
            }

            var elapsed = clock.Elapsed - start;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)perCheckpoint;
            GC.KeepAlive(last);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{c * perCheckpoint,7}  {GC.GetTotalMemory(false),17:N0}   {allocated,27:N0}   {elapsed.TotalMicroseconds / perCheckpoint,19:F2}"));
        }
    }
}
