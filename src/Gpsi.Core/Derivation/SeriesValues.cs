using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// One series' values keyed by (country, year), with the number of countries per year: the lookups every rule needs,
/// each O(1). The first of duplicated (country, year) observations is kept and the rest counted.
/// </summary>
internal sealed class SeriesValues
{
    private readonly Dictionary<(CountryCode Country, int Year), Observation> _values = [];
    private readonly Dictionary<int, int> _countriesByYear = [];
    private readonly Dictionary<int, Provenance> _sourceByYear = [];

    /// <summary>Observations dropped because their (country, year) was already present.</summary>
    public int Duplicates { get; private set; }

    /// <summary>The first duplicate dropped, for the diagnostic.</summary>
    public Observation? FirstDuplicate { get; private set; }

    /// <summary>Number of values.</summary>
    public int Count => _values.Count;

    /// <summary>Every value, in the order added.</summary>
    public IEnumerable<Observation> All => _values.Values;

    /// <summary>The years with at least one value, ascending.</summary>
    public IEnumerable<int> Years => _countriesByYear.Keys.Order();

    /// <summary>Adds <paramref name="observation"/> unless its (country, year) is already present.</summary>
    public void Add(Observation observation)
    {
        if (_values.TryAdd((observation.Country, observation.Year), observation))
        {
            _countriesByYear[observation.Year] = CountriesIn(observation.Year) + 1;
            _sourceByYear.TryAdd(observation.Year, observation.Provenance);
        }
        else
        {
            Duplicates++;
            FirstDuplicate ??= observation;
        }
    }

    /// <summary>The value for <paramref name="country"/> in <paramref name="year"/>, if any.</summary>
    public bool TryGet(CountryCode country, int year, out Observation observation) =>
        _values.TryGetValue((country, year), out observation!);

    /// <summary>
    /// Where the series' values of <paramref name="year"/> come from (source, file, vintage, no line and no
    /// transformations), for a value that counts this series as 0 because it lists nothing for a country; null when
    /// the series has no value that year.
    /// </summary>
    public Provenance? SourceIn(int year) => _sourceByYear.TryGetValue(year, out var p)
        ? p with { Line = null, Transformations = [], Flags = ObservationFlags.None }
        : null;

    /// <summary>How many countries have a value in <paramref name="year"/> (0 when none: the series is absent).</summary>
    public int CountriesIn(int year) => _countriesByYear.GetValueOrDefault(year);
}
