using System.Text.Json;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Output;

/// <summary>
/// <c>rankings.json</c>: the recipe hash and snapshot id, the years, the tree, and per edition its coverage and every
/// considered country (ranked ones in rank order, then unranked ones by ISO3 with the reason) with its score and rank on
/// every node, band and peer ranks. Keys are written in a fixed order.
/// </summary>
internal static class RankingsJson
{
    public static byte[] Render(IndexRunView view) => OutputJson.Write(w =>
    {
        var run = view.Run;
        w.WriteStartObject();
        w.WriteString("recipe_hash", run.RecipeHash);
        w.WriteString("snapshot_id", run.SnapshotId);
        w.WriteString("recipe", run.Recipe.Name);
        w.Text("recipe_version", run.Recipe.Version);
        w.WriteString("root", run.RootCode);
        w.WriteStartArray("years");
        foreach (var year in run.Years)
        {
            w.WriteNumberValue(year);
        }

        w.WriteEndArray();
        w.WriteStartArray("nodes");
        foreach (var n in run.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("code", n.Code);
            w.WriteString("name", n.Name);
            w.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("level", n.Level);
            w.Text("parent", n.Parent);
            w.Number("weight", n.Weight);
            w.WriteNumber("direction", (int)n.Direction);
            w.Text("unit", n.Unit);
            w.Text("type", n.Type);
            w.Text("series", n.Series);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("editions");
        foreach (var year in run.Years)
        {
            Edition(w, view, year);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Edition(Utf8JsonWriter w, IndexRunView view, int year)
    {
        var run = view.Run;
        w.WriteStartObject();
        w.WriteNumber("year", year);
        w.WritePropertyName("coverage");
        if (run.Coverage.FirstOrDefault(c => c.Year == year) is { } c)
        {
            w.WriteStartObject();
            w.WriteNumber("considered", c.Considered);
            w.WriteNumber("ranked", c.Ranked);
            w.Number("population_share", c.PopulationShare);
            w.Number("area_share", c.AreaShare);
            w.Number("ranked_population", c.RankedPopulation);
            w.Number("world_population", c.WorldPopulation);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        var reasons = run.Excluded.Where(e => e.Year == year).ToDictionary(e => e.Iso3, e => e.Reason, StringComparer.Ordinal);
        w.WriteStartArray("countries");
        foreach (var country in view.InRankOrder(year))
        {
            Country(w, view, year, country, reasons.GetValueOrDefault(country.Iso3));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Country(Utf8JsonWriter w, IndexRunView view, int year, RunCountry country, string? reason)
    {
        var root = view.Root(year, country.Iso3);
        w.WriteStartObject();
        w.WriteString("iso3", country.Iso3);
        w.WriteString("name", country.Name);
        w.WriteBoolean("ranked", root?.Score is not null);
        w.WriteStartObject("scores");
        foreach (var node in view.Run.Nodes)
        {
            if (view.Score(year, country.Iso3, node.Code) is { } s)
            {
                w.WriteStartObject(node.Code);
                w.Number("score", s.Score);
                w.Integer("rank", s.Rank);
                if (s.Interval is { } interval)
                {
                    w.WriteStartObject("rank_interval");
                    w.Number("low", interval.Low);
                    w.Number("median", interval.Median);
                    w.Number("high", interval.High);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
        w.Text("band", root?.Band);
        w.WritePropertyName("income_group");
        if (root?.IncomeGroup is { } group)
        {
            w.WriteStartObject();
            w.WriteString("name", group);
            w.Integer("rank", root.IncomeGroupRank);
            w.Integer("size", root.IncomeGroupSize);
            w.Number("mean", root.IncomeGroupMean);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("region");
        if (root?.Region is { } region)
        {
            w.WriteStartObject();
            w.WriteString("name", region);
            w.Integer("rank", root.RegionRank);
            w.Integer("size", root.RegionSize);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.Text("excluded_because", reason);
        w.WriteEndObject();
    }
}
