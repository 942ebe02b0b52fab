using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;

namespace Gpsi.Core.Building;

/// <summary>
/// The outcome of building a recipe over a panel (COINr's "coin", typed): every intermediate data set, a log of each
/// step with its parameters, diagnostics, the values imputed, treated or screened, the weights used, and the results
/// (scores, ranks, bands). When <see cref="Succeeded"/> is false the diagnostics say why and results are absent.
/// </summary>
public sealed class Build
{
    private readonly bool[] _included;

    internal Build(Recipe recipe, Panel panel, IndexTree? tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        Recipe = recipe;
        Panel = panel;
        Tree = tree;
        Diagnostics = [.. diagnostics];
        _included = [];
    }

    internal Build(BuildContext context, RankTable? ranks, BandTable? bands)
    {
        Recipe = context.Recipe;
        Panel = context.Panel;
        Tree = context.Tree;
        DataSets = [.. context.DataSets];
        Log = [.. context.Log];
        Diagnostics = [.. context.Diagnostics];
        Imputed = [.. context.Imputed];
        Treatment = [.. context.Treatment];
        Screened = [.. context.Screened];
        Weights = [.. context.Weights];
        Ranks = ranks;
        Bands = bands;
        _included = context.Included;
    }

    /// <summary>The recipe built.</summary>
    public Recipe Recipe { get; }

    /// <summary>The input panel.</summary>
    public Panel Panel { get; }

    /// <summary>The compiled tree; null when the recipe's tree was invalid.</summary>
    public IndexTree? Tree { get; }

    /// <summary>Every data set in the order made: <c>Raw</c> first, then one per step.</summary>
    public ImmutableArray<DataSet> DataSets { get; } = [];

    /// <summary>One record per step, with parameters and a summary.</summary>
    public ImmutableArray<StepRecord> Log { get; } = [];

    /// <summary>Everything worth telling: errors stop the build, warnings and notes do not.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Values that were estimated, with the method.</summary>
    public ImmutableArray<ImputedValue> Imputed { get; } = [];

    /// <summary>Outlier treatment per indicator and year.</summary>
    public ImmutableArray<IndicatorTreatment> Treatment { get; } = [];

    /// <summary>Units left out of a year by screening.</summary>
    public ImmutableArray<ScreenedUnit> Screened { get; } = [];

    /// <summary>The sibling weight of every tree node as used by aggregation (after the weight step).</summary>
    public ImmutableArray<double> Weights { get; } = [];

    /// <summary>Ranks at every aggregate; null when the recipe does not aggregate.</summary>
    public RankTable? Ranks { get; }

    /// <summary>Bands on the root's score; null when the recipe does not aggregate.</summary>
    public BandTable? Bands { get; }

    /// <summary>True when no error diagnostic was raised.</summary>
    public bool Succeeded => !Diagnostics.HasErrors();

    /// <summary>The scores at every node (the aggregated data set); null when the recipe does not aggregate.</summary>
    public DataSet? Scores => Ranks?.Scores;

    /// <summary>The raw data set (the recipe's indicators read from the panel).</summary>
    public DataSet? Raw => Find("Raw");

    /// <summary>The normalised data set, if the recipe normalises.</summary>
    public DataSet? Normalised => Find("Normalised");

    /// <summary>The data set called <paramref name="name"/> (the last one, if a step ran twice), or null.</summary>
    public DataSet? Find(string name)
    {
        for (var i = DataSets.Length - 1; i >= 0; i--)
        {
            if (DataSets[i].Name == name)
            {
                return DataSets[i];
            }
        }

        return null;
    }

    /// <summary>Whether a unit is in a year's results (screening can leave it out).</summary>
    public bool IsIncluded(int yearIndex, int unit) => _included[(yearIndex * Panel.Units.Length) + unit];
}
