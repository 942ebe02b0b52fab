namespace Gpsi.Reports.Maps;

/// <summary>Band colours, best to worst (ColorBrewer RdYlBu, readable by most colour-blind readers), and the grey of the unranked.</summary>
public static class BandPalette
{
    private static readonly string[] Five = ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"];

    /// <summary>The fill of countries without a band.</summary>
    public const string NotRanked = "#d9d9d9";

    /// <summary>The colour of band <paramref name="index"/> (0 = best) out of <paramref name="count"/>: the five colours, or evenly picked from them for other counts.</summary>
    public static string Colour(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return count == 1 ? Five[0] : Five[(int)Math.Round(index * (Five.Length - 1.0) / (count - 1))];
    }
}
