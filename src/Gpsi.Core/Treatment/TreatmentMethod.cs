namespace Gpsi.Core.Treatment;

/// <summary>How outliers are treated, per indicator.</summary>
public abstract record TreatmentMethod
{
    private protected TreatmentMethod()
    {
    }

    /// <summary>
    /// COINr's default <c>Treat</c>: winsorise up to <paramref name="WinsorisationLimit"/> points while
    /// |skew| ≥ <paramref name="SkewThreshold"/> and kurtosis ≥ <paramref name="KurtosisThreshold"/>; if that fails,
    /// undo and apply log_CT to the original values.
    /// </summary>
    public sealed record Default(int WinsorisationLimit = 5, double SkewThreshold = 2, double KurtosisThreshold = 3.5)
        : TreatmentMethod;

    /// <summary>
    /// x ← ln(1 + x) for every value, every year alike (a fixed transform, so scores stay comparable across years):
    /// for right-skewed rates and counts where 0 is meaningful. Values ≤ −1 are an error naming the unit.
    /// </summary>
    public sealed record Log1p : TreatmentMethod;

    /// <summary>No treatment.</summary>
    public sealed record None : TreatmentMethod;
}
