using Gpsi.Core.Audit;
using Gpsi.Core.Building;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;

namespace Gpsi.Reports.Tests;

/// <summary>The GPSI v1 recipe built once over the real shared data (same pattern as Gpsi.Data.Tests' GpsiRun).</summary>
internal static class GpsiRun
{
    private static readonly Lazy<(Recipe Recipe, IndexInputs Inputs, IndexRun Run)> Built = new(Build);

    public static IndexRun Run => Built.Value.Run;

    /// <summary>The latest edition's audit, with <paramref name="options"/> (default options when null).</summary>
    public static IndexAudit Audit(AuditOptions? options = null)
    {
        var (recipe, inputs, run) = Built.Value;
        var prepared = IndexRunner.Prepare(recipe, inputs.Load.Observations, inputs.Registry, [])
            ?? throw new InvalidOperationException("The GPSI panel could not be prepared.");
        var build = Builder.Run(recipe, prepared.Panel);
        return IndexAudit.Run(build, run.Years[^1], options is null ? null
            : options with { StatisticsDataSet = IndexAudit.StatisticsDataSet(build) });
    }

    private static (Recipe, IndexInputs, IndexRun) Build()
    {
        var path = RecipeDirectory.Find() ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml was not found.");
        var read = RecipeReader.ReadFile(path);
        var recipe = read.Recipe ?? throw new InvalidOperationException(string.Join('\n', read.Diagnostics));
        var diagnostics = new List<Diagnostic>();
        var data = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data was not found.");
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(path)!, data, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        var run = IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        return (recipe, inputs, run);
    }
}
