using Gpsi.Core.Editions;

namespace Gpsi.Api;

/// <summary>A rank's uncertainty interval as the API shows it (5th percentile, median, 95th percentile rank).</summary>
/// <param name="Low">The 5th percentile rank (the better end); may be fractional.</param>
/// <param name="Median">The median rank.</param>
/// <param name="High">The 95th percentile rank (the worse end).</param>
public sealed record ApiRankInterval(double Low, double Median, double High)
{
    /// <summary>The API form of <paramref name="interval"/>; null for null.</summary>
    public static ApiRankInterval? From(RankInterval? interval) =>
        interval is null ? null : new ApiRankInterval(interval.Low, interval.Median, interval.High);
}
