namespace Gpsi.Api.Web;

/// <summary>One built dashboard file held in memory with its precompressed copies.</summary>
/// <param name="Path">The path under the dashboard root with '/' separators (<c>index.html</c>, <c>assets/x.js</c>).</param>
/// <param name="ContentType">The media type served.</param>
/// <param name="Raw">The file's bytes.</param>
/// <param name="Brotli">The build's <c>.br</c> copy; null when there is none.</param>
/// <param name="Gzip">The build's <c>.gz</c> copy; null when there is none.</param>
/// <param name="ETag">A strong tag: the SHA-256 of <paramref name="Raw"/>, quoted.</param>
internal sealed record DashboardFile(string Path, string ContentType, byte[] Raw, byte[]? Brotli, byte[]? Gzip, string ETag)
{
    /// <summary>True for content-hashed assets (under <c>assets/</c>), which never change under the same name.</summary>
    public bool Immutable => Path.StartsWith("assets/", StringComparison.Ordinal);
}
