using Gpsi.Data.Countries;

namespace Gpsi.Data.Editions;

/// <summary>Which countries a catalogue-based recipe considers (<c>data.units</c>).</summary>
public static class UnitSet
{
    /// <summary>The two UN General Assembly observer states: the Holy See and the State of Palestine.</summary>
    public static readonly IReadOnlySet<string> UnObservers = new HashSet<string>(StringComparer.Ordinal) { "VAT", "PSE" };

    /// <summary>
    /// The registry's countries in the set, by ISO3: <c>un-members-and-observers</c> (the default: 193 members and
    /// 2 observers), <c>un-members</c>, or <c>all</c> (every ISO 3166-1 entry and Kosovo).
    /// </summary>
    public static IReadOnlyList<Country> Select(CountryRegistry registry, string? set)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Func<Country, bool> keep = set switch
        {
            "all" => _ => true,
            "un-members" => c => c.UnMember,
            null or "un-members-and-observers" => c => c.UnMember || UnObservers.Contains(c.Iso3.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(set), set, "Unknown unit set."),
        };
        return [.. registry.Countries.Where(keep).OrderBy(c => c.Iso3.Value, StringComparer.Ordinal)];
    }
}
