using Gpsi.Core.Observations;

namespace Gpsi.Core.Editions;

/// <summary>One result of an edition: a country's score, rank and band on one node of the index tree.</summary>
/// <param name="Country">The country.</param>
/// <param name="Node">The node code (an indicator or an aggregate, e.g. the index root).</param>
/// <param name="Score">The score; null when the country has no score on this node. Finite when present.</param>
/// <param name="Rank">The rank among countries (1 = best); null when unranked. At least 1 when present.</param>
/// <param name="Band">The band label (usually on the root only); null when not banded.</param>
/// <param name="Interval">The rank's uncertainty interval (on the root only, when the recipe states an uncertainty
/// analysis); null otherwise.</param>
public sealed record EditionRow(CountryCode Country, string Node, double? Score, int? Rank, string? Band,
    RankInterval? Interval = null);
