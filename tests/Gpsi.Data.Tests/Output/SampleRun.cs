using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Data.Editions;

namespace Gpsi.Data.Tests.Output;

/// <summary>
/// A hand-made run: 3 countries (NOR, KOR "Korea, Rep.", AFG), editions 2019 and 2020, 2 dimensions (safety,
/// conflict) with one indicator each. AFG is ranked in 2019 and excluded in 2020. Shared with Gpsi.Cli.Tests.
/// </summary>
internal static class SampleRun
{
    public const string RecipeHash = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    public const string SnapshotId = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    public static IndexRun Create()
    {
        var recipe = new Recipe
        {
            Name = "gpsi-test",
            Title = "Test Public Security Index",
            Version = "1.0",
            Nodes =
            [
                new Node { Code = "homicide", Kind = NodeKind.Indicator, Parent = "safety", Direction = Direction.Negative },
                new Node { Code = "battle_deaths", Kind = NodeKind.Indicator, Parent = "conflict", Direction = Direction.Negative },
                new Node { Code = "safety", Kind = NodeKind.Aggregate, Parent = "index" },
                new Node { Code = "conflict", Kind = NodeKind.Aggregate, Parent = "index" },
                new Node { Code = "index", Kind = NodeKind.Aggregate },
            ],
        };
        ImmutableArray<RunNode> nodes =
        [
            new("index", "Public security index", NodeKind.Aggregate, 3, null, 1, Direction.Positive, null, null, null, null),
            new("safety", "Safety", NodeKind.Aggregate, 2, "index", 1, Direction.Positive, null, null, null, "equal weights"),
            new("conflict", "Conflict", NodeKind.Aggregate, 2, "index", 1, Direction.Positive, null, null, null, null),
            new("homicide", "Homicide rate", NodeKind.Indicator, 1, "safety", 1, Direction.Negative,
                "per 100,000", "outcome", "unodc.homicide_rate", null),
            new("battle_deaths", "Battle deaths", NodeKind.Indicator, 1, "conflict", 1, Direction.Negative,
                "per 100,000", "outcome", "ucdp.battle_deaths", null),
        ];
        ImmutableArray<RunCountry> countries =
        [
            new("AFG", "AF", "004", "Afghanistan", "Low income", "South Asia", "Asia", "Southern Asia", 652230),
            new("KOR", "KR", "410", "Korea, Rep.", "High income", "East Asia & Pacific", "Asia", "Eastern Asia", 97600),
            new("NOR", "NO", "578", "Norway", "High income", "Europe & Central Asia", "Europe", "Northern Europe", 364285),
        ];
        ImmutableArray<ScoreRow> scores =
        [
            .. Country(2019, "NOR", 1, 80.5, "high", "High income", 1, 2, 70.25, "Europe & Central Asia", 1, 1,
                (90, 1), (71, 1), (90, 1), (71, 1)),
            .. Country(2019, "KOR", 2, 60, "medium", "High income", 2, 2, 70.25, "East Asia & Pacific", 1, 1,
                (70, 2), (50, 2), (70, 2), (50, 2)),
            .. Country(2019, "AFG", 3, 10.125, "low", "Low income", 1, 1, 10.125, "South Asia", 1, 1,
                (20.25, 3), (0, 3), (20.25, 3), (0, 3)),
            .. Country(2020, "NOR", 1, 82, "high", "High income", 1, 2, 72.75, "Europe & Central Asia", 1, 1,
                (92, 1), (72, 1), (92, 1), (72, 1)),
            .. Country(2020, "KOR", 2, 63.5, "medium", "High income", 2, 2, 72.75, "East Asia & Pacific", 1, 1,
                (75, 2), (52, 2), (75, 2), (52, 2)),
        ];
        var unodc = new Provenance("unodc-homicide", "crime/homicide.csv", 12, "2023", "per 100,000", ["÷ population × 100,000"]);
        var ucdp = new Provenance("ucdp-brd", "conflict/brd.csv", null, "23.1", "deaths", []);
        var pop = new Provenance("wb-population", "population/pop.csv", 7, "2024-01", "people", []);
        ImmutableArray<IndicatorValue> values =
        [
            new(2019, "AFG", "homicide", 6.5, 20.25, 2018, ValueStatus.CarriedForward, "latest:5",
                [unodc.With("carried forward from 2018", ObservationFlags.CarriedForward)]),
            new(2019, "AFG", "battle_deaths", 45.25, 0, 2019, ValueStatus.Observed, null, [ucdp, pop]),
            new(2019, "KOR", "homicide", 1.5, 70, 2019, ValueStatus.Observed, null, [unodc]),
            new(2019, "KOR", "battle_deaths", 0, 50, 2019, ValueStatus.Observed, null, [ucdp, pop]),
            new(2019, "NOR", "homicide", 0.5, 90, 2019, ValueStatus.Observed, null, [unodc]),
            new(2019, "NOR", "battle_deaths", 0, 71, 2019, ValueStatus.Observed, null, [ucdp, pop]),
            new(2020, "AFG", "homicide", 6.5, null, 2018, ValueStatus.CarriedForward, "latest:5",
                [unodc.With("carried forward from 2018", ObservationFlags.CarriedForward)]),
            new(2020, "AFG", "battle_deaths", null, null, null, ValueStatus.Missing, null, []),
            new(2020, "KOR", "homicide", 1.25, 75, 2020, ValueStatus.Observed, null, [unodc]),
            new(2020, "KOR", "battle_deaths", 0, 52, 2021, ValueStatus.BackCast, "back-cast", [ucdp, pop]),
            new(2020, "NOR", "homicide", 0.25, 92, 2020, ValueStatus.Observed, null, [unodc]),
            new(2020, "NOR", "battle_deaths", 0, 72, 2020, ValueStatus.Observed, null, [ucdp, pop]),
        ];
        return new IndexRun(
            recipe, RecipeHash, SnapshotId, [2019, 2020], countries, nodes, scores, values,
            [
                new CoverageRow(2019, 3, 3, 1, 1, 100_000_000, 100_000_000),
                new CoverageRow(2020, 3, 2, 0.6, 0.4, 60_000_000, 100_000_000),
            ],
            [
                new CompletenessRow(2019, "AFG", 2, 1, 1, 0, 0, 0, true),
                new CompletenessRow(2019, "KOR", 2, 2, 0, 0, 0, 0, true),
                new CompletenessRow(2019, "NOR", 2, 2, 0, 0, 0, 0, true),
                new CompletenessRow(2020, "AFG", 2, 0, 1, 0, 0, 1, false),
                new CompletenessRow(2020, "KOR", 2, 1, 0, 1, 0, 0, true),
                new CompletenessRow(2020, "NOR", 2, 2, 0, 0, 0, 0, true),
            ],
            [new ExclusionRow(2020, "AFG", "1 of 2 indicators available; the rule needs one in every dimension (missing: conflict)")],
            [new DerivationNote("ucdp.battle_deaths_rate", 2020, "population", true, 3, "per 100,000 people")],
            [new SourceSummary("ucdp-brd", "UCDP Battle-Related Deaths", "Uppsala University", "https://ucdp.uu.se",
                "CC BY 4.0", "23.1", "conflict/brd.csv", ["ucdp.battle_deaths"])],
            []);
    }

    private static IEnumerable<ScoreRow> Country(int year, string iso3, int rank, double score, string band,
        string group, int groupRank, int groupSize, double groupMean, string region, int regionRank, int regionSize,
        (double Score, int Rank) safety, (double Score, int Rank) conflict,
        (double Score, int Rank) homicide, (double Score, int Rank) battle)
    {
        ScoreRow Row(string node, double s, int r, string? b) =>
            new(year, iso3, node, s, r, b, group, groupRank, groupSize, groupMean, region, regionRank, regionSize);
        yield return Row("index", score, rank, band);
        yield return Row("safety", safety.Score, safety.Rank, null);
        yield return Row("conflict", conflict.Score, conflict.Rank, null);
        yield return Row("homicide", homicide.Score, homicide.Rank, null);
        yield return Row("battle_deaths", battle.Score, battle.Rank, null);
    }
}
