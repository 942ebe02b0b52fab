using System.Globalization;
using System.Net;

namespace Gpsi.Reports.Html;

/// <summary>Small helpers for writing XHTML-compatible markup by hand.</summary>
internal static class Html
{
    /// <summary>Escapes text for an element or a double-quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A number with <paramref name="decimals"/> decimals, invariant; an en dash when null or not finite.</summary>
    public static string N(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + decimals, CultureInfo.InvariantCulture) : "–";

    /// <summary>A share (0–1) as a percentage with one decimal.</summary>
    public static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";

    /// <summary>A raw indicator value: up to four significant decimals, without trailing zeros.</summary>
    public static string Value(double? value) => value switch
    {
        null => "–",
        var v when Math.Abs(v.Value) >= 1000 => v.Value.ToString("N0", CultureInfo.InvariantCulture),
        var v when Math.Abs(v.Value) >= 10 => v.Value.ToString("0.##", CultureInfo.InvariantCulture),
        var v => v.Value.ToString("0.####", CultureInfo.InvariantCulture),
    };

    /// <summary>A coordinate for SVG (one decimal, invariant).</summary>
    public static string C(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
