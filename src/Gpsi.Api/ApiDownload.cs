namespace Gpsi.Api;

/// <summary>One output file of the latest edition in <c>GET /api/downloads</c>.</summary>
/// <param name="Name">The file name (as <c>gpsi build</c> writes it).</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Bytes">Its length in bytes.</param>
/// <param name="Sha256">The lowercase hex SHA-256 of its bytes (also its ETag).</param>
/// <param name="Url">Where to get it (<c>/api/downloads/{name}</c>).</param>
public sealed record ApiDownload(string Name, string MediaType, long Bytes, string Sha256, string Url);
