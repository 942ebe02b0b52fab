using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Tests.Editions;

/// <summary>The 2 × 2 split of edition changes into data and recipe parts, on hand-made cells.</summary>
public sealed class EditionDiffTests
{
    private static CellScores Cell(params (string Iso3, double Score, int Rank)[] rows) =>
        new(rows.ToImmutableSortedDictionary(r => r.Iso3, r => new CountryScore(r.Score, r.Rank), StringComparer.Ordinal));

    [Fact]
    public void Compare_SameRecipe_RecipePartZeroAndDataPartWhole()
    {
        var a = Cell(("FRA", 70, 1), ("DEU", 60, 2), ("ITA", 50, 3));
        var b = Cell(("FRA", 55, 2), ("DEU", 62.5, 1), ("ITA", 40, 3));

        // One recipe: the cross builds are the editions themselves.
        var changes = EditionDiff.Compare(a, b, a, b);

        changes.Select(c => c.Iso3).ShouldBe(["FRA", "DEU", "ITA"]);
        var fra = changes.Single(c => c.Iso3 == "FRA");
        (fra.RankA, fra.RankB, fra.Rank.Total, fra.Score.Total).ShouldBe((1, 2, -1.0, -15.0));
        fra.Score.Recipe.ShouldBe(0);
        fra.Score.Data.ShouldBe(-15);
        fra.Rank.Recipe.ShouldBe(0);
        fra.Rank.Data.ShouldBe(-1);
        changes.ShouldAllBe(c => c.Score.DataFirstRecipe == 0 && c.Score.RecipeFirstRecipe == 0
            && c.Score.Data == c.Score.Total);
    }

    [Fact]
    public void Compare_ChangedRecipe_BothOrdersAndTheirAverage()
    {
        var aa = Cell(("FRA", 70, 1), ("DEU", 60, 2));
        var bb = Cell(("FRA", 58, 2), ("DEU", 66, 1));
        var ba = Cell(("FRA", 64, 1), ("DEU", 63, 2)); // recipe B on data A
        var ab = Cell(("FRA", 61, 1), ("DEU", 59, 2)); // recipe A on data B

        var fra = EditionDiff.Compare(aa, bb, ba, ab).Single(c => c.Iso3 == "FRA");

        fra.Score.ShouldBe(new ChangeSplit(-12, DataFirstData: -9, DataFirstRecipe: -3, RecipeFirstRecipe: -6,
            RecipeFirstData: -6));
        fra.Score.Data.ShouldBe(-7.5);
        fra.Score.Recipe.ShouldBe(-4.5);
        fra.Rank.ShouldBe(new ChangeSplit(-1, 0, -1, 0, -1));
        fra.Rank.Data.ShouldBe(-0.5);
        fra.Rank.Recipe.ShouldBe(-0.5);
    }

    [Fact]
    public void Compare_CrossBuildLacksCountry_PartsNull()
    {
        var a = Cell(("FRA", 70, 1));
        var b = Cell(("FRA", 60, 1));

        var fra = EditionDiff.Compare(a, b, Cell(), b).ShouldHaveSingleItem();

        fra.Score.Total.ShouldBe(-10);
        fra.Score.DataFirstData.ShouldBe(-10);
        fra.Score.RecipeFirstRecipe.ShouldBeNull();
        fra.Score.Data.ShouldBeNull();
        fra.Score.Recipe.ShouldBeNull();
    }

    [Fact]
    public void Compare_RankedInOneEditionOnly_LeftOutAndListed()
    {
        var a = Cell(("FRA", 70, 1), ("SOM", 10, 2));
        var b = Cell(("FRA", 60, 1), ("ERI", 20, 2));

        EditionDiff.Compare(a, b, a, b).Select(c => c.Iso3).ShouldBe(["FRA"]);
        EditionDiff.Entered(a, b).ShouldBe(["ERI"]);
        EditionDiff.Left(a, b).ShouldBe(["SOM"]);
    }

    [Fact]
    public void Compare_SortsByRankChangeThenScoreChange()
    {
        var a = Cell(("AAA", 50, 3), ("BBB", 60, 2), ("CCC", 70, 1), ("DDD", 10, 4));
        var b = Cell(("AAA", 80, 1), ("BBB", 61, 2), ("CCC", 69, 3), ("DDD", 40, 4));

        EditionDiff.Compare(a, b, a, b).Select(c => c.Iso3).ShouldBe(["AAA", "CCC", "DDD", "BBB"]);
    }

    [Fact]
    public void ChangeSplit_EachOrderAndShapley_SumToTotal() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 100_000).Select(i => i / 1000.0), 4).ToArbitrary(), f =>
        {
            var split = ChangeSplit.Of(f[0], f[1], f[2], f[3]);
            static bool Near(double x, double y) => Math.Abs(x - y) <= 1e-12 * (1 + Math.Abs(y));
            return Near(split.DataFirstData!.Value + split.DataFirstRecipe!.Value, split.Total)
                && Near(split.RecipeFirstRecipe!.Value + split.RecipeFirstData!.Value, split.Total)
                && Near(split.Data!.Value + split.Recipe!.Value, split.Total);
        }).QuickCheckThrowOnFailure();
}
