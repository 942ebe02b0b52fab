using System.Collections.Immutable;
using System.Text.Json;

namespace Gpsi.Reports.Maps;

/// <summary>
/// Reads the features of a TopoJSON object (world-atlas <c>countries-110m.json</c>): arcs are quantized and
/// delta-encoded, decoded with the file's transform; a negative arc index ~i is arc i reversed.
/// </summary>
public static class TopoJson
{
    /// <summary>
    /// The features of <paramref name="objectName"/> in file order, each as rings of (longitude, latitude) points.
    /// A feature without an <c>id</c> gets an empty id (world-atlas: N. Cyprus, Somaliland, Kosovo).
    /// </summary>
    public static ImmutableArray<MapFeature> Read(string path, string objectName = "countries")
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            sx = transform.GetProperty("scale")[0].GetDouble();
            sy = transform.GetProperty("scale")[1].GetDouble();
            tx = transform.GetProperty("translate")[0].GetDouble();
            ty = transform.GetProperty("translate")[1].GetDouble();
        }

        var arcs = new List<(double Lon, double Lat)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var p in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += p[0].GetDouble();
                    y += p[1].GetDouble();
                    points[i++] = ((x * sx) + tx, (y * sy) + ty);
                }
                else
                {
                    points[i++] = (p[0].GetDouble(), p[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        var features = ImmutableArray.CreateBuilder<MapFeature>();
        foreach (var g in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            var id = g.TryGetProperty("id", out var idElement) ? idElement.ToString() : string.Empty;
            var name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n)
                ? n.GetString() ?? string.Empty
                : string.Empty;
            var rings = ImmutableArray.CreateBuilder<ImmutableArray<(double Lon, double Lat)>>();
            switch (g.GetProperty("type").GetString())
            {
                case "Polygon":
                    AddPolygon(g.GetProperty("arcs"), arcs, rings);
                    break;
                case "MultiPolygon":
                    foreach (var polygon in g.GetProperty("arcs").EnumerateArray())
                    {
                        AddPolygon(polygon, arcs, rings);
                    }

                    break;
                default:
                    break;
            }

            features.Add(new MapFeature(id, name, rings.ToImmutable()));
        }

        return features.ToImmutable();
    }

    private static void AddPolygon(JsonElement polygon, List<(double Lon, double Lat)[]> arcs,
        ImmutableArray<ImmutableArray<(double Lon, double Lat)>>.Builder rings)
    {
        foreach (var ring in polygon.EnumerateArray())
        {
            var points = ImmutableArray.CreateBuilder<(double Lon, double Lat)>();
            foreach (var index in ring.EnumerateArray())
            {
                var k = index.GetInt32();
                var arc = arcs[k < 0 ? ~k : k];
                var count = arc.Length;
                for (var j = 0; j < count; j++)
                {
                    // Consecutive arcs share their joining point: keep it once.
                    if (j == 0 && points.Count > 0)
                    {
                        continue;
                    }

                    points.Add(k < 0 ? arc[count - 1 - j] : arc[j]);
                }
            }

            rings.Add(points.ToImmutable());
        }
    }
}
