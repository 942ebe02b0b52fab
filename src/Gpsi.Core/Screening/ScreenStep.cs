using Gpsi.Core.Building;
using Gpsi.Core.Recipes;

namespace Gpsi.Core.Screening;

/// <summary>Runs <see cref="Step.Screen"/>.</summary>
internal static class ScreenStep
{
    public static void Run(BuildContext context, Step.Screen step) =>
        throw new NotImplementedException("Screen is being implemented.");
}
