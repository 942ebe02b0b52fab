using System.Collections.Immutable;
using System.Text;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Maps;

/// <summary>
/// A world map as inline SVG: one <c>path</c> per feature (id <c>c&lt;numeric&gt;</c>), Equal Earth, north up,
/// 960 units wide. Features without a shade get the hatched light grey of "not ranked".
/// </summary>
public static class WorldMap
{
    /// <summary>The SVG width in user units.</summary>
    public const double Width = 960;

    /// <summary>Renders the features; <paramref name="shades"/> is keyed by feature id (ISO numeric, three digits).</summary>
    public static string Svg(ImmutableArray<MapFeature> features, IReadOnlyDictionary<string, MapShade> shades,
        string title)
    {
        var k = Width / (2 * EqualEarth.MaxX);
        var height = Math.Ceiling(2 * EqualEarth.MaxY * k);
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 {C(Width)} {C(height)}\" role=\"img\" aria-label=\"{E(title)}\">");
        sb.Append("<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"4\" height=\"4\" patternTransform=\"rotate(45)\">")
            .Append($"<rect width=\"4\" height=\"4\" fill=\"{BandPalette.NotRanked}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#b0b0b0\" stroke-width=\"1.2\"/></pattern></defs>");
        // The outline of the globe (the meridians ±180°), so that the sea has the projection's shape.
        var outline = new StringBuilder();
        for (var lat = -90; lat <= 90; lat += 2)
        {
            var (x, y) = EqualEarth.Project(-180, lat);
            outline.Append($"{C((x * k) + (Width / 2))},{C((height / 2) - (y * k))} ");
        }

        for (var lat = 90; lat >= -90; lat -= 2)
        {
            var (x, y) = EqualEarth.Project(180, lat);
            outline.Append($"{C((x * k) + (Width / 2))},{C((height / 2) - (y * k))} ");
        }

        sb.Append($"<polygon class=\"sphere\" fill=\"#eaf1f8\" stroke=\"#b8c7d6\" stroke-width=\"0.6\" points=\"{outline.ToString().TrimEnd()}\"/>");
        sb.Append($"<clipPath id=\"globe\"><polygon points=\"{outline.ToString().TrimEnd()}\"/></clipPath><g clip-path=\"url(#globe)\">");
        foreach (var f in features)
        {
            var d = new StringBuilder();
            foreach (var ring in f.Rings)
            {
                // A ring that crosses the antimeridian (Fiji, Chukotka) is made continuous and drawn twice, once
                // on each side; the globe clip cuts off what falls outside. A ring around the pole stays as it is.
                var unwrapped = Unwrap(ring);
                var (min, max) = (unwrapped.Min(p => p.Lon), unwrapped.Max(p => p.Lon));
                if (max - min >= 359)
                {
                    AppendRing(d, ring, k, height);
                    continue;
                }

                AppendRing(d, unwrapped, k, height);
                if (max > 180)
                {
                    AppendRing(d, [.. unwrapped.Select(p => (p.Lon - 360, p.Lat))], k, height);
                }

                if (min < -180)
                {
                    AppendRing(d, [.. unwrapped.Select(p => (p.Lon + 360, p.Lat))], k, height);
                }
            }

            var shade = shades.GetValueOrDefault(f.Id);
            var fill = shade?.Fill ?? "url(#hatch)";
            var label = shade?.Title ?? f.Name;
            var id = f.Id.Length > 0 ? $" id=\"c{f.Id}\"" : string.Empty;
            sb.Append($"<path{id} fill=\"{fill}\" d=\"{d}\"><title>{E(label)}</title></path>");
        }

        sb.Append("</g>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void AppendRing(StringBuilder d, IReadOnlyList<(double Lon, double Lat)> ring, double k, double height)
    {
        string? last = null;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x, y) = EqualEarth.Project(ring[i].Lon, ring[i].Lat);
            var point = $"{C((x * k) + (Width / 2))},{C((height / 2) - (y * k))}";
            if (point == last)
            {
                continue;
            }

            d.Append(i == 0 ? "M" : "L").Append(point);
            last = point;
        }

        d.Append('Z');
    }

    /// <summary>The ring with longitudes shifted by ±360 where consecutive points jump by more than 180°.</summary>
    private static (double Lon, double Lat)[] Unwrap(ImmutableArray<(double Lon, double Lat)> ring)
    {
        var result = new (double Lon, double Lat)[ring.Length];
        var shift = 0.0;
        for (var i = 0; i < ring.Length; i++)
        {
            if (i > 0)
            {
                var step = ring[i].Lon - ring[i - 1].Lon;
                shift += step > 180 ? -360 : step < -180 ? 360 : 0;
            }

            result[i] = (ring[i].Lon + shift, ring[i].Lat);
        }

        return result;
    }
}
