using System.Collections.Immutable;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Uncertainty;

/// <summary>The outcome of a sensitivity analysis, or the errors of the drawn recipe that stopped it.</summary>
/// <param name="N">N of the design (rows evaluated: N·(d + 2)).</param>
/// <param name="Bootstrap">Bootstrap resamples of the intervals (0: no intervals).</param>
/// <param name="Variance">Var(y) over the A and B rows; NaN when the analysis failed.</param>
/// <param name="Factors">One entry per factor, in factor order; empty when the analysis failed.</param>
/// <param name="Outputs">The target y of every design row (A, B, AB_1 … AB_d); empty when the analysis failed.</param>
/// <param name="Diagnostics">The errors that stopped the analysis (a drawn recipe that did not build), naming what was drawn.</param>
public sealed record SensitivityResult(int N, int Bootstrap, double Variance, ImmutableArray<FactorSensitivity> Factors,
    ImmutableArray<double> Outputs, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The name of the target in outputs and reports.</summary>
    public const string Target = "mean absolute rank shift";

    /// <summary>True when every replication was evaluated.</summary>
    public bool Succeeded => Diagnostics.IsDefaultOrEmpty;
}
