namespace Gpsi.Core.Aggregation;

/// <summary>How an aggregate's score is computed from its children's scores, with sibling weights w.</summary>
public abstract record AggregationMethod
{
    private protected AggregationMethod()
    {
    }

    /// <summary>Σwx/Σw over available children; COINr <c>a_amean</c>.</summary>
    public sealed record ArithmeticMean : AggregationMethod;

    /// <summary>
    /// exp(Σw·ln x/Σw) over available children. A value ≤ 0 is an error naming unit and node, unless
    /// <paramref name="Shift"/> is set: then x + shift is used (COINr <c>a_gmean</c> fails instead).
    /// </summary>
    public sealed record GeometricMean(double? Shift = null) : AggregationMethod;

    /// <summary>Σw / Σ(w/x); COINr <c>a_hmean</c>.</summary>
    public sealed record HarmonicMean : AggregationMethod;

    /// <summary>(Σw·x^p / Σw)^(1/p); COINr <c>a_genmean</c>.</summary>
    public sealed record GeneralisedMean(double P) : AggregationMethod;

    /// <summary>The (weighted) median of the children.</summary>
    public sealed record Median : AggregationMethod;

    /// <summary>Weighted outranking between units; COINr <c>a_copeland</c>.</summary>
    public sealed record Copeland : AggregationMethod;
}
