namespace Gpsi.Core.Treatment;

/// <summary>
/// What <see cref="Winsorisation.Treat"/> did to one indicator's values: the transform it chose and the shape before
/// and after (COINr's <c>Dets_Table</c> row).
/// </summary>
/// <param name="Transform">
/// <see cref="Winsorisation.NoTransform"/>, <see cref="Winsorisation.Winsorised"/> or
/// <see cref="Winsorisation.LogTransform"/>.
/// </param>
/// <param name="SkewBefore">Skewness (e1071 type 2) of the input; NaN when fewer than 3 values or all equal.</param>
/// <param name="KurtosisBefore">Excess kurtosis (e1071 type 2) of the input; NaN when fewer than 4 values or all equal.</param>
/// <param name="SkewAfter">Skewness of the output (equal to <paramref name="SkewBefore"/> when untouched).</param>
/// <param name="KurtosisAfter">Kurtosis of the output (equal to <paramref name="KurtosisBefore"/> when untouched).</param>
/// <param name="Passed">
/// Whether the output passes the skew/kurtosis rule, with R's three-valued logic: null when the rule cannot be
/// evaluated (too few values, constant values), in which case the values are returned untreated, as COINr does.
/// </param>
/// <param name="WinsorisedCount">
/// Number of points moved by winsorising (COINr's <c>nwin</c>, which can exceed the limit by ties); 0 unless
/// <paramref name="Transform"/> is <see cref="Winsorisation.Winsorised"/>.
/// </param>
public readonly record struct WinsorisationResult(
    string Transform,
    double SkewBefore,
    double KurtosisBefore,
    double SkewAfter,
    double KurtosisAfter,
    bool? Passed,
    int WinsorisedCount);
