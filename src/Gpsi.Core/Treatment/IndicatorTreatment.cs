using System.Collections.Immutable;

namespace Gpsi.Core.Treatment;

/// <summary>
/// The treatment report for one indicator in one year (COINr's <c>Dets_Table</c>): skew and kurtosis before and
/// after, the points winsorised, and the transform used.
/// </summary>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Year">Year treated.</param>
/// <param name="SkewBefore">Skewness (e1071 type 2) of the original values; NaN when n &lt; 3.</param>
/// <param name="KurtosisBefore">Excess kurtosis (e1071 type 2) of the original values; NaN when n &lt; 4.</param>
/// <param name="SkewAfter">Skewness after treatment.</param>
/// <param name="KurtosisAfter">Kurtosis after treatment.</param>
/// <param name="Winsorised">Points winsorised (empty when none or when the log transform replaced them).</param>
/// <param name="Transform"><c>none</c>, <c>winsorise</c> or <c>log_CT</c>.</param>
/// <param name="Passed">Whether the treated values pass the skew/kurtosis rule.</param>
public sealed record IndicatorTreatment(
    string Indicator,
    int Year,
    double SkewBefore,
    double KurtosisBefore,
    double SkewAfter,
    double KurtosisAfter,
    ImmutableArray<WinsorisedPoint> Winsorised,
    string Transform,
    bool Passed);
