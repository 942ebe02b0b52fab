using System.Collections.Immutable;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Editions;

/// <summary>
/// Assembles the build panel of a catalogue-based recipe: the recipe's countries × its indicators and denominators
/// (each reading its series) × the years from <c>data.from-year</c> to the last edition year; group variables come
/// from the country registry.
/// </summary>
public static class IndexPanel
{
    /// <summary>The panel; columns are the indicators in recipe order, then the denominators.</summary>
    public static Panel Assemble(Recipe recipe, IReadOnlyList<Country> countries, SeriesLookup series)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(series);
        var last = recipe.Years.Max();
        var first = Math.Min(recipe.Data?.FromYear ?? recipe.Years.Min(), recipe.Years.Min());
        var years = Enumerable.Range(first, last - first + 1).ToImmutableArray();
        var columns = Columns(recipe);
        var units = new Axis(countries.Select(c => c.Iso3.Value));
        var values = new double[columns.Count * years.Length * units.Count];
        Array.Fill(values, double.NaN);
        for (var c = 0; c < columns.Count; c++)
        {
            var code = columns[c].Series;
            for (var y = 0; y < years.Length; y++)
            {
                var offset = ((c * years.Length) + y) * units.Count;
                for (var u = 0; u < units.Count; u++)
                {
                    if (series.Find(code, units[u], years[y]) is { } o)
                    {
                        values[offset + u] = o.Value;
                    }
                }
            }
        }

        var groups = recipe.Variables.Where(v => v.Role == VariableRole.Group && v.Registry is not null).ToList();
        var panelUnits = countries.Select(country => new Unit(country.Iso3.Value, country.Name,
            groups.Select(g => (g.Code, Value: GroupOf(country, g.Registry!)))
                .Where(g => g.Value is not null)
                .ToImmutableSortedDictionary(g => g.Code, g => g.Value!, StringComparer.Ordinal))).ToImmutableArray();
        var data = new DataSet("Panel", units, new Axis(columns.Select(c => c.Code)), years, values);
        return new Panel(panelUnits, data);
    }

    /// <summary>The panel columns: (column code, series it reads).</summary>
    public static IReadOnlyList<(string Code, string Series)> Columns(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var columns = new List<(string, string)>();
        foreach (var node in recipe.Nodes.Where(n => n.Kind == Core.Structure.NodeKind.Indicator))
        {
            columns.Add((node.Code, node.Series ?? node.Code));
        }

        foreach (var v in recipe.Variables.Where(v => v.Role == VariableRole.Denominator))
        {
            columns.Add((v.Code, v.Series ?? v.Code));
        }

        return columns;
    }

    /// <summary>A registry field by its recipe name (<c>income-group</c>, <c>wb-region</c>, <c>m49-region</c>, <c>m49-subregion</c>).</summary>
    public static string? GroupOf(Country country, string field)
    {
        ArgumentNullException.ThrowIfNull(country);
        return field switch
        {
            "income-group" => country.IncomeGroup,
            "wb-region" => country.WbRegion,
            "m49-region" => country.M49Region,
            "m49-subregion" => country.M49SubRegion,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown registry field."),
        };
    }
}
