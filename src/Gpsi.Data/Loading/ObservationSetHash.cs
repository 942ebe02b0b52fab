using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Loading;

/// <summary>
/// Content hash of a set of observations: SHA-256 over one line per observation (source, indicator, country, year,
/// value with round-trip precision, flags) in the given order. Same data → same id, whatever files it came from.
/// </summary>
public static class ObservationSetHash
{
    /// <summary>"sha256:" + 64 hex digits.</summary>
    public static string Compute(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var o in observations)
        {
            line.Clear().Append(o.Provenance.SourceId).Append('\t').Append(o.Indicator).Append('\t')
                .Append(o.Country.Value).Append('\t').Append(o.Year.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(o.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\t')
                .Append(((int)o.Provenance.Flags).ToString(CultureInfo.InvariantCulture)).Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
