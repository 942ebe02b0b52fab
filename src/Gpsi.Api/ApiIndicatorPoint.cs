namespace Gpsi.Api;

/// <summary>A country's result on a node in one year.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3.</param>
/// <param name="Value">The raw value (indicators only; null when missing or for an aggregate).</param>
/// <param name="Score">The score (normalised 0–100 for indicators); null when missing or not ranked.</param>
/// <param name="Rank">The global rank; null without a score.</param>
/// <param name="DataYear">The year the value was observed (indicators only).</param>
/// <param name="Status">How the value entered the edition (indicators only; see the country profile).</param>
public sealed record ApiIndicatorPoint(string Iso3, double? Value, double? Score, int? Rank, int? DataYear,
    string? Status);
