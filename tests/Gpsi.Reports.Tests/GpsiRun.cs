using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;

namespace Gpsi.Reports.Tests;

/// <summary>The GPSI v1 recipe built once over the real shared data (same pattern as Gpsi.Data.Tests' GpsiRun).</summary>
internal static class GpsiRun
{
    private static readonly Lazy<IndexRun> Built = new(Build);

    public static IndexRun Run => Built.Value;

    private static IndexRun Build()
    {
        var path = RecipeDirectory.Find() ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml was not found.");
        var read = RecipeReader.ReadFile(path);
        var recipe = read.Recipe ?? throw new InvalidOperationException(string.Join('\n', read.Diagnostics));
        var diagnostics = new List<Diagnostic>();
        var data = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data was not found.");
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(path)!, data, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        return IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
    }
}
