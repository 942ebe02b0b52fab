using System.Globalization;
using Gpsi.Core.Uncertainty;

namespace Gpsi.Tests;

/// <summary>Compares two replication models draw by draw: scores within a relative tolerance, ranks exactly.</summary>
internal static class ModelAgreement
{
    /// <summary>Null when both models give the same results for <paramref name="draw"/>; else what differs.</summary>
    public static string? Differences(ReplicationModel expected, ReplicationModel actual, double[] draw,
        double relative = 1e-9)
    {
        var units = expected.Units.Length;
        double[] s1 = new double[units], s2 = new double[units];
        int[] r1 = new int[units], r2 = new int[units];
        expected.CreateEvaluator().Evaluate(draw, s1, r1);
        actual.CreateEvaluator().Evaluate(draw, s2, r2);
        for (var u = 0; u < units; u++)
        {
            var same = double.IsNaN(s1[u]) ? double.IsNaN(s2[u]) : Math.Abs(s1[u] - s2[u]) <= relative * Math.Abs(s1[u]);
            if (!same || r1[u] != r2[u])
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"draw [{string.Join(", ", draw)}], unit {expected.Units[u]}: score {s1[u]:R} rank {r1[u]} expected, score {s2[u]:R} rank {r2[u]} found");
            }
        }

        return null;
    }
}
