using Gpsi.Core.Observations;

namespace Gpsi.Data.Editions;

/// <summary>Observations indexed by series, country and year.</summary>
public sealed class SeriesLookup
{
    private readonly Dictionary<string, Dictionary<(string Country, int Year), Observation>> _bySeries =
        new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="observations"/>; a later observation of the same key replaces an earlier one.</summary>
    public SeriesLookup(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var o in observations)
        {
            if (!_bySeries.TryGetValue(o.Indicator, out var series))
            {
                _bySeries[o.Indicator] = series = [];
            }

            series[(o.Country.Value, o.Year)] = o;
        }
    }

    /// <summary>Whether any observation of <paramref name="series"/> exists.</summary>
    public bool Has(string series) => _bySeries.ContainsKey(series);

    /// <summary>The observation, or null.</summary>
    public Observation? Find(string series, string country, int year) =>
        _bySeries.TryGetValue(series, out var s) && s.TryGetValue((country, year), out var o) ? o : null;

    /// <summary>Every observation of a series (unordered).</summary>
    public IEnumerable<Observation> All(string series) =>
        _bySeries.TryGetValue(series, out var s) ? s.Values : [];
}
