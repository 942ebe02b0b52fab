using Gpsi.Core.Derivation;
using Gpsi.Core.Observations;

namespace Gpsi.Core.Tests.Derivation;

/// <summary>Small hand-made observations for the deriver tests.</summary>
internal static class DerivationFixtures
{
    /// <summary>An observation of <paramref name="series"/> read from <c>{source}.csv</c> at <paramref name="line"/>.</summary>
    public static Observation Obs(string series, string country, int year, double value, string source = "src",
        int line = 2, string unit = "count", string vintage = "v1", ObservationFlags flags = ObservationFlags.None,
        params string[] transformations) =>
        new(new CountryCode(country), series, year, value,
            new Provenance(source, $"{source}.csv", line, vintage, unit, transformations, flags));

    public static DerivationResult Run(DerivationRule rule, params Observation[] observations) =>
        Deriver.Evaluate([new DerivedSeries("out", rule)], observations);

    public static Observation Single(this DerivationResult result, string country, int year) =>
        result.Observations.Single(o => o.Country.Value == country && o.Year == year);

    public static bool Has(this DerivationResult result, string country, int year) =>
        result.Observations.Any(o => o.Country.Value == country && o.Year == year);
}
