using Gpsi.Core.Building;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Denomination;

/// <summary>Runs <see cref="Step.Denominate"/>.</summary>
internal static class DenominateStep
{
    public static void Run(BuildContext context, Step.Denominate step) =>
        throw new NotImplementedException("Denominate is being implemented.");
}
