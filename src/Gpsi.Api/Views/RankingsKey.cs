namespace Gpsi.Api.Views;

/// <summary>A rankings request after validation: the canonical node, region, income group and band (null when not
/// given), so equal requests share one cached answer.</summary>
internal readonly record struct RankingsKey(int Year, string Node, string? Region, string? Income, string? Band);
