using Gpsi.Api.Serving;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>The handler of <c>GET /api/editions</c> (the other routes' are in <c>Endpoints/</c>).</summary>
internal static class ApiHandlers
{
    public static IResult Editions(HttpContext context, ServedIndexHolder holder) =>
        Views.ApiView.Of(holder).Editions.Write(context);
}
