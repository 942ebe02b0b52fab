using System.Collections.Immutable;

namespace Gpsi.Core.Panels;

/// <summary>
/// The input of a build: units (with group labels) × variables (indicators and denominators) × years.
/// Missing observations are NaN.
/// </summary>
public sealed class Panel
{
    private readonly Dictionary<string, int> _unitIndex;

    /// <summary>Creates a panel over <paramref name="data"/>, whose units are <paramref name="units"/> in order.</summary>
    public Panel(ImmutableArray<Unit> units, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (units.Length != data.Units.Count)
        {
            throw new ArgumentException("Units and data rows differ in number.", nameof(units));
        }

        _unitIndex = [];
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i].Code != data.Units[i])
            {
                throw new ArgumentException($"Unit {i} is '{units[i].Code}' but data row {i} is '{data.Units[i]}'.",
                    nameof(units));
            }

            _unitIndex[units[i].Code] = i;
        }

        Units = units;
        Data = data;
    }

    /// <summary>The units with their names and groups.</summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>The values: every variable of the panel.</summary>
    public DataSet Data { get; }

    /// <summary>The years, ascending.</summary>
    public ImmutableArray<int> Years => Data.Years;

    /// <summary>The unit with <paramref name="code"/>, or null.</summary>
    public Unit? FindUnit(string code) => _unitIndex.TryGetValue(code, out var i) ? Units[i] : null;
}
