namespace Gpsi.Data.Editions;

/// <summary>How much of the world an edition covers.</summary>
/// <param name="Year">The edition year.</param>
/// <param name="Considered">Countries in the recipe's unit set.</param>
/// <param name="Ranked">Countries ranked (passing the minimum-data rule).</param>
/// <param name="PopulationShare">Population of ranked countries ÷ population of every country in the registry that year (0–1).</param>
/// <param name="AreaShare">Land area of ranked countries ÷ land area of every country in the registry (0–1).</param>
/// <param name="RankedPopulation">Population of the ranked countries that year.</param>
/// <param name="WorldPopulation">Population of every country in the registry that year.</param>
public sealed record CoverageRow(
    int Year,
    int Considered,
    int Ranked,
    double PopulationShare,
    double AreaShare,
    double RankedPopulation,
    double WorldPopulation);
