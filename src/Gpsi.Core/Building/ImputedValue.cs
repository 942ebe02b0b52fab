namespace Gpsi.Core.Building;

/// <summary>A value that was missing and was estimated; it travels with the build to every output.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Year">Year of the estimated value.</param>
/// <param name="Value">The estimate (in the data set's scale at that step).</param>
/// <param name="Method">The imputation method, as in the recipe (e.g. <c>mean</c>, <c>latest:3</c>).</param>
/// <param name="SourceYear">
/// For values copied from another year (latest available, or the ends of <c>linear:extend</c>), the year observed;
/// otherwise null.
/// </param>
public sealed record ImputedValue(string Unit, string Indicator, int Year, double Value, string Method, int? SourceYear = null);
