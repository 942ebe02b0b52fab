namespace Gpsi.Data.Quality;

/// <summary>A change between a country's consecutive values of an indicator far outside how that indicator usually moves.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Country">The country (ISO3).</param>
/// <param name="FromYear">The earlier year.</param>
/// <param name="From">The earlier value.</param>
/// <param name="ToYear">The later year.</param>
/// <param name="To">The later value.</param>
/// <param name="Score">Robust z-score of the change (|change − median| / (1.4826 · MAD)) among all the indicator's changes.</param>
/// <param name="Line">Line of the later value in its source file, when known.</param>
public sealed record SuspiciousJump(string Indicator, string Country, int FromYear, double From, int ToYear, double To,
    double Score, int? Line);
