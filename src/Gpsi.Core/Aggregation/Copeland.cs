using System.Collections.Immutable;

namespace Gpsi.Core.Aggregation;

/// <summary>Weighted Copeland outranking across units; COINr <c>a_copeland</c>.</summary>
internal static class Copeland
{
    public static void Aggregate(double[] values, int block, ImmutableArray<int> children, ReadOnlySpan<double> w,
        int units, int years, Span<double> output) =>
        throw new NotImplementedException("Copeland aggregation is being implemented.");
}
