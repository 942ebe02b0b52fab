using System.Security.Cryptography;
using System.Text;

namespace Gpsi.Data.Store.Migrations;

/// <summary>One versioned schema change: <c>NNNN_name.sql</c>, applied once, in version order.</summary>
/// <param name="Version">The number before the underscore (1 for <c>0001_initial.sql</c>).</param>
/// <param name="Name">The rest of the file name (<c>initial</c>).</param>
/// <param name="Sql">The script, with line endings normalised to LF.</param>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>
    /// <c>sha256:</c> + hex of the LF-normalised script: a checkout that converts line endings does not change it,
    /// any edit of the text does.
    /// </summary>
    public string Checksum { get; } =
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>The four-digit label used in messages, e.g. <c>0001</c>.</summary>
    public string Label => Version.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
