using BenchmarkDotNet.Attributes;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Coinr;

namespace Gpsi.Benchmarks;

/// <summary>
/// One full build of the imported COINr ASEM recipe (51 units × 49 indicators, 4 levels): directions, min-max
/// normalisation, arithmetic aggregation at three levels, ranks and bands, with every intermediate data set kept.
/// The COINr reference is 28 ms per rebuild of the same coin on this machine; the target is ≤ 50 µs.
/// </summary>
[MemoryDiagnoser]
public class AsemBuildBenchmark
{
    private Recipe _recipe = null!;
    private Panel _panel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var import = AsemExample.Import();
        _recipe = import.Recipe;
        _panel = import.Panel;
    }

    [Benchmark]
    public Build BuildAsem() => Builder.Run(_recipe, _panel);
}
