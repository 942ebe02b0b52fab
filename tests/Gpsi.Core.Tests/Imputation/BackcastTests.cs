using Gpsi.Core.Building;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using static Gpsi.Core.Tests.Imputation.ImputationFixtures;

namespace Gpsi.Core.Tests.Imputation;

/// <summary>Back-casting (<c>backcast:K</c>): the earliest later observation, at most K years ahead.</summary>
public sealed class BackcastTests
{
    private static readonly int[] Years = [2010, 2011, 2012, 2013, 2014];

    private static Build Run(ImputationMethod method, double[] a) =>
        Builder.Run(Recipe(OnePillar("a", "b"), new Step.Impute(method)),
            Panel(["A", "B"], Years, ("a", a), ("b", Enumerable.Repeat(1.0, a.Length).ToArray())));

    [Fact]
    public void Backcast_WithinWindow_CopiesTheEarliestLaterValueBack()
    {
        // [year][unit] for A, B. A: . . 3 . 5 ; B: . . . . 7
        var build = Run(new ImputationMethod.Backcast(2), [NA, NA, NA, NA, 3, NA, NA, NA, 5, 7]);

        var output = build.Output("Imputed");
        output.Values("a", 2010).ShouldBe([3, NA]);
        output.Values("a", 2011).ShouldBe([3, NA]);
        output.Values("a", 2012).ShouldBe([3, 7]);
        // A 2013 is between two observations: back-cast fills it from 2014 (one year ahead).
        output.Values("a", 2013).ShouldBe([5, 7]);
        output.Values("a", 2014).ShouldBe([5, 7]);
        build.Imputed.Select(i => (i.Unit, i.Year, i.SourceYear, i.Method)).ShouldBe(
        [
            ("A", 2010, (int?)2012, "backcast:2"),
            ("A", 2011, 2012, "backcast:2"),
            ("B", 2012, 2014, "backcast:2"),
            ("A", 2013, 2014, "backcast:2"),
            ("B", 2013, 2014, "backcast:2"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Backcast_AfterLatest_FillsOnlyWhatLatestLeft()
    {
        // A: . 2 . . .  → latest:1 fills 2012 from 2011; backcast:5 fills 2010 from 2011; 2013-2014 stay missing.
        var build = Builder.Run(
            Recipe(OnePillar("a", "b"), new Step.Impute(new ImputationMethod.LatestAvailable(1)),
                new Step.Impute(new ImputationMethod.Backcast(5))),
            Panel(["A"], Years, ("a", [NA, 2, NA, NA, NA]), ("b", [1, 1, 1, 1, 1])));
        var output = build.Output("Imputed");
        Years.Select(y => output.Values("a", y)[0]).ShouldBe([2, 2, 2, NA, NA]);
        build.Imputed.Single(i => i.Year == 2010).Method.ShouldBe("backcast:5");
        build.Imputed.Single(i => i.Year == 2012).Method.ShouldBe("latest:1");
    }

    [Fact]
    public void Backcast_Syntax_RoundTrips()
    {
        MethodSyntax.ParseImputation("backcast:10").Method.ShouldBe(new ImputationMethod.Backcast(10));
        MethodSyntax.Format(new ImputationMethod.Backcast(3)).ShouldBe("backcast:3");
        MethodSyntax.ParseImputation("backcast:0").Succeeded.ShouldBeFalse();
    }
}
