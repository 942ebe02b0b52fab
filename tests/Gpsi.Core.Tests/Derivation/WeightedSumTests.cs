using Gpsi.Core.Derivation;
using static Gpsi.Core.Tests.Derivation.DerivationFixtures;

namespace Gpsi.Core.Tests.Derivation;

/// <summary>The weighted sum of components, as the terrorism impact score uses it, with missing components.</summary>
public sealed class WeightedSumTests
{
    private static readonly DerivationRule.WeightedSum Impact = new(
    [
        new WeightedTerm("incidents", "inc", 1, AbsentIsZero: true),
        new WeightedTerm("deaths", "dth", 3, AbsentIsZero: true),
        new WeightedTerm("injuries", "inj", 0.5),
        new WeightedTerm("property", "prop", 2, AbsentIsZero: true),
        new WeightedTerm("hostage", "host", 0.5, AbsentIsZero: true),
    ], Base: "inc");

    private static DerivationResult Evaluate() => Run(Impact,
        // 2015: no injuries or property data at all; DEU has no deaths and no hostages recorded.
        Obs("inc", "FRA", 2015, 10, "gtd"), Obs("inc", "DEU", 2015, 2, "gtd"),
        Obs("dth", "FRA", 2015, 5, "gtd"), Obs("host", "FRA", 2015, 1, "gtd"),
        // 2016: every component but hostages; DEU has no injuries value and injuries are not AbsentIsZero.
        Obs("inc", "FRA", 2016, 3, "gtd"), Obs("inc", "DEU", 2016, 1, "gtd"),
        Obs("dth", "FRA", 2016, 1, "gtd"), Obs("dth", "DEU", 2016, 0, "gtd"),
        Obs("inj", "FRA", 2016, 4, "gtd"), Obs("prop", "FRA", 2016, 2, "gtd"), Obs("prop", "DEU", 2016, 1, "gtd"));

    [Fact]
    public void WeightedSum_AbsentTerms_LeftOutOfThatYear()
    {
        var result = Evaluate();

        result.Diagnostics.ShouldBeEmpty();
        result.Single("FRA", 2015).Value.ShouldBe(10 + (3 * 5) + (0.5 * 1));
        result.Single("DEU", 2015).Value.ShouldBe(2);
        result.Single("FRA", 2016).Value.ShouldBe(3 + (3 * 1) + (0.5 * 4) + (2 * 2));
    }

    [Fact]
    public void WeightedSum_TermPresentThatYearButNotForCountry_MissingUnlessAbsentIsZero() =>
        Evaluate().Has("DEU", 2016).ShouldBeFalse();

    [Fact]
    public void WeightedSum_Transformation_StatesFormulaAbsentTermsAndZeros()
    {
        var result = Evaluate();
        const string formula = "weighted-sum 1·incidents + 3·deaths + 0.5·injuries + 2·property + 0.5·hostage";

        result.Single("FRA", 2015).Provenance.Transformations.ShouldBe([formula + " (2015: injuries, property absent)"]);
        result.Single("DEU", 2015).Provenance.Transformations.ShouldBe(
            [formula + " (2015: injuries, property absent); deaths, hostage: none recorded for DEU, counted 0"]);
        result.Single("FRA", 2016).Provenance.Transformations.ShouldBe([formula + " (2016: hostage absent)"]);
        // DEU 2015: its incidents line, plus the deaths and hostage sources that list nothing for DEU (counted 0).
        result.Single("DEU", 2015).Provenance.Line.ShouldBeNull();
        result.Single("DEU", 2015).Provenance.SourceId.ShouldBe("gtd");
        result.Single("FRA", 2015).Provenance.Line.ShouldBeNull();
        result.Single("FRA", 2015).Provenance.SourceId.ShouldBe("gtd");
    }

    [Fact]
    public void WeightedSum_Notes_OnePerYearPerTerm()
    {
        var notes = Evaluate().Notes;

        notes.Select(n => (n.Year, n.Component, n.Available, n.Countries)).ShouldBe(
        [
            (2015, "incidents", true, 2), (2015, "deaths", true, 1), (2015, "injuries", false, 0),
            (2015, "property", false, 0), (2015, "hostage", true, 1),
            (2016, "incidents", true, 2), (2016, "deaths", true, 2), (2016, "injuries", true, 1),
            (2016, "property", true, 2), (2016, "hostage", false, 0),
        ]);
        notes[2].Note.ShouldBe("no injuries data in 2015: term left out");
        notes.ShouldAllBe(n => n.Series == "out");
    }

    [Fact]
    public void WeightedSum_YearWithoutAnyTerm_NoValuesAndNoNotes()
    {
        var rule = new DerivationRule.WeightedSum([new WeightedTerm("deaths", "dth", 1, AbsentIsZero: true)], "pop");

        var result = Run(rule, Obs("pop", "FRA", 1993, 5.8e7), Obs("pop", "FRA", 1994, 5.8e7),
            Obs("dth", "DEU", 1994, 2));

        result.Observations.Select(o => (o.Year, o.Value)).ShouldBe([(1994, 0.0)]);
        result.Notes.ShouldAllBe(n => n.Year == 1994);
    }

    [Fact]
    public void WeightedSum_BaseNotATerm_DefinesCountriesAndJoinsProvenance()
    {
        var rule = new DerivationRule.WeightedSum([new WeightedTerm("deaths", "dth", 2, AbsentIsZero: true)], "pop");

        var result = Run(rule, Obs("pop", "FRA", 2015, 6.4e7, "wpp", unit: "persons"),
            Obs("pop", "DEU", 2015, 8.2e7, "wpp", unit: "persons"), Obs("dth", "FRA", 2015, 7, "gtd"),
            Obs("dth", "ITA", 2015, 1, "gtd"));

        result.Observations.Select(o => (o.Country.Value, o.Value)).ShouldBe([("DEU", 0), ("FRA", 14)]);
        result.Single("FRA", 2015).Provenance.SourceId.ShouldBe("gtd+wpp");
        result.Single("FRA", 2015).Provenance.Unit.ShouldBe("count");
        // DEU's 0 deaths come from the deaths source listing nothing for DEU: that source is named too (no line).
        result.Single("DEU", 2015).Provenance.SourceId.ShouldBe("gtd+wpp");
        result.Single("DEU", 2015).Provenance.Line.ShouldBeNull();
    }
}
