namespace Gpsi.Reports.Maps;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson, Jenny 2018), an equal-area pseudocylindrical projection; same
/// constants as d3-geo's <c>geoEqualEarth</c> before scaling. x spans about ±2.7066, y about ±1.3173 (north up).
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>The largest |x| (at the equator, ±180°).</summary>
    public static double MaxX { get; } = Project(180, 0).X;

    /// <summary>The largest |y| (at the poles).</summary>
    public static double MaxY { get; } = Project(0, 90).Y;

    /// <summary>Projects a point given in degrees; y grows northwards.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + (3 * A2 * t2) + (t6 * ((7 * A3) + (9 * A4 * t2)))));
        var y = theta * (A1 + (A2 * t2) + (t6 * (A3 + (A4 * t2))));
        return (x, y);
    }
}
