namespace Gpsi.Core.Audit;

/// <summary>Which correlation coefficient to compute (R's <c>cor(method = …)</c>).</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment r (COINr <c>get_corr</c>'s default).</summary>
    Pearson,

    /// <summary>Spearman's ρ: Pearson's r of the ranks, ties getting their average rank.</summary>
    Spearman,
}
