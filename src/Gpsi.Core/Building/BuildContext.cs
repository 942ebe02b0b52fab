using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;

namespace Gpsi.Core.Building;

/// <summary>
/// The mutable state of one build while its steps run. Only the builder and the step implementations see it; what
/// leaves is the immutable <see cref="Build"/>.
/// </summary>
internal sealed class BuildContext
{
    public BuildContext(Recipe recipe, IndexTree tree, Panel panel, Axis indicators, DataSet raw)
    {
        Recipe = recipe;
        Tree = tree;
        Panel = panel;
        Indicators = indicators;
        Current = raw;
        IndicatorNode = [.. tree.Indicators];
        Weights = [.. tree.Nodes.Select(n => n.Weight)];
        Included = new bool[panel.Years.Length * panel.Units.Length];
        Array.Fill(Included, true);
        DataSets.Add(raw);
    }

    public Recipe Recipe { get; }

    public IndexTree Tree { get; }

    public Panel Panel { get; }

    /// <summary>The indicator columns, in tree order; column i is node <see cref="IndicatorNode"/>[i].</summary>
    public Axis Indicators { get; }

    /// <summary>Node index of each indicator column.</summary>
    public int[] IndicatorNode { get; }

    /// <summary>The latest data set (the input of the next step).</summary>
    public DataSet Current { get; set; }

    /// <summary>Sibling weight of every node, by node index (set from the tree, replaced by the weight step).</summary>
    public double[] Weights { get; set; }

    /// <summary>Which (year, unit) cells are in the results, laid out [year][unit]; the screen step clears some.</summary>
    public bool[] Included { get; }

    /// <summary>Position of the step now running.</summary>
    public int StepIndex { get; set; } = -1;

    public List<DataSet> DataSets { get; } = [];

    public List<StepRecord> Log { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<ImputedValue> Imputed { get; } = [];

    public List<IndicatorTreatment> Treatment { get; } = [];

    public List<ScreenedUnit> Screened { get; } = [];

    public ImmutableArray<int> Years => Panel.Years;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Adds a data set produced by the current step and logs it.</summary>
    public void Commit(DataSet next, Step step, string summary)
    {
        Current = next;
        DataSets.Add(next);
        Log.Add(new StepRecord(StepIndex, step.Kind, step, next.Name, summary));
    }

    /// <summary>A location naming the current step's field in the recipe.</summary>
    public SourceLocation StepField(string field) => new(Field: $"steps[{StepIndex}].{field}");
}
