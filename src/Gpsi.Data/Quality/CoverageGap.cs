namespace Gpsi.Data.Quality;

/// <summary>
/// A country missing years of an indicator inside the span it is otherwise reported for: years after its first value
/// and before its last in which other countries do have a value.
/// </summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Country">The country (ISO3).</param>
/// <param name="FirstYear">The country's first year with a value.</param>
/// <param name="LastYear">The country's last year with a value.</param>
/// <param name="MissingYears">The missing years, ascending.</param>
public sealed record CoverageGap(string Indicator, string Country, int FirstYear, int LastYear, IReadOnlyList<int> MissingYears);
