using Gpsi.Core.Editions;
using Gpsi.Data.Editions;

namespace Gpsi.Api.Serving;

/// <summary>
/// One year's current edition as the API serves it: the published edition (authoritative for scores, ranks, bands and
/// rank intervals) and the run re-computed from its recipe and snapshot (<see cref="EditionReplay"/>), which adds the
/// values and sources behind each score, the node tree, the countries with their groups, and peer ranks.
/// </summary>
/// <param name="Edition">The published edition (with its rows).</param>
/// <param name="Run">The re-computed run; it covers every year of the recipe and is shared by the editions of one
/// recipe and snapshot, so read it for <see cref="Year"/> only.</param>
public sealed record ServedEdition(Edition Edition, IndexRun Run)
{
    /// <summary>The edition year.</summary>
    public int Year => Edition.Year;
}
