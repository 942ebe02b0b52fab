using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/downloads</c> and <c>GET /api/downloads/{file}</c>: the latest edition's output files.</summary>
internal static class DownloadsEndpoint
{
    public static IResult List(HttpContext context, ServedIndexHolder holder)
    {
        var latest = ApiView.Of(holder).Latest;
        return latest is null
            ? ApiJson.Serialise(Array.Empty<ApiDownload>())
            : DownloadSet.Of(latest.Run).Body;
    }

    /// <summary>The file's bytes as an attachment, with its SHA-256 as a strong ETag (304 when it matches).</summary>
    public static IResult File(string file, HttpContext context, ServedIndexHolder holder)
    {
        var latest = ApiView.Of(holder).Latest;
        var set = latest is null ? null : DownloadSet.Of(latest.Run);
        if (set is null || !set.Files.TryGetValue(file, out var output))
        {
            var names = set is null ? "none (nothing is published)" : string.Join(", ", set.Files.Keys.Order(StringComparer.Ordinal));
            return ApiProblems.NotFound("file", file, "the name of an output file",
                $"There is no download '{file}'. Files: {names}.");
        }

        var entry = set.List.First(d => d.Name == file);
        context.Response.Headers.CacheControl = "public, no-cache";
        return Results.File(output.Content, entry.MediaType, entry.Name,
            entityTag: new EntityTagHeaderValue("\"" + entry.Sha256 + "\""));
    }
}
