namespace Gpsi.Core.Editions;

/// <summary>
/// How far a published rank moves under the recipe's uncertain choices: the 5th percentile, median and 95th
/// percentile rank over the recipe's uncertainty analysis (R type 7 quantiles, so fractional values occur).
/// </summary>
/// <param name="Low">The 5th percentile rank (the better end); at least 1.</param>
/// <param name="Median">The median rank.</param>
/// <param name="High">The 95th percentile rank (the worse end); Low ≤ Median ≤ High.</param>
public sealed record RankInterval(double Low, double Median, double High)
{
    /// <summary>True when the three are finite, at least 1 and in order.</summary>
    public bool IsValid => double.IsFinite(Low) && double.IsFinite(High) && Low >= 1 && Low <= Median && Median <= High;

    /// <summary>The whole-rank ends a reader sees: ⌊Low⌋ and ⌈High⌉, so the range shown never understates the spread.</summary>
    public (int Low, int High) WholeRanks => ((int)Math.Floor(Low), (int)Math.Ceiling(High));

    /// <summary>The range as shown: "3–7", or one number when both whole ends agree.</summary>
    public string Shown
    {
        get
        {
            var (low, high) = WholeRanks;
            return low == high
                ? low.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{low}–{high}");
        }
    }
}
