namespace Gpsi.Data.Editions;

/// <summary>A country's data completeness in one edition year, over the recipe's indicators.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Iso3">The country.</param>
/// <param name="Indicators">The number of indicators in the recipe.</param>
/// <param name="Observed">Values observed in the edition year.</param>
/// <param name="CarriedForward">Values carried forward from an earlier year.</param>
/// <param name="BackCast">Values back-cast from a later year.</param>
/// <param name="Imputed">Values filled by another method.</param>
/// <param name="Missing">Indicators without a value.</param>
/// <param name="Ranked">Whether the country is ranked that year.</param>
public sealed record CompletenessRow(
    int Year,
    string Iso3,
    int Indicators,
    int Observed,
    int CarriedForward,
    int BackCast,
    int Imputed,
    int Missing,
    bool Ranked)
{
    /// <summary>The share of indicators with a value (0–1).</summary>
    public double Share => Indicators == 0 ? 0 : (double)(Indicators - Missing) / Indicators;
}
