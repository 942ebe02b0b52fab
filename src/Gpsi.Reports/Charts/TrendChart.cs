using System.Collections.Immutable;
using System.Text;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Charts;

/// <summary>A line chart of scores (0–100) over years as inline SVG; a missing year breaks the line.</summary>
internal static class TrendChart
{
    private const double Width = 500;
    private const double Height = 240;
    private const double Left = 34;
    private const double Right = 150;
    private const double Top = 10;
    private const double Bottom = 24;

    public static readonly ImmutableArray<string> Colours = ["#17324d", "#e66101", "#5e3c99", "#1b9e77", "#d95f02", "#66a61e", "#e7298a"];

    public static string Svg(ImmutableArray<int> years, IReadOnlyList<(string Name, double?[] Values)> series, string label)
    {
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {C(Width)} {C(Height)}\" role=\"img\" aria-label=\"{E(label)}\">");
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (years.Length == 1 ? plotW / 2 : i * plotW / (years.Length - 1));
        double Y(double v) => Top + plotH - (Math.Clamp(v, 0, 100) * plotH / 100);
        for (var v = 0; v <= 100; v += 25)
        {
            sb.Append($"<line x1=\"{C(Left)}\" y1=\"{C(Y(v))}\" x2=\"{C(Left + plotW)}\" y2=\"{C(Y(v))}\" stroke=\"#e4e7eb\"/>")
                .Append($"<text x=\"{C(Left - 4)}\" y=\"{C(Y(v) + 3)}\" font-size=\"9\" text-anchor=\"end\" fill=\"#616e7c\">{v}</text>");
        }

        for (var i = 0; i < years.Length; i++)
        {
            sb.Append($"<text x=\"{C(X(i))}\" y=\"{C(Height - 8)}\" font-size=\"9\" text-anchor=\"middle\" fill=\"#616e7c\">{years[i]}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            var width = s == 0 ? 2.6 : 1.4;
            var d = new StringBuilder();
            var pen = false;
            for (var i = 0; i < years.Length && i < series[s].Values.Length; i++)
            {
                if (series[s].Values[i] is not { } v || !double.IsFinite(v))
                {
                    pen = false;
                    continue;
                }

                d.Append(pen ? "L" : "M").Append(C(X(i))).Append(',').Append(C(Y(v)));
                pen = true;
                if (!HasNeighbour(series[s].Values, i))
                {
                    sb.Append($"<circle cx=\"{C(X(i))}\" cy=\"{C(Y(v))}\" r=\"2\" fill=\"{colour}\"/>");
                }
            }

            if (d.Length > 0)
            {
                sb.Append($"<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{C(width)}\"/>");
            }

            var ly = Top + 6 + (s * 16);
            sb.Append($"<line x1=\"{C(Width - Right + 10)}\" y1=\"{C(ly)}\" x2=\"{C(Width - Right + 26)}\" y2=\"{C(ly)}\" stroke=\"{colour}\" stroke-width=\"{C(width)}\"/>")
                .Append($"<text x=\"{C(Width - Right + 30)}\" y=\"{C(ly + 3)}\" font-size=\"10\" fill=\"#1f2933\">{E(series[s].Name)}</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static bool HasNeighbour(double?[] values, int i) =>
        (i > 0 && values[i - 1] is not null) || (i + 1 < values.Length && values[i + 1] is not null);
}
