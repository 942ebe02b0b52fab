namespace Gpsi.Api;

/// <summary>A country's value on one indicator in its profile, with where it came from.</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Name">English name.</param>
/// <param name="NameZh">zh-Hans name.</param>
/// <param name="Dimension">The dimension (level-2 ancestor) it belongs to.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Direction">1 when higher is better, −1 when higher is worse.</param>
/// <param name="Value">The value used (before treatment and normalisation); null when missing.</param>
/// <param name="Normalised">The 0–100 score the aggregation used; null when missing or not ranked.</param>
/// <param name="Rank">The global rank on the indicator; null without a score.</param>
/// <param name="DataYear">The year the value was observed (differs from the edition year when carried forward or
/// back-cast); null when missing.</param>
/// <param name="Status"><c>observed</c>, <c>carriedForward</c>, <c>backCast</c>, <c>imputed</c> or <c>missing</c>.</param>
/// <param name="Imputation">The imputation method when not observed (e.g. <c>latest:5</c>).</param>
/// <param name="Sources">The source observations behind the value (one per input of a derived series).</param>
public sealed record ApiCountryIndicator(
    string Code,
    string Name,
    string NameZh,
    string? Dimension,
    string? Unit,
    int? Direction,
    double? Value,
    double? Normalised,
    int? Rank,
    int? DataYear,
    string Status,
    string? Imputation,
    IReadOnlyList<ApiValueSource> Sources);
