using System.Collections.Immutable;

namespace Gpsi.Core.Panels;

/// <summary>
/// One intermediate data set of a build (raw, imputed, normalised …): values by column × year × unit, NaN where
/// missing. Immutable once made; stored column-major so each indicator-year is one contiguous span.
/// </summary>
public sealed class DataSet
{
    private readonly double[] _values;

    /// <summary>Wraps <paramref name="values"/>, laid out [column][year][unit]; the array is owned from now on.</summary>
    public DataSet(string name, Axis units, Axis columns, ImmutableArray<int> years, double[] values)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != units.Count * columns.Count * years.Length)
        {
            throw new ArgumentException(
                $"Expected {units.Count * columns.Count * years.Length} values, got {values.Length}.", nameof(values));
        }

        Name = name;
        Units = units;
        Columns = columns;
        Years = years;
        _values = values;
    }

    /// <summary>The step that made it: <c>Raw</c>, <c>Denominated</c>, <c>Imputed</c>, …</summary>
    public string Name { get; }

    /// <summary>The units (rows).</summary>
    public Axis Units { get; }

    /// <summary>The columns (indicators, or all tree nodes for the aggregated set).</summary>
    public Axis Columns { get; }

    /// <summary>The years, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Values of one column in one year, one per unit.</summary>
    public ReadOnlySpan<double> Slice(int column, int yearIndex) =>
        _values.AsSpan(((column * Years.Length) + yearIndex) * Units.Count, Units.Count);

    /// <summary>Values of one column over all years ([year][unit]).</summary>
    public ReadOnlySpan<double> Column(int column) =>
        _values.AsSpan(column * Years.Length * Units.Count, Years.Length * Units.Count);

    /// <summary>The value at a position.</summary>
    public double this[int column, int yearIndex, int unit] =>
        _values[(((column * Years.Length) + yearIndex) * Units.Count) + unit];

    /// <summary>The value for (unit, column, year) by code; NaN when any is absent or the value is missing.</summary>
    public double Get(string unit, string column, int year)
    {
        var u = Units.IndexOf(unit);
        var c = Columns.IndexOf(column);
        var y = Years.IndexOf(year);
        return u < 0 || c < 0 || y < 0 ? double.NaN : this[c, y, u];
    }

    /// <summary>The index of <paramref name="year"/>, or −1.</summary>
    public int YearIndex(int year) => Years.IndexOf(year);

    /// <summary>A copy of the values, for a step to modify into the next data set.</summary>
    public double[] CopyValues() => (double[])_values.Clone();

    /// <summary>A data set with the same shape and a new name and values.</summary>
    public DataSet With(string name, double[] values) => new(name, Units, Columns, Years, values);
}
