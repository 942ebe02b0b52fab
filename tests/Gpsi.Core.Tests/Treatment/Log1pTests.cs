using Gpsi.Core.Building;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Treatment;

/// <summary><c>log1p</c>: ln(1 + x) for every value of an indicator, the same transform every year.</summary>
public sealed class Log1pTests
{
    [Fact]
    public void Log1p_PerIndicator_TransformsOnlyThatIndicatorEveryYear()
    {
        var panel = Panel(["A", "B"], [2019, 2020], ("a", [0, 9, 99, NA]), ("b", [1, 2, 3, 4]));
        var step = new Step.Treat(new TreatmentMethod.None(),
            System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [new KeyValuePair<string, TreatmentMethod>("a", new TreatmentMethod.Log1p())]));
        var build = Builder.Run(Recipe(OnePillar("a", "b"), step), panel);

        build.Succeeded.ShouldBeTrue();
        var treated = build.Output("Treated");
        treated.Values("a", 2019).ShouldBe([0, Math.Log(10)]);
        treated.Values("a", 2020)[0].ShouldBe(Math.Log(100));
        double.IsNaN(treated.Values("a", 2020)[1]).ShouldBeTrue();
        treated.Values("b", 2020).ShouldBe([3, 4]);
    }

    [Fact]
    public void Log1p_ValueAtOrBelowMinusOne_IsAnErrorNamingTheUnit()
    {
        var panel = Panel(["A", "B"], [2020], ("a", [-1, 2]), ("b", [1, 2]));
        var build = Builder.Run(Recipe(OnePillar("a", "b"), new Step.Treat(new TreatmentMethod.Log1p())), panel);

        build.Succeeded.ShouldBeFalse();
        build.Diagnostics.ShouldContain(d => d.Code == "treat.log1p-domain" && d.Message.Contains("'A'"));
    }
}
