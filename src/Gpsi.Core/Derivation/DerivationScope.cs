using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>
/// The evaluation of one derived series: its inputs' values, and what it produces — values (with merged provenance),
/// notes and diagnostics. Rules write here; <see cref="Deriver"/> collects the results in recipe order.
/// </summary>
internal sealed class DerivationScope(DerivedSeries series, int index, IReadOnlyDictionary<string, SeriesValues> known)
{
    private readonly List<Observation> _values = [];

    /// <summary>The derived series.</summary>
    public DerivedSeries Series => series;

    /// <summary>The derived series' code.</summary>
    public string Code => series.Code;

    /// <summary>Notes produced, in order.</summary>
    public List<DerivationNote> Notes { get; } = [];

    /// <summary>Diagnostics produced, in order.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The field path of this entry in a recipe, e.g. <c>derived[3]</c>, plus <paramref name="member"/>.</summary>
    public string Field(string? member = null) =>
        member is null ? $"derived[{index}]" : $"derived[{index}].{member}";

    /// <summary>The values of input series <paramref name="code"/> (known: the deriver checked every input).</summary>
    public SeriesValues Input(string code) => known[code];

    /// <summary>Adds a derived value computed from <paramref name="inputs"/>; non-finite values are a bug.</summary>
    public void Emit(CountryCode country, int year, double value, IReadOnlyList<Observation> inputs,
        string defaultUnit, string rule)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException(
                $"Derived series '{Code}' computed a non-finite value for {country} {year}; rules must leave such values out.");
        }

        var provenance = DerivedProvenance.Merge(inputs, series.Unit ?? defaultUnit, rule);
        _values.Add(new Observation(country, series.Code, year, value, provenance));
    }

    /// <summary>Adds a note for <paramref name="year"/>.</summary>
    public void Note(int year, string component, bool available, int countries, string? note = null) =>
        Notes.Add(new DerivationNote(series.Code, year, component, available, countries, note));

    /// <summary>Adds an error at this entry's field <paramref name="member"/>.</summary>
    public void Error(string code, string message, string? member, string? found = null, string? expected = null,
        Observation? at = null) =>
        Diagnostics.Add(Diagnostic.Error(code, message,
            new SourceLocation(at?.Provenance.File, at?.Provenance.Line, null, Field(member)), found, expected));

    /// <summary>The values, ordered by country (ordinal) then year.</summary>
    public List<Observation> Values()
    {
        _values.Sort(static (a, b) =>
        {
            var byCountry = string.CompareOrdinal(a.Country.Value, b.Country.Value);
            return byCountry != 0 ? byCountry : a.Year.CompareTo(b.Year);
        });
        return _values;
    }

    /// <summary>A number as the recipe would write it (invariant, shortest round-trip).</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The units of <paramref name="inputs"/>, distinct, joined with "; ".</summary>
    public static string UnitsOf(IEnumerable<Observation> inputs) =>
        string.Join("; ", inputs.Select(o => o.Provenance.Unit).Distinct(StringComparer.Ordinal));
}
