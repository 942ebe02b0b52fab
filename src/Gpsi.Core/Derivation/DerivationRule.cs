using System.Collections.Immutable;

namespace Gpsi.Core.Derivation;

/// <summary>How a <see cref="DerivedSeries"/> is computed from its inputs, per country and year.</summary>
public abstract record DerivationRule
{
    private protected DerivationRule()
    {
    }

    /// <summary>The series this rule reads, in the order written.</summary>
    public abstract ImmutableArray<string> Inputs { get; }

    /// <summary>
    /// The sum of <paramref name="Series"/> for the same country and year; present only when every term is present.
    /// </summary>
    public sealed record Sum(ImmutableArray<string> Series) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => Series;
    }

    /// <summary>
    /// One series from several that cover different years (e.g. the GCI editions): each country-year takes the value
    /// of the one series that has it. Two series with a value for the same country-year is an error.
    /// </summary>
    public sealed record Combine(ImmutableArray<string> Series) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => Series;
    }

    /// <summary><paramref name="Numerator"/> / <paramref name="Denominator"/> × <paramref name="Scale"/>, same country and year.</summary>
    public sealed record Ratio(string Numerator, string Denominator, double Scale = 1) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => [Numerator, Denominator];
    }

    /// <summary>
    /// The change of <paramref name="Series"/> over <paramref name="Years"/> years: x(t) − x(t − years), or, when
    /// <paramref name="Percent"/>, 100·(x(t) − x(t − years)) / x(t − years) (missing when x(t − years) is 0).
    /// </summary>
    public sealed record Change(string Series, int Years, bool Percent) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => [Series];
    }

    /// <summary>
    /// Σ weight·term per country-year, over the terms a year provides. A country-year is present when
    /// <paramref name="Base"/> is. A term whose series has no value at all in a year (for any country) is absent that
    /// year and reported; a term with values that year but none for this country counts as 0 only when it says
    /// <see cref="WeightedTerm.AbsentIsZero"/>, otherwise the country-year is missing. A year in which no term has any
    /// data gives no value at all (missing, not 0).
    /// </summary>
    public sealed record WeightedSum(ImmutableArray<WeightedTerm> Terms, string Base) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => [.. Terms.Select(t => t.Series), Base];
    }

    /// <summary>
    /// Σ_k weights[k]·x(t − k) / Σ weights (current year first), e.g. 16, 8, 4, 2, 1. Present when x(t) is; an earlier
    /// year without a value counts as 0 and is reported.
    /// </summary>
    public sealed record Window(string Series, ImmutableArray<double> Weights) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => [Series];
    }

    /// <summary>
    /// <paramref name="Max"/>·ln(1 + x)/ln(1 + M), where M is the largest value of the series over every country and
    /// year: a log-banded scale from 0 to <paramref name="Max"/> on which each step of Max/20 (a band) is the same
    /// ratio of raw values, and which is the same for every year. Negative values are an error.
    /// </summary>
    public sealed record LogScale(string Series, double Max = 10) : DerivationRule
    {
        /// <inheritdoc />
        public override ImmutableArray<string> Inputs => [Series];
    }
}

/// <summary>A term of <see cref="DerivationRule.WeightedSum"/>.</summary>
/// <param name="Name">The component's name in reports (e.g. <c>injuries</c>).</param>
/// <param name="Series">The series.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="AbsentIsZero">When the series has values that year but none for a country, count 0 (e.g. a source that lists only country-years with events).</param>
public sealed record WeightedTerm(string Name, string Series, double Weight, bool AbsentIsZero = false);
