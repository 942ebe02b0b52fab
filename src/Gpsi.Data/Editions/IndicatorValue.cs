using System.Collections.Immutable;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Editions;

/// <summary>
/// The value of one indicator behind a country's scores in one edition year, with where it came from. A value from
/// an earlier year (carried forward) or a later year (back-cast) says which year and is flagged.
/// </summary>
/// <param name="Year">The edition year.</param>
/// <param name="Iso3">The country.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Value">The value in the indicator's unit (after derivation and denomination, before treatment and normalisation); null when missing.</param>
/// <param name="Normalised">The normalised score (0–100) the aggregation used; null when missing or the country is not ranked.</param>
/// <param name="DataYear">The year the value was observed; null when missing.</param>
/// <param name="Status">Observed, carried forward, back-cast, imputed, or missing.</param>
/// <param name="Imputation">The imputation method, when not observed (e.g. <c>latest:5</c>).</param>
/// <param name="Provenance">The source observations behind the value (the indicator's own; for a ratio or derived series, each input's).</param>
public sealed record IndicatorValue(
    int Year,
    string Iso3,
    string Indicator,
    double? Value,
    double? Normalised,
    int? DataYear,
    ValueStatus Status,
    string? Imputation,
    ImmutableArray<Provenance> Provenance);

/// <summary>How an indicator value entered an edition.</summary>
public enum ValueStatus
{
    /// <summary>Observed in the edition year.</summary>
    Observed,

    /// <summary>The latest earlier observation, within the recipe's maximum age.</summary>
    CarriedForward,

    /// <summary>The earliest later observation, for an edition before the series began (back-cast).</summary>
    BackCast,

    /// <summary>Filled by another imputation method.</summary>
    Imputed,

    /// <summary>No value: the indicator drops out and its siblings' weights are re-normalised.</summary>
    Missing,
}
