using Gpsi.Core.Building;
using Gpsi.Core.Observations;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Data.Editions;

/// <summary>
/// The value behind each indicator score of a build: the value after derivation, denomination and imputation (before
/// treatment and normalisation), the year it was observed, how it got there, and the source observations.
/// </summary>
internal sealed class IndicatorValues
{
    private readonly SeriesLookup _lookup;
    private readonly DataSet _observed;
    private readonly DataSet _filled;
    private readonly DataSet? _normalised;
    private readonly List<(int Column, Node Node, string? DenominatorSeries)> _indicators = [];
    private readonly Dictionary<(string Unit, string Indicator, int Year), ImputedValue> _imputed = [];

    public IndicatorValues(Recipe recipe, Build build, SeriesLookup lookup)
    {
        _lookup = lookup;
        _observed = build.Find("Denominated") ?? build.Raw!;
        _filled = build.Find("Imputed") ?? _observed;
        _normalised = build.Normalised;
        var denominators = recipe.Variables.Where(v => v.Role == VariableRole.Denominator)
            .ToDictionary(v => v.Code, v => v.Series ?? v.Code, StringComparer.Ordinal);
        foreach (var node in recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator))
        {
            _indicators.Add((_filled.Columns.IndexOf(node.Code), node,
                node.Denominator is { } d ? denominators.GetValueOrDefault(d.Code) : null));
        }

        foreach (var i in build.Imputed)
        {
            _imputed[(i.Unit, i.Indicator, i.Year)] = i;
        }
    }

    public IEnumerable<IndicatorValue> For(int year, int unit, bool ranked)
    {
        var y = _filled.YearIndex(year);
        var iso3 = _filled.Units[unit];
        foreach (var (c, node, denominator) in _indicators)
        {
            var value = _filled[c, y, unit];
            if (double.IsNaN(value))
            {
                yield return new IndicatorValue(year, iso3, node.Code, null, null, null, ValueStatus.Missing, null, []);
                continue;
            }

            var status = ValueStatus.Observed;
            int? dataYear = year;
            string? method = null;
            if (double.IsNaN(_observed[c, y, unit])
                && _imputed.TryGetValue((iso3, node.Code, year), out var imputed))
            {
                method = imputed.Method;
                dataYear = imputed.SourceYear;
                status = method.StartsWith("latest", StringComparison.Ordinal) ? ValueStatus.CarriedForward
                    : method.StartsWith("backcast", StringComparison.Ordinal) ? ValueStatus.BackCast
                    : ValueStatus.Imputed;
            }

            var normalised = ranked && _normalised is not null ? _normalised[c, y, unit] : double.NaN;
            yield return new IndicatorValue(year, iso3, node.Code, value,
                double.IsNaN(normalised) ? null : normalised, dataYear, status, method,
                Provenance(node.Series ?? node.Code, denominator, iso3, dataYear));
        }
    }

    private System.Collections.Immutable.ImmutableArray<Provenance> Provenance(string series, string? denominator,
        string iso3, int? year)
    {
        if (year is not { } at)
        {
            return [];
        }

        var result = new List<Provenance>(2);
        if (_lookup.Find(series, iso3, at) is { } o)
        {
            result.Add(o.Provenance);
        }

        if (denominator is not null && _lookup.Find(denominator, iso3, at) is { } d)
        {
            result.Add(d.Provenance);
        }

        return [.. result];
    }
}
