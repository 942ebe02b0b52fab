namespace Gpsi.Api;

/// <summary>A peer country in a profile: its index score and global rank that year.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3.</param>
/// <param name="Name">English short name.</param>
/// <param name="NameZh">zh-Hans short name.</param>
/// <param name="Score">The index score.</param>
/// <param name="Rank">The global rank.</param>
public sealed record ApiPeer(string Iso3, string Name, string NameZh, double? Score, int? Rank);
