using BenchmarkDotNet.Attributes;
using Gpsi.Core.Building;
using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;

namespace Gpsi.Benchmarks;

/// <summary>
/// The GPSI v1 over the real shared data, all eleven editions (2010–2020) at once, with the observations already
/// loaded: the engine alone (<see cref="Builder.Run"/> over the 195 × 12 × 21 panel), the derived series, and the
/// whole run (derive, assemble, build, and the results with peer ranks, provenance and coverage). Target: engine time
/// for all eleven editions under 1 s.
/// </summary>
[MemoryDiagnoser]
public class GpsiEditionsBenchmark
{
    private Recipe _recipe = null!;
    private IndexInputs _inputs = null!;
    private Panel _panel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = RecipeDirectory.Find() ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml not found");
        var read = RecipeReader.ReadFile(path);
        _recipe = read.Recipe ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
        var root = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found");
        var diagnostics = new List<Diagnostic>();
        _inputs = IndexInputs.Read(_recipe, Path.GetDirectoryName(path)!, root, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        _panel = IndexRunner.Prepare(_recipe, _inputs.Load.Observations, _inputs.Registry, diagnostics)?.Panel
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    /// <summary>The engine: every step for every year of the panel, ranks and bands.</summary>
    [Benchmark]
    public Build Engine() => Builder.Run(_recipe, _panel);

    /// <summary>The derived series (terrorism impact score, GCI, ten-year change, zero-filled counts).</summary>
    [Benchmark]
    public DerivationResult Derive() => Deriver.Evaluate(_recipe.Derived, _inputs.Load.Observations);

    /// <summary>Everything after loading: derive, assemble, build, results.</summary>
    [Benchmark]
    public IndexRun? Run()
    {
        IReadOnlyList<Observation> observations = _inputs.Load.Observations;
        return IndexRunner.Run(_recipe, observations, _inputs.Load.SnapshotId, _inputs.Registry, _inputs.Catalogue, []);
    }
}
