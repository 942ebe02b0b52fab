using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;
using static Gpsi.Core.Tests.Derivation.DerivationFixtures;

namespace Gpsi.Core.Tests.Derivation;

/// <summary>Sum, Combine, Ratio, Change, the order of results, provenance and diagnostics.</summary>
public sealed class DeriverTests
{
    [Fact]
    public void Sum_AllTermsPresent_AddsThemAndMergesProvenance()
    {
        var result = Run(new DerivationRule.Sum(["a", "b"]),
            Obs("a", "FRA", 2015, 2, source: "s1", line: 5, vintage: "2020", transformations: "×100"),
            Obs("b", "FRA", 2015, 3.5, source: "s2", line: 9, vintage: "2021", flags: ObservationFlags.Estimated),
            Obs("a", "DEU", 2015, 1));

        result.Observations.Length.ShouldBe(1);
        var fra = result.Single("FRA", 2015);
        fra.Value.ShouldBe(5.5);
        fra.Indicator.ShouldBe("out");
        fra.Provenance.SourceId.ShouldBe("s1+s2");
        fra.Provenance.File.ShouldBe("s1.csv; s2.csv");
        fra.Provenance.Line.ShouldBeNull();
        fra.Provenance.Vintage.ShouldBe("2020; 2021");
        fra.Provenance.Unit.ShouldBe("count");
        fra.Provenance.Transformations.ShouldBe(["×100", "sum a + b"]);
        fra.Provenance.Flags.ShouldBe(ObservationFlags.Estimated | ObservationFlags.Derived);
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Combine_DisjointYears_TakesEachFromItsSeriesAndNotesCoverage()
    {
        var result = Run(new DerivationRule.Combine(["gci2017", "gci2019"]),
            Obs("gci2017", "FRA", 2017, 3.1, line: 7),
            Obs("gci2017", "DEU", 2017, 2.9),
            Obs("gci2019", "FRA", 2019, 3.4));

        result.Diagnostics.ShouldBeEmpty();
        result.Observations.Select(o => (o.Country.Value, o.Year, o.Value))
            .ShouldBe([("DEU", 2017, 2.9), ("FRA", 2017, 3.1), ("FRA", 2019, 3.4)]);
        result.Single("FRA", 2017).Provenance.Line.ShouldBe(7);
        result.Single("FRA", 2019).Provenance.Transformations[^1]
            .ShouldBe("combined from gci2017, gci2019: this value from gci2019");
        result.Notes.Select(n => (n.Year, n.Component, n.Countries))
            .ShouldBe([(2017, "gci2017", 2), (2019, "gci2019", 1)]);
    }

    [Fact]
    public void Combine_OverlappingCountryYear_IsAnErrorAndLeftOut()
    {
        var result = Run(new DerivationRule.Combine(["a", "b"]),
            Obs("a", "FRA", 2017, 1), Obs("b", "FRA", 2017, 2), Obs("a", "FRA", 2016, 1));

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Severity.ShouldBe(Severity.Error);
        error.Code.ShouldBe("derive.combine-overlap");
        error.Location!.Field.ShouldBe("derived[0].series[1]");
        error.Found.ShouldBe("FRA 2017 in both");
        result.Has("FRA", 2017).ShouldBeFalse();
        result.Single("FRA", 2016).Value.ShouldBe(1);
    }

    [Fact]
    public void Ratio_PerMillion_ScalesAndNamesTheUnit()
    {
        var result = Run(new DerivationRule.Ratio("deaths", "population", 1e6),
            Obs("deaths", "FRA", 2015, 161, unit: "deaths"),
            Obs("population", "FRA", 2015, 64_457_000, unit: "persons"),
            Obs("deaths", "DEU", 2015, 3, unit: "deaths"));

        var fra = result.Observations.ShouldHaveSingleItem();
        fra.Value.ShouldBe(161 / 64_457_000.0 * 1e6, 1e-12);
        fra.Provenance.Unit.ShouldBe("deaths per 1000000 persons");
        fra.Provenance.Transformations[^1].ShouldBe("ratio deaths / population × 1000000");
    }

    [Fact]
    public void Ratio_ZeroDenominator_LeavesOutAndNotes()
    {
        var result = Run(new DerivationRule.Ratio("a", "b"), Obs("a", "FRA", 2015, 1), Obs("b", "FRA", 2015, 0));

        result.Observations.ShouldBeEmpty();
        var note = result.Notes.ShouldHaveSingleItem();
        (note.Year, note.Component, note.Available, note.Countries).ShouldBe((2015, "b", false, 1));
    }

    [Fact]
    public void Change_Absolute_IsDifferenceOverYears()
    {
        var result = Run(new DerivationRule.Change("x", 2, Percent: false),
            Obs("x", "FRA", 2013, 10), Obs("x", "FRA", 2014, 11), Obs("x", "FRA", 2015, 7));

        result.Observations.ShouldHaveSingleItem().Value.ShouldBe(-3);
        result.Single("FRA", 2015).Provenance.Transformations[^1].ShouldBe("change of x over 2 years: x(2015) − x(2013)");
    }

    [Fact]
    public void Change_Percent_IsRelativeAndMissingOnZeroBase()
    {
        var result = Run(new DerivationRule.Change("x", 1, Percent: true),
            Obs("x", "FRA", 2014, 8), Obs("x", "FRA", 2015, 10),
            Obs("x", "DEU", 2014, 0), Obs("x", "DEU", 2015, 4));

        result.Single("FRA", 2015).Value.ShouldBe(25);
        result.Single("FRA", 2015).Provenance.Unit.ShouldBe("%");
        result.Has("DEU", 2015).ShouldBeFalse();
        var note = result.Notes.ShouldHaveSingleItem();
        (note.Year, note.Available, note.Countries).ShouldBe((2015, false, 1));
    }

    [Fact]
    public void Evaluate_UnknownInput_IsADiagnosticWithTheField()
    {
        DerivedSeries[] derived =
        [
            new("rate", new DerivationRule.Ratio("deaths", "population")),
            new("pct", new DerivationRule.Ratio("deaths", "populaton")),
            new("later", new DerivationRule.Window("pct", [1, 1])),
        ];
        var result = Deriver.Evaluate(derived,
            [Obs("deaths", "FRA", 2015, 2), Obs("population", "FRA", 2015, 4)]);

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("derive.unknown-series");
        error.Severity.ShouldBe(Severity.Error);
        error.Location!.Field.ShouldBe("derived[1].denominator");
        error.Found.ShouldBe("populaton");
        error.Message.ShouldContain("did you mean 'population'");
        result.Observations.ShouldHaveSingleItem().Indicator.ShouldBe("rate");
    }

    [Fact]
    public void Evaluate_DerivedOfDerived_UsesEarlierEntriesInOrder()
    {
        DerivedSeries[] derived =
        [
            new("total", new DerivationRule.Sum(["a", "b"]), Unit: "events"),
            new("smooth", new DerivationRule.Window("total", [1, 1])),
        ];
        var result = Deriver.Evaluate(derived,
        [
            Obs("a", "FRA", 2014, 1, "s1"), Obs("b", "FRA", 2014, 1, "s2", vintage: "v2"),
            Obs("a", "FRA", 2015, 3, "s1"), Obs("b", "FRA", 2015, 1, "s2", vintage: "v2"),
            Obs("a", "AUT", 2015, 0), Obs("b", "AUT", 2015, 0),
        ]);

        result.Observations.Select(o => (o.Indicator, o.Country.Value, o.Year, o.Value)).ShouldBe(
        [
            ("total", "AUT", 2015, 0), ("total", "FRA", 2014, 2), ("total", "FRA", 2015, 4),
            ("smooth", "AUT", 2015, 0), ("smooth", "FRA", 2014, 1), ("smooth", "FRA", 2015, 3),
        ]);
        var smooth = result.Observations.Single(o => o.Indicator == "smooth" && o.Year == 2015 && o.Country.Value == "FRA");
        smooth.Provenance.Unit.ShouldBe("events");
        (smooth.Provenance.SourceId, smooth.Provenance.File, smooth.Provenance.Vintage)
            .ShouldBe(("s1+s2", "s1.csv; s2.csv", "v1; v2"));
        smooth.Provenance.Transformations.ShouldBe(["sum a + b", "window 1, 1 over 2014–2015, ÷ 2"]);
    }

    [Fact]
    public void Evaluate_CodeAlreadyLoaded_IsADuplicateSeriesError()
    {
        var result = Deriver.Evaluate([new DerivedSeries("a", new DerivationRule.Sum(["a"]))], [Obs("a", "FRA", 2015, 1)]);

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("derive.duplicate-series");
        result.Observations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Change_YearsBelowOne_IsInvalidRule(int years)
    {
        var result = Run(new DerivationRule.Change("x", years, false), Obs("x", "FRA", 2015, 1));

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("derive.invalid-rule");
        error.Location!.Field.ShouldBe("derived[0].years");
    }

    [Fact]
    public void Evaluate_DuplicatedInputCountryYear_WarnsAndKeepsTheFirst()
    {
        var result = Run(new DerivationRule.LogScale("x", 1),
            Obs("x", "FRA", 2015, 1, line: 3), Obs("x", "FRA", 2015, 5, line: 4), Obs("x", "DEU", 2015, 3));

        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Severity, warning.Code, warning.Location!.Line).ShouldBe((Severity.Warning, "derive.duplicate-input", 4));
        result.Single("FRA", 2015).Value.ShouldBe(Math.Log(2) / Math.Log(4), 1e-15);
    }
}
