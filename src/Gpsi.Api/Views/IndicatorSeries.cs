using Gpsi.Core.Structure;

namespace Gpsi.Api.Views;

/// <summary>Builds <see cref="ApiIndicatorSeries"/>: a node's results in every year whose run has the node.</summary>
internal static class IndicatorSeries
{
    /// <param name="view">The view.</param>
    /// <param name="code">A node code of at least one year's run.</param>
    /// <param name="iso3">One country only; null for every country.</param>
    public static ApiIndicatorSeries Build(ApiView view, string code, string? iso3)
    {
        var years = view.Index.Years.Select(year => view.Years[year]).Where(y => y.Nodes.ContainsKey(code)).ToList();
        var node = years[^1].Nodes[code];
        return new ApiIndicatorSeries(node.Code, node.Name, ApiNames.Node(node), ApiNames.Kind(node), node.Unit,
            ApiNames.Direction(node), [.. years.Select(y => new ApiIndicatorYear(y.Year, y.EditionId, Points(view, y, code, iso3)))]);
    }

    private static List<ApiIndicatorPoint> Points(ApiView view, YearView y, string code, string? iso3)
    {
        var rows = y.RowsByNode.GetValueOrDefault(code, []);
        if (y.Nodes[code].Kind == NodeKind.Aggregate)
        {
            return [.. rows.Where(r => iso3 is null || r.Iso3 == iso3)
                .Select(r => new ApiIndicatorPoint(r.Iso3, null, r.Score, r.Rank, null, null))];
        }

        // Indicators: every country considered (the ranked ones have a score row), by rank, no score last, by ISO3.
        var order = y.Countries.Keys
            .OrderBy(c => view.Index.Score(y.Year, c, code)?.Rank ?? int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal);
        return
        [
            .. order.Where(c => iso3 is null || c == iso3).Select(c =>
            {
                var value = view.Index.Value(y.Year, c, code);
                var score = view.Index.Score(y.Year, c, code);
                return new ApiIndicatorPoint(c, value?.Value, score?.Score, score?.Rank, value?.DataYear,
                    value is null ? null : ApiNames.Status(value.Status));
            }),
        ];
    }
}
