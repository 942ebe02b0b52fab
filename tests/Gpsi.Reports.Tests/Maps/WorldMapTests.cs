using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gpsi.Reports.Maps;

namespace Gpsi.Reports.Tests.Maps;

public sealed class WorldMapTests
{
    [Fact]
    public void Read_Countries110m_DecodesQuantizedDeltaArcs()
    {
        var features = TopoJson.Read(SampleRun.GeoPath);
        features.Length.ShouldBe(177);
        features.Count(f => f.Id.Length == 0).ShouldBe(3); // N. Cyprus, Somaliland, Kosovo have no ISO code
        var norway = features.Single(f => f.Id == "578");
        norway.Name.ShouldBe("Norway");
        norway.Rings.Length.ShouldBe(4);
        // Arc 169 (Svalbard), decoded by hand with python: (15.143551435514354, 79.6743875165831), closed, 18 points.
        norway.Rings[0][0].Lon.ShouldBe(15.143551435514354, 1e-9);
        norway.Rings[0][0].Lat.ShouldBe(79.6743875165831, 1e-9);
        norway.Rings[0].Length.ShouldBe(18);
        norway.Rings[0][^1].ShouldBe(norway.Rings[0][0]);
        features.Single(f => f.Id == "004").Name.ShouldBe("Afghanistan");
        features.SelectMany(f => f.Rings).SelectMany(r => r)
            .ShouldAllBe(p => p.Lon >= -180 && p.Lon <= 180.0001 && p.Lat >= -90 && p.Lat <= 90);
    }

    [Fact]
    public void Read_ReversedArc_JoinsRingsWithoutGaps()
    {
        // China's outer ring is made of many arcs, several reversed: consecutive points stay close (no jumps).
        var china = TopoJson.Read(SampleRun.GeoPath).Single(f => f.Id == "156");
        var ring = china.Rings.MaxBy(r => r.Length);
        for (var i = 1; i < ring.Length; i++)
        {
            (Math.Abs(ring[i].Lon - ring[i - 1].Lon) + Math.Abs(ring[i].Lat - ring[i - 1].Lat)).ShouldBeLessThan(6);
        }

        ring[^1].ShouldBe(ring[0]);
    }

    [Fact]
    public void EqualEarth_Extremes_MatchD3()
    {
        // d3-geo geoEqualEarthRaw(π, 0) = [2.7066299, 0]; (0, π/2) = [0, 1.3173627].
        EqualEarth.Project(180, 0).X.ShouldBe(2.7066299, 1e-6);
        EqualEarth.Project(0, 90).Y.ShouldBe(1.3173627, 1e-6);
        EqualEarth.Project(-180, 0).X.ShouldBe(-2.7066299, 1e-6);
    }

    [Fact]
    public void Svg_OnePathPerFeature_WithTheBandColourOrHatch()
    {
        var features = TopoJson.Read(SampleRun.GeoPath);
        var svg = WorldMap.Svg(features, new Dictionary<string, MapShade> { ["578"] = new("#2c7bb6", "Norway: 87.4") }, "map");
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var paths = doc.Descendants(ns + "path").ToList();
        paths.Count.ShouldBe(177);
        var norway = paths.Single(p => (string?)p.Attribute("id") == "c578");
        norway.Attribute("fill")!.Value.ShouldBe("#2c7bb6");
        norway.Element(ns + "title")!.Value.ShouldBe("Norway: 87.4");
        paths.Single(p => (string?)p.Attribute("id") == "c156").Attribute("fill")!.Value.ShouldBe("url(#hatch)");
        Regex.IsMatch(norway.Attribute("d")!.Value, "^M[0-9.]+,[0-9.]+(L[0-9.]+,[0-9.]+)+Z").ShouldBeTrue();
    }

    [Fact]
    public void Svg_Norway_IsInTheNorthEastOfTheMapAndFijiInTheEast()
    {
        var features = TopoJson.Read(SampleRun.GeoPath);
        var svg = XDocument.Parse(WorldMap.Svg(features, new Dictionary<string, MapShade>(), "map"));
        var viewBox = svg.Root!.Attribute("viewBox")!.Value.Split(' ').Select(double.Parse).ToArray();
        viewBox[2].ShouldBe(960);
        viewBox[3].ShouldBe(468); // ceil(960 · 1.3173627 / 2.7066299)
        var d = svg.Descendants().Single(e => (string?)e.Attribute("id") == "c578").Attribute("d")!.Value;
        var first = d[1..d.IndexOf('L', StringComparison.Ordinal)].Split(',').Select(double.Parse).ToArray();
        first[0].ShouldBeInRange(480, 560); // 15°E, just east of the centre
        first[1].ShouldBeLessThan(80);        // 79.7°N, near the top
    }

    [Fact]
    public void BandPalette_FiveBands_AreTheFiveColours()
    {
        Enumerable.Range(0, 5).Select(i => BandPalette.Colour(i, 5)).Distinct().Count().ShouldBe(5);
        BandPalette.Colour(0, 3).ShouldBe(BandPalette.Colour(0, 5));
        BandPalette.Colour(2, 3).ShouldBe(BandPalette.Colour(4, 5));
        Should.Throw<ArgumentOutOfRangeException>(() => BandPalette.Colour(5, 5));
    }
}
