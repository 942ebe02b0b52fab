namespace Gpsi.Core.Normalisation;

/// <summary>
/// How indicator values are brought onto a common scale. Directions are applied first (x ← direction·x), as COINr's
/// <c>Normalise</c> does, except for goalposts, which reverse the goalposts instead. See METHODS.md §5.
/// </summary>
public abstract record NormalisationMethod
{
    private protected NormalisationMethod()
    {
    }

    /// <summary>(x − min)/(max − min)·(u − l) + l; COINr <c>n_minmax</c>.</summary>
    public sealed record MinMax(double Lower = 0, double Upper = 100) : NormalisationMethod;

    /// <summary>(x − mean)/sd·s + m with sd over n − 1; COINr <c>n_zscore</c>.</summary>
    public sealed record ZScore(double Mean = 0, double StandardDeviation = 1) : NormalisationMethod;

    /// <summary>Rank, ties given the minimum rank, NA kept; COINr <c>n_rank</c>.</summary>
    public sealed record Rank : NormalisationMethod;

    /// <summary>Rank − 1; COINr <c>n_borda</c>.</summary>
    public sealed record Borda : NormalisationMethod;

    /// <summary>(rank − 1)/(non-NA count − 1); COINr <c>n_prank</c>.</summary>
    public sealed record PercentileRank : NormalisationMethod;

    /// <summary>
    /// (x − lo)/(hi − lo), reversed for direction −1, optionally truncated to [0, 1], times <paramref name="Scale"/>.
    /// The goalposts come from each indicator's metadata unless given here; COINr <c>n_goalposts</c>.
    /// </summary>
    public sealed record Goalposts(double Scale = 100, bool Truncate = true) : NormalisationMethod;

    /// <summary>1 − (max − x)/(max − min); COINr <c>n_dist2max</c>.</summary>
    public sealed record DistanceToMax : NormalisationMethod;

    /// <summary>x / max; COINr <c>n_fracmax</c>.</summary>
    public sealed record FractionOfMax : NormalisationMethod;

    /// <summary>(x − min)/(t − min) with the indicator's target t, capped at 1 if asked; COINr <c>n_dist2targ</c>.</summary>
    public sealed record DistanceToTarget(bool Cap = true) : NormalisationMethod;

    /// <summary>Leaves values as they are (directions still applied).</summary>
    public sealed record None : NormalisationMethod;
}
