namespace Gpsi.Api;

/// <summary>A country's result on one dimension in its profile.</summary>
/// <param name="Code">The dimension code.</param>
/// <param name="Name">English name.</param>
/// <param name="NameZh">zh-Hans name.</param>
/// <param name="Score">The score; null when missing or the country is not ranked.</param>
/// <param name="Rank">The global rank on the dimension; null without a score.</param>
/// <param name="IndicatorsWithValue">How many of its indicators have a value for the country that year.</param>
/// <param name="IndicatorCount">How many indicators it has.</param>
public sealed record ApiCountryDimension(string Code, string Name, string NameZh, double? Score, int? Rank,
    int IndicatorsWithValue, int IndicatorCount);
