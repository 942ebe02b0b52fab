using System.Text;
using Gpsi.Data.Coinr;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Editions;

/// <summary>
/// Writes an <see cref="EditionComparison"/> as CSV: one row per country in its order, with the rank change
/// (places gained) and score change, each split into data and recipe parts — the Shapley average and both orders —
/// and, as the last columns, the two editions' years, recipe hashes and snapshot ids. Empty cells are parts a cross
/// build could not give. Numbers as R writes them (<see cref="RNumberFormat"/>); LF line ends; deterministic.
/// </summary>
public static class EditionDiffCsv
{
    /// <summary>The header, in column order.</summary>
    public const string Header =
        "iso3,name,rank_a,rank_b,rank_change,rank_data,rank_recipe,score_a,score_b,score_change,score_data,score_recipe," +
        "rank_data_first_data,rank_data_first_recipe,rank_recipe_first_recipe,rank_recipe_first_data," +
        "score_data_first_data,score_data_first_recipe,score_recipe_first_recipe,score_recipe_first_data," +
        "year_a,year_b,recipe_a,recipe_b,snapshot_a,snapshot_b";

    /// <summary>Renders <paramref name="comparison"/>.</summary>
    public static string Render(EditionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder(Header).Append('\n');
        var tail = string.Join(',', Num(comparison.YearA), Num(comparison.YearB), CsvText.Field(comparison.RecipeA),
            CsvText.Field(comparison.RecipeB), CsvText.Field(comparison.SnapshotA), CsvText.Field(comparison.SnapshotB));
        foreach (var c in comparison.Countries)
        {
            string[] cells =
            [
                c.Iso3, CsvText.Field(c.Name ?? string.Empty), Num(c.RankA), Num(c.RankB),
                Num(c.Rank.Total), Num(c.Rank.Data), Num(c.Rank.Recipe),
                Num(c.ScoreA), Num(c.ScoreB), Num(c.Score.Total), Num(c.Score.Data), Num(c.Score.Recipe),
                Num(c.Rank.DataFirstData), Num(c.Rank.DataFirstRecipe), Num(c.Rank.RecipeFirstRecipe), Num(c.Rank.RecipeFirstData),
                Num(c.Score.DataFirstData), Num(c.Score.DataFirstRecipe), Num(c.Score.RecipeFirstRecipe), Num(c.Score.RecipeFirstData),
                tail,
            ];
            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }

    // −0 (a part of exactly nothing, negated) is written as 0.
    private static string Num(double? value) => value is { } v ? RNumberFormat.Format(v == 0 ? 0 : v) : string.Empty;
}
