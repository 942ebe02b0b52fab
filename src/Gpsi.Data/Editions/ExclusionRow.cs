namespace Gpsi.Data.Editions;

/// <summary>A considered country that an edition does not rank, and why (the recipe's minimum-data rule, in words).</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Iso3">The country.</param>
/// <param name="Reason">Why, e.g. "4 of 10 indicators available; the rule needs 6 and one in every dimension (missing: cyber)".</param>
public sealed record ExclusionRow(int Year, string Iso3, string Reason);
