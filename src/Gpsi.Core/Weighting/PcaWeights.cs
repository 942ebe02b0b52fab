using Gpsi.Core.Building;

namespace Gpsi.Core.Weighting;

/// <summary>PCA weights per aggregation group; COINr <c>get_PCA(by_groups = TRUE)</c>.</summary>
internal static class PcaWeights
{
    public static string Apply(BuildContext context, WeightingMethod.Pca method) =>
        throw new NotImplementedException("PCA weights are being implemented.");
}
