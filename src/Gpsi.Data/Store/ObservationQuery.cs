using Gpsi.Core.Observations;

namespace Gpsi.Data.Store;

/// <summary>
/// Which observations of a snapshot to read. Every filter is optional and they combine with AND; a null or empty
/// list means "any". Results come back in the order they were loaded.
/// </summary>
/// <param name="Indicators">Indicator codes to keep (exact, case-sensitive match).</param>
/// <param name="Countries">Countries to keep.</param>
/// <param name="FromYear">Smallest year to keep (inclusive); null for no lower bound.</param>
/// <param name="ToYear">Largest year to keep (inclusive); null for no upper bound. Below
/// <paramref name="FromYear"/> gives nothing.</param>
public sealed record ObservationQuery(
    IReadOnlyCollection<string>? Indicators = null,
    IReadOnlyCollection<CountryCode>? Countries = null,
    int? FromYear = null,
    int? ToYear = null)
{
    /// <summary>Every observation of the snapshot.</summary>
    public static ObservationQuery All { get; } = new();
}
