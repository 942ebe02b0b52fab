using Gpsi.Core.Editions;
using Gpsi.Core.Observations;
using Gpsi.Core.Recipes;
using Gpsi.Data.Recipes;
using Gpsi.Data.Tests.Recipes;

namespace Gpsi.Data.Tests.Store;

/// <summary>Observations, recipes and editions for the store tests.</summary>
internal static class StoreSamples
{
    public static readonly CountryCode Fin = new("FIN");
    public static readonly CountryCode Nor = new("NOR");
    public static readonly CountryCode Swe = new("SWE");

    private static readonly Provenance Homicide = new("unodc-homicide-owid", "unodc/homicide-rate.csv", 412,
        "2024-05-01", "per 100k", []);

    /// <summary>Values that lose bits if stored as text or single precision.</summary>
    public static readonly double[] ExactValues =
    [
        0.1 + 0.2, 1e-300, 1.7976931348623157e308, -1.7976931348623157e308, double.Epsilon, 5e-324 * 3,
        123456789.12345679, 9007199254740993.0, 1.0 / 3.0, -2.5, 0, 42,
    ];

    /// <summary>A snapshot exercising every provenance field: transformations (none, one, several, non-ASCII),
    /// every flag combination in use, null and present lines, and <see cref="ExactValues"/>.</summary>
    public static IReadOnlyList<Observation> Varied()
    {
        var list = new List<Observation>
        {
            new(Fin, "homicide_rate", 2019, 1.62, Homicide),
            new(Nor, "homicide_rate", 2019, 0.47, Homicide with { Line = 530 }),
            new(Swe, "homicide_rate", 2020, 1.12, Homicide.With("×100: 0–1 → 0–100", ObservationFlags.Estimated)),
            new(Fin, "conflict_deaths", 2020, 0, new Provenance("ucdp-ged", "ucdp/ged191.csv", null, "GED 19.1",
                "deaths", ["sum of events by country-year", "best estimate"],
                ObservationFlags.Derived | ObservationFlags.CarriedForward)),
            new(Nor, "trust_police", 2018, 86.5, new Provenance("ess-round9", "ess/ess9.csv", 7, "ESS9 3.1",
                "0-100", ["share of 7–10 answers", "weighted \"pspwght\""], ObservationFlags.Imputed)),
        };
        for (var i = 0; i < ExactValues.Length; i++)
        {
            list.Add(new Observation(Swe, "exact", 2000 + i, ExactValues[i], Homicide with { Line = 1000 + i }));
        }

        return list;
    }

    /// <summary><paramref name="count"/> observations cycling through 200 countries, 50 indicators, 20 years.</summary>
    public static IReadOnlyList<Observation> Many(int count, int seed = 7)
    {
        var random = new Random(seed);
        var provenance = new Provenance("bulk", "bulk/data.csv", null, "v1", "units", ["×2"]);
        var result = new Observation[count];
        for (var i = 0; i < count; i++)
        {
            var country = Code(i % 200);
            result[i] = new Observation(country, "ind" + (i / 200 % 50), 2000 + (i / 10_000 % 20),
                random.NextDouble() * 1000, provenance with { Line = i + 2 });
        }

        return result;
    }

    /// <summary>A valid three-letter code for 0 ≤ <paramref name="n"/> &lt; 26³ (AAA, AAB, …).</summary>
    public static CountryCode Code(int n) => new(string.Create(3, n, static (span, k) =>
    {
        span[0] = (char)('A' + (k / 676 % 26));
        span[1] = (char)('A' + (k / 26 % 26));
        span[2] = (char)('A' + (k % 26));
    }));

    /// <summary>The ASEM-like sample recipe, renamed so each name gives a different hash.</summary>
    public static Recipe Recipe(string name = "asem") =>
        RecipeReader.Read(SampleRecipes.Asem, "asem.yaml").Recipe! with { Name = name };

    /// <summary>An edition with <paramref name="countries"/> × 3 nodes, nulls and exact doubles included.</summary>
    public static Edition Edition(string id, int year, string recipeHash, string snapshotId, int countries = 3,
        double offset = 0)
    {
        var codes = countries <= 3
            ? new[] { Fin, Nor, Swe }.Take(countries).ToArray()
            : Enumerable.Range(0, countries).Select(Code).ToArray();
        var rows = new List<EditionRow>();
        for (var i = 0; i < codes.Length; i++)
        {
            rows.Add(new EditionRow(codes[i], "Index", 50 + offset + (i * 0.1) + 0.2, i + 1, i == 0 ? "A" : "B",
                i == 2 ? null : new RankInterval(i + 1, i + 1.5, i + 1 + (2.0 / 3))));
            rows.Add(new EditionRow(codes[i], "Conn", i == 1 ? null : 1e-300 * (i + 1), i == 1 ? null : i + 1,
                null));
            rows.Add(new EditionRow(codes[i], "LPI", 1.7976931348623157e308 / (i + 1), null, null));
        }

        return new Edition(id, year, recipeHash, snapshotId,
            new DateTimeOffset(2026, 11, 22, 12, 30, 15, TimeSpan.FromHours(2)).AddTicks(1234567), rows);
    }
}
