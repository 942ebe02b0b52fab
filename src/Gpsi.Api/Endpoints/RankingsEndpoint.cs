using System.Collections.Frozen;
using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/rankings/{year}[?node=&amp;region=&amp;income=&amp;band=]</c>: one node's ranking, optionally
/// narrowed to a region, income group or band (ranks stay global).</summary>
internal static class RankingsEndpoint
{
    /// <summary>The World Bank's income group codes.</summary>
    private static readonly FrozenDictionary<string, string> IncomeCodes = new Dictionary<string, string>
    {
        ["HIC"] = "High income",
        ["UMC"] = "Upper middle income",
        ["LMC"] = "Lower middle income",
        ["LIC"] = "Low income",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IResult Handle(string year, string? node, string? region, string? income, string? band,
        HttpContext context, ServedIndexHolder holder)
    {
        var view = ApiView.Of(holder);
        if (ApiRequest.Year(view.Index, year) is not { } served)
        {
            return ApiRequest.YearProblem(view.Index, year);
        }

        var y = view.Years[served.Year];
        string? nodeCode = y.Root.Code, regionName = null, incomeName = null, bandName = null;
        if (node is not null && (nodeCode = Match(y.Run.Nodes.Select(n => n.Code), node)) is null)
        {
            return ApiProblems.NotAccepted("node", node, y.Run.Nodes.Select(n => n.Code));
        }

        if (region is not null && (regionName = Match(y.Regions, region)) is null)
        {
            return ApiProblems.NotAccepted("region", region, y.Regions);
        }

        if (income is not null && (incomeName = Income(y, income)) is null)
        {
            return ApiProblems.NotAccepted("income", income,
                [.. y.IncomeGroups, .. IncomeCodes.Where(c => y.IncomeGroups.Contains(c.Value)).Select(c => c.Key)]);
        }

        if (band is not null && (bandName = Match(y.Bands, band)) is null)
        {
            return ApiProblems.NotAccepted("band", band, y.Bands);
        }

        var key = new RankingsKey(y.Year, nodeCode, regionName, incomeName, bandName);
        return view.Rankings.GetOrAdd(key, k => ApiBody.Of(Build(view, y, k))).Write(context);
    }

    private static ApiRankings Build(ApiView view, YearView y, RankingsKey key)
    {
        var all = view.RankingRows.GetOrAdd((key.Year, key.Node), k => RankingRows.Build(view.Index, y, k.Node));
        var rows = all.Where(r => (key.Region is null || r.Region == key.Region)
            && (key.Income is null || r.IncomeGroup == key.Income)
            && (key.Band is null || r.Band == key.Band)).ToList();
        return new ApiRankings(y.Year, y.EditionId, y.RecipeHash, ApiNames.Ref(y.Nodes[key.Node]),
            new ApiRankingFilters(key.Region, key.Income, key.Band), rows.Count, rows);
    }

    /// <summary>The income group named by <paramref name="found"/> (a group or its World Bank code), or null.</summary>
    private static string? Income(YearView y, string found) =>
        IncomeCodes.TryGetValue(found.Trim(), out var named) && y.IncomeGroups.Contains(named)
            ? named
            : Match(y.IncomeGroups, found);

    /// <summary>The accepted value equal to <paramref name="found"/> ignoring case, or null.</summary>
    private static string? Match(IEnumerable<string> accepted, string found) =>
        accepted.FirstOrDefault(a => string.Equals(a, found.Trim(), StringComparison.OrdinalIgnoreCase));
}
