using System.Collections.Immutable;

namespace Gpsi.Core.Audit;

/// <summary>
/// The internal consistency of one aggregate's children in one year: Cronbach's α (COINr <c>get_cronbach</c>) and a
/// PCA (COINr <c>get_PCA</c>).
/// </summary>
/// <param name="Code">The aggregate.</param>
/// <param name="Level">Its level.</param>
/// <param name="Children">Its children's codes, the variables of α and the PCA.</param>
/// <param name="CronbachAlpha">Cronbach's α over pairwise complete observations; NaN for a single child.</param>
/// <param name="Pca">The PCA of the children's complete rows; null when it could not be computed.</param>
/// <param name="PcaProblem">Why <paramref name="Pca"/> is null (a single child, too few complete rows, a constant
/// child); null otherwise.</param>
public sealed record AggregateAudit(
    string Code,
    int Level,
    ImmutableArray<string> Children,
    double CronbachAlpha,
    PrincipalComponents? Pca,
    string? PcaProblem);
