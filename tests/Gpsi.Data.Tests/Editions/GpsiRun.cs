using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data.Editions;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Editions;

/// <summary>The GPSI v1 recipe built once over the real shared data, shared by the tests that read it.</summary>
internal static class GpsiRun
{
    private static readonly Lazy<(Recipe Recipe, IndexInputs Inputs, IndexRun Run)> Built = new(Build);

    public static string RecipePath { get; } = RecipeDirectory.Find()
        ?? throw new InvalidOperationException("recipes/gpsi-v1.yaml was not found above the test folder.");

    public static Recipe Recipe => Built.Value.Recipe;

    public static IndexInputs Inputs => Built.Value.Inputs;

    public static IndexRun Run => Built.Value.Run;

    private static (Recipe, IndexInputs, IndexRun) Build()
    {
        var read = RecipeReader.ReadFile(RecipePath);
        var recipe = read.Recipe ?? throw new InvalidOperationException(string.Join('\n', read.Diagnostics));
        var diagnostics = new List<Diagnostic>();
        var inputs = IndexInputs.Read(recipe, Path.GetDirectoryName(RecipePath)!, SharedData.Root, diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        var run = IndexRunner.Run(recipe, inputs.Load.Observations, inputs.Load.SnapshotId, inputs.Registry,
            inputs.Catalogue, diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
        return (recipe, inputs, run);
    }
}
