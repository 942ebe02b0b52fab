namespace Gpsi.Data.Quality;

/// <summary>How many countries have a value of one indicator in each year it covers.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="SourceId">The source it comes from.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="FirstYear">The first year with any value.</param>
/// <param name="LastYear">The last year with any value.</param>
/// <param name="Countries">Distinct countries with at least one value.</param>
/// <param name="CountriesByYear">Year → number of countries with a value that year (only years with values).</param>
public sealed record IndicatorCoverage(
    string Indicator,
    string SourceId,
    string Unit,
    int FirstYear,
    int LastYear,
    int Countries,
    IReadOnlyDictionary<int, int> CountriesByYear);
