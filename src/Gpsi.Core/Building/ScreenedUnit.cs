namespace Gpsi.Core.Building;

/// <summary>A unit left out of one year's results by the screen step, and why.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Year">The year it is left out of.</param>
/// <param name="Availability">Its share of available indicator values.</param>
/// <param name="Reason">The rule it failed, in words.</param>
public sealed record ScreenedUnit(string Unit, int Year, double Availability, string Reason);
