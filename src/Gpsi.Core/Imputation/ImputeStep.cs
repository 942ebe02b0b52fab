using Gpsi.Core.Building;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Imputation;

/// <summary>Runs <see cref="Step.Impute"/>.</summary>
internal static class ImputeStep
{
    public static void Run(BuildContext context, Step.Impute step) =>
        throw new NotImplementedException("Impute is being implemented.");
}
