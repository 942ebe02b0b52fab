using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>The handler of <c>GET /api/editions</c> (the other routes' are in <c>Endpoints/</c>).</summary>
internal static class ApiHandlers
{
    public static IResult Editions(HttpContext context, ServedIndexHolder holder) =>
        ApiJson.Ok(context, holder.Index.Editions.Select(e =>
            new ApiEdition(e.Id, e.Year, e.RecipeHash, e.SnapshotId, e.PublishedAt, e.IsCurrent)).ToList());
}
