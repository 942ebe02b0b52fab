using Gpsi.Core.Building;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Treatment;

/// <summary>Runs <see cref="Step.Treat"/>.</summary>
internal static class TreatStep
{
    public static void Run(BuildContext context, Step.Treat step) =>
        throw new NotImplementedException("Treat is being implemented.");
}
