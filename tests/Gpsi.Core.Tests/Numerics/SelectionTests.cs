using FsCheck;
using FsCheck.Fluent;
using Gpsi.Core.Numerics;

namespace Gpsi.Core.Tests.Numerics;

/// <summary>Quickselect puts the order statistics a sort would: type-7 quantiles read from it are bit-identical.</summary>
public sealed class SelectionTests
{
    private static readonly double[] Probabilities = [0.05, 0.5, 0.95];

    [Fact]
    public void PrepareType7_AnyValuesWithTies_SameQuantilesAsSorting() =>
        // Values from a small set (many ties) or spread out, 1 to 300 of them.
        Prop.ForAll(Gen.Choose(1, 300).SelectMany(n => Gen.OneOf(
                Gen.ArrayOf(Gen.Choose(0, 5).Select(i => (double)i), n),
                Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 7.0), n))).ToArbitrary(), values =>
        {
            var sorted = values.Order().ToArray();
            var selected = (double[])values.Clone();
            Selection.PrepareType7(selected, Probabilities);
            return Probabilities.All(p => Quantiles.Type7Sorted(selected, p).Equals(Quantiles.Type7Sorted(sorted, p)))
                && selected.Order().SequenceEqual(sorted);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Select_KthOfTen_IsTheKthSmallest()
    {
        double[] x = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0];
        Selection.Select(x, 3);
        x[3].ShouldBe(3);
        x[..3].ShouldAllBe(v => v <= 3);
        x[4..].ShouldAllBe(v => v >= 3);
    }
}
