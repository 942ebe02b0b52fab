namespace Gpsi.Data.Editions;

/// <summary>One country's change between two editions, on one node (usually the index).</summary>
/// <param name="Iso3">The country.</param>
/// <param name="Name">Its name, when known.</param>
/// <param name="RankA">Rank in edition A (1 = best).</param>
/// <param name="RankB">Rank in edition B.</param>
/// <param name="ScoreA">Score in edition A.</param>
/// <param name="ScoreB">Score in edition B.</param>
/// <param name="Rank">Places gained (RankA − RankB: positive = moved up), split into data and recipe parts.</param>
/// <param name="Score">Score change (ScoreB − ScoreA), split into data and recipe parts.</param>
public sealed record CountryChange(
    string Iso3,
    string? Name,
    int RankA,
    int RankB,
    double ScoreA,
    double ScoreB,
    ChangeSplit Rank,
    ChangeSplit Score);
