namespace Gpsi.Api;

/// <summary>The countries a profile compares with, by global rank, the country itself included when ranked.</summary>
/// <param name="Region">Every ranked country of the same World Bank region that year.</param>
/// <param name="IncomeGroup">The ranked countries of the same income group that year: the five above the country and
/// the five below it (fewer at the ends); empty when the country is not ranked.</param>
public sealed record ApiPeers(IReadOnlyList<ApiPeer> Region, IReadOnlyList<ApiPeer> IncomeGroup);
