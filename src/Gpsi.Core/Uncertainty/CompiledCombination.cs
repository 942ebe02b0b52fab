namespace Gpsi.Core.Uncertainty;

/// <summary>
/// What one combination of a <see cref="CompiledModel"/>'s discrete factors leaves for the aggregation: the analysed
/// year's indicator values (as the aggregate step receives them, NaN for an excluded indicator), their logarithms for
/// the geometric mean, which units are ranked, and per aggregate the method and the number of children in that
/// combination's tree.
/// </summary>
internal sealed class CompiledCombination(double[] values, double[] logs, bool[] included, CompiledMethod[] methods,
    double[] parameters, int[] childCounts)
{
    /// <summary>Indicator rows × units (rows in the nominal tree's indicator order).</summary>
    public double[] Values { get; } = values;

    /// <summary>ln of <see cref="Values"/> (NaN where missing or ≤ 0).</summary>
    public double[] Logs { get; } = logs;

    /// <summary>Per unit: ranked in the analysed year (not screened out).</summary>
    public bool[] Included { get; } = included;

    /// <summary>Per aggregate row: the method.</summary>
    public CompiledMethod[] Methods { get; } = methods;

    /// <summary>Per aggregate row: the geometric mean's shift or the generalised mean's p; NaN when unused.</summary>
    public double[] Parameters { get; } = parameters;

    /// <summary>Per aggregate row: how many children the node has in this combination's tree.</summary>
    public int[] ChildCounts { get; } = childCounts;

    /// <summary>
    /// Aggregate rows × units: the values of the aggregates no draw changes (see <see cref="CompiledStructure.Fixed"/>),
    /// computed once when the model is compiled; other rows unused.
    /// </summary>
    public double[] FixedValues { get; set; } = [];

    /// <summary>
    /// Per nominal node: the weight this combination's build aggregated with (after its weight step; 0 for an excluded
    /// indicator). Used when the model has no weight noise, so that a weight step computed from the data (PCA) is
    /// that combination's.
    /// </summary>
    public double[] Weights { get; set; } = [];

    /// <summary>ln of <see cref="FixedValues"/>, for a geometric mean above them.</summary>
    public double[] FixedLogs { get; set; } = [];
}
