using System.Globalization;
using System.Text.RegularExpressions;

namespace Gpsi.Data.Sources.Readers;

/// <summary>Parses the text of one cell: numbers in the invariant culture, years and editions, labelled codes.</summary>
internal static partial class CellText
{
    /// <summary>The earliest year a record may have.</summary>
    public const int FirstYear = 1800;

    /// <summary>The latest year a record may have.</summary>
    public const int LastYear = 2100;

    /// <summary>A finite invariant-culture number (<c>12.5</c>, <c>-3</c>, <c>1e-3</c>); no thousands separators.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A whole year in [<see cref="FirstYear"/>, <see cref="LastYear"/>].</summary>
    public static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= FirstYear
            and <= LastYear;

    /// <summary>
    /// An edition written as two years (<c>2017-2018</c>, <c>2017–18</c>, <c>2017/2018</c>): its second year, when it
    /// follows the first and both are in range.
    /// </summary>
    public static bool TryEdition(string text, out int year)
    {
        year = 0;
        var match = Edition().Match(text);
        if (!match.Success || !TryYear(match.Groups[1].Value, out var first))
        {
            return false;
        }

        var second = match.Groups[2].Value;
        var end = int.Parse(second, CultureInfo.InvariantCulture);
        if (second.Length == 2)
        {
            end += first / 100 * 100;
        }

        year = end;
        return end > first && end <= LastYear;
    }

    /// <summary>The code of a labelled cell (<c>FRA: France</c> → <c>FRA</c>), or the whole text.</summary>
    public static string Code(string text, bool labelled)
    {
        var colon = labelled ? text.IndexOf(": ", StringComparison.Ordinal) : -1;
        return colon < 0 ? text : text[..colon].TrimEnd();
    }

    /// <summary>The label of a labelled cell (<c>FRA: France</c> → <c>France</c>), or null.</summary>
    public static string? Label(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? null : text[(colon + 2)..].Trim();
    }

    /// <summary>A number for transformation texts: shortest invariant form.</summary>
    public static string Format(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})\s*[-–/]\s*(\d{4}|\d{2})$")]
    private static partial Regex Edition();
}
