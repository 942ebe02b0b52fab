using Gpsi.Core.Derivation;
using Gpsi.Core.Diagnostics;
using static Gpsi.Core.Tests.Derivation.DerivationFixtures;

namespace Gpsi.Core.Tests.Derivation;

/// <summary>The five-year weighted window and the 0–10 log scale of the terrorism impact score.</summary>
public sealed class WindowAndLogScaleTests
{
    private static readonly DerivationRule.Window Gti = new("x", [16, 8, 4, 2, 1]);

    [Fact]
    public void Window_FiveKnownYears_IsExactWeightedMean()
    {
        var result = Run(Gti, [.. Enumerable.Range(0, 5).Select(k => Obs("x", "FRA", 2011 + k, k + 1, line: 10 + k))]);

        // (16·5 + 8·4 + 4·3 + 2·2 + 1·1) / 31 = 129 / 31.
        var fra = result.Single("FRA", 2015);
        fra.Value.ShouldBe(129.0 / 31);
        fra.Provenance.Transformations.ShouldBe(["window 16, 8, 4, 2, 1 over 2011–2015, ÷ 31"]);
        fra.Provenance.Line.ShouldBeNull();
        result.Single("FRA", 2011).Value.ShouldBe(16.0 / 31);
        result.Single("FRA", 2011).Provenance.Line.ShouldBe(10);
        result.Notes.Single(n => n.Year == 2015).ShouldBe(new DerivationNote("out", 2015, "window", true, 0,
            "0 of 1 countries had an earlier year of the 5-year window missing, counted 0"));
    }

    [Fact]
    public void Window_EarlierYearMissing_CountsZeroAndIsReported()
    {
        var result = Run(Gti, Obs("x", "FRA", 2015, 5), Obs("x", "FRA", 2014, 4), Obs("x", "FRA", 2012, 2),
            Obs("x", "FRA", 2011, 1), Obs("x", "DEU", 2015, 1), Obs("x", "DEU", 2014, 1), Obs("x", "DEU", 2013, 1),
            Obs("x", "DEU", 2012, 1), Obs("x", "DEU", 2011, 1));

        result.Single("FRA", 2015).Value.ShouldBe(117.0 / 31);
        result.Single("FRA", 2015).Provenance.Transformations[^1]
            .ShouldBe("window 16, 8, 4, 2, 1 over 2011–2015, ÷ 31 (2013 missing: 0)");
        result.Single("DEU", 2015).Value.ShouldBe(1);
        var note = result.Notes.Single(n => n.Year == 2015);
        (note.Available, note.Countries).ShouldBe((false, 1));
        note.Note.ShouldBe("1 of 2 countries had an earlier year of the 5-year window missing, counted 0");
    }

    [Fact]
    public void Window_CurrentYearMissing_NoValue() =>
        Run(Gti, Obs("x", "FRA", 2014, 4)).Has("FRA", 2015).ShouldBeFalse();

    [Fact]
    public void LogScale_MaximumIsTenAndZeroIsZero()
    {
        var result = Run(new DerivationRule.LogScale("x"),
            Obs("x", "FRA", 2015, 0), Obs("x", "DEU", 2015, 9), Obs("x", "IRQ", 2014, 99.0));

        result.Single("IRQ", 2014).Value.ShouldBe(10);
        result.Single("FRA", 2015).Value.ShouldBe(0);
        result.Single("DEU", 2015).Value.ShouldBe(5, 1e-14);
        result.Single("DEU", 2015).Provenance.Unit.ShouldBe("log scale 0–10");
        result.Single("DEU", 2015).Provenance.Transformations[^1].ShouldBe("log scale 0–10: 10·ln(1 + x)/ln(1 + 99), the largest x");
    }

    [Fact]
    public void LogScale_AllZero_EveryValueZero() =>
        Run(new DerivationRule.LogScale("x"), Obs("x", "FRA", 2015, 0)).Single("FRA", 2015).Value.ShouldBe(0);

    [Fact]
    public void LogScale_NegativeValue_IsAnErrorAtItsLine()
    {
        var result = Run(new DerivationRule.LogScale("x"), Obs("x", "FRA", 2015, -1, line: 41), Obs("x", "DEU", 2015, 3));

        var error = result.Diagnostics.ShouldHaveSingleItem();
        (error.Severity, error.Code, error.Found).ShouldBe((Severity.Error, "derive.negative-log", "-1"));
        error.Location.ShouldBe(new SourceLocation("src.csv", 41, null, "derived[0].series"));
        result.Has("FRA", 2015).ShouldBeFalse();
        result.Single("DEU", 2015).Value.ShouldBe(10);
    }

    [Fact]
    public void Window_NegativeWeight_IsInvalidRule() =>
        Run(new DerivationRule.Window("x", [1, -1]), Obs("x", "FRA", 2015, 1))
            .Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("derive.invalid-rule");
}
