using Gpsi.Core.Observations;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary>The tables of the output folder, built from an <see cref="IndexRun"/>; the same tables feed the CSV files
/// and the XLSX sheets.</summary>
internal static class IndexRunTables
{
    /// <summary>One row per considered country and year: index score, rank and band, each dimension's score and rank,
    /// and the peer ranks (empty for unranked countries). <paramref name="latestFirst"/> orders years descending.</summary>
    public static OutputTable Rankings(IndexRunView view, bool latestFirst)
    {
        var root = view.Run.RootCode;
        var intervals = view.Run.Recipe.Uncertainty is not null;
        List<string> columns = ["iso3", "name", "year", root, root + "_rank", "band"];
        if (intervals)
        {
            columns.AddRange([root + "_rank_low", root + "_rank_median", root + "_rank_high"]);
        }

        foreach (var d in view.Dimensions)
        {
            columns.Add(d.Code);
            columns.Add(d.Code + "_rank");
        }

        columns.AddRange(["income_group", "income_group_rank", "region", "region_rank"]);
        var rows = new List<object?[]>();
        foreach (var year in latestFirst ? view.Run.Years.Reverse() : view.Run.Years)
        {
            foreach (var country in view.InRankOrder(year))
            {
                var r = view.Root(year, country.Iso3);
                List<object?> row = [country.Iso3, country.Name, year, r?.Score, r?.Rank, r?.Band];
                if (intervals)
                {
                    row.AddRange([r?.Interval?.Low, r?.Interval?.Median, r?.Interval?.High]);
                }

                foreach (var d in view.Dimensions)
                {
                    var s = view.Score(year, country.Iso3, d.Code);
                    row.Add(s?.Score);
                    row.Add(s?.Rank);
                }

                row.AddRange([r?.IncomeGroup, r?.IncomeGroupRank, r?.Region, r?.RegionRank]);
                rows.Add([.. row]);
            }
        }

        return new OutputTable(columns, rows);
    }

    /// <summary>Every score row (every node, every level), in the run's order.</summary>
    public static OutputTable Scores(IndexRunView view)
    {
        var levels = view.Run.Nodes.ToDictionary(n => n.Code, n => n.Level, StringComparer.Ordinal);
        var intervals = view.Run.Recipe.Uncertainty is not null;
        List<string> columns = ["year", "iso3", "node", "level", "score", "rank", "band", "income_group",
            "income_group_rank", "income_group_size", "income_group_mean", "region", "region_rank", "region_size"];
        if (intervals)
        {
            columns.AddRange(["rank_low", "rank_median", "rank_high"]);
        }

        return new OutputTable(columns, [.. view.Run.Scores.Select(s =>
        {
            object?[] row =
            [
                s.Year, s.Iso3, s.Node, levels.TryGetValue(s.Node, out var level) ? level : null, s.Score, s.Rank,
                s.Band, s.IncomeGroup, s.IncomeGroupRank, s.IncomeGroupSize, s.IncomeGroupMean, s.Region,
                s.RegionRank, s.RegionSize,
            ];
            return intervals ? [.. row, s.Interval?.Low, s.Interval?.Median, s.Interval?.High] : row;
        })]);
    }

    /// <summary>The band and index score of every ranked country, by year then rank.</summary>
    public static OutputTable Bands(IndexRunView view)
    {
        var root = view.Run.RootCode;
        var rows = new List<object?[]>();
        foreach (var year in view.Run.Years)
        {
            rows.AddRange(view.InRankOrder(year).Select(c => view.Root(year, c.Iso3))
                .Where(r => r?.Score is not null)
                .Select(r => new object?[] { r!.Year, r.Iso3, r.Band, r.Score }));
        }

        return new OutputTable(["year", "iso3", "band", root], rows);
    }

    public static OutputTable Coverage(IndexRun run) => new(
        ["year", "considered", "ranked", "population_share", "area_share", "ranked_population", "world_population"],
        [.. run.Coverage.Select(c => new object?[]
        {
            c.Year, c.Considered, c.Ranked, c.PopulationShare, c.AreaShare, c.RankedPopulation, c.WorldPopulation,
        })]);

    public static OutputTable Completeness(IndexRunView view) => new(
        ["year", "iso3", "name", "indicators", "observed", "carried_forward", "back_cast", "imputed", "missing",
            "share", "ranked"],
        [.. view.Run.Completeness.Select(c => new object?[]
        {
            c.Year, c.Iso3, view.NameOf(c.Iso3), c.Indicators, c.Observed, c.CarriedForward, c.BackCast, c.Imputed,
            c.Missing, c.Share, c.Ranked,
        })]);

    public static OutputTable Excluded(IndexRunView view) => new(
        ["year", "iso3", "name", "reason"],
        [.. view.Run.Excluded.Select(e => new object?[] { e.Year, e.Iso3, view.NameOf(e.Iso3), e.Reason })]);

    /// <summary>Indicator values with their provenance flattened; <paramref name="filter"/> picks the rows.</summary>
    public static OutputTable Values(IndexRun run, Func<IndicatorValue, bool> filter) => new(
        ["year", "iso3", "indicator", "value", "normalised", "data_year", "status", "imputation", "sources", "files",
            "lines", "vintages", "transformations", "flags"],
        [.. run.Values.Where(filter).Select(v => new object?[]
        {
            v.Year, v.Iso3, v.Indicator, v.Value, v.Normalised, v.DataYear, StatusText(v.Status), v.Imputation,
            Join(v.Provenance, p => p.SourceId),
            Join(v.Provenance, p => p.File),
            Join(v.Provenance, p => p.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            Join(v.Provenance, p => p.Vintage),
            Join(v.Provenance, p => string.Join(" | ", p.Transformations)),
            Join(v.Provenance, p => FlagsText(p.Flags)),
        })]);

    /// <summary>Values that are not observed in the edition year and not missing: carried forward, back-cast, imputed.</summary>
    public static bool IsFilled(IndicatorValue value) =>
        value.Status is not ValueStatus.Observed and not ValueStatus.Missing;

    public static OutputTable Derivations(IndexRun run) => new(
        ["series", "year", "component", "available", "countries", "note"],
        [.. run.Derivations.Select(d => new object?[] { d.Series, d.Year, d.Component, d.Available, d.Countries, d.Note })]);

    public static OutputTable Sources(IndexRun run) => new(
        ["id", "title", "publisher", "url", "licence", "vintage", "file", "series"],
        [.. run.Sources.Select(s => new object?[]
        {
            s.Id, s.Title, s.Publisher, s.Url, s.Licence, s.Vintage, s.File, string.Join(';', s.Series),
        })]);

    /// <summary>One dimension's sheet: each ranked country's dimension score and rank and its children's scores,
    /// latest year first, by dimension rank (unscored last, by ISO3).</summary>
    public static OutputTable Dimension(IndexRunView view, string code)
    {
        var children = view.ChildrenOf(code).ToList();
        List<string> columns = ["year", "iso3", "name", code, code + "_rank"];
        columns.AddRange(children.Select(c => c.Code));
        var rows = new List<object?[]>();
        foreach (var year in view.Run.Years.Reverse())
        {
            var ranked = view.Run.Countries.Where(c => view.IsRanked(year, c.Iso3))
                .Select(c => (Country: c, Row: view.Score(year, c.Iso3, code)))
                .OrderBy(x => x.Row?.Rank ?? int.MaxValue).ThenBy(x => x.Country.Iso3, StringComparer.Ordinal);
            foreach (var (country, row) in ranked)
            {
                List<object?> cells = [year, country.Iso3, country.Name, row?.Score, row?.Rank];
                cells.AddRange(children.Select(c => (object?)view.Score(year, country.Iso3, c.Code)?.Score));
                rows.Add([.. cells]);
            }
        }

        return new OutputTable(columns, rows);
    }

    /// <summary>The status as written in the files: <c>observed</c>, <c>carried_forward</c>, <c>back_cast</c>,
    /// <c>imputed</c>, <c>missing</c>.</summary>
    public static string StatusText(ValueStatus status) => status switch
    {
        ValueStatus.Observed => "observed",
        ValueStatus.CarriedForward => "carried_forward",
        ValueStatus.BackCast => "back_cast",
        ValueStatus.Imputed => "imputed",
        ValueStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static string FlagsText(ObservationFlags flags) => flags == ObservationFlags.None
        ? string.Empty
        : string.Join('|', Enum.GetValues<ObservationFlags>()
            .Where(f => f != ObservationFlags.None && flags.HasFlag(f))
            .Select(f => f == ObservationFlags.CarriedForward ? "carried_forward" : f.ToString().ToLowerInvariant()));

    private static string Join(IEnumerable<Provenance> provenance, Func<Provenance, string> field) =>
        string.Join(';', provenance.Select(field));
}
