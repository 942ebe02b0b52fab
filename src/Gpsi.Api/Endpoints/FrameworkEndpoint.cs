using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/framework[?year=]</c>: the recipe behind a year's current edition.</summary>
internal static class FrameworkEndpoint
{
    public static IResult Handle(string? year, HttpContext context, ServedIndexHolder holder)
    {
        var view = ApiView.Of(holder);
        return ApiRequest.YearOrLatest(view, year) is { } y
            ? view.Frameworks.GetOrAdd(y.Year, _ => ApiBody.Of(Framework.Build(y))).Write(context)
            : ApiRequest.YearOrLatestProblem(view.Index, year);
    }
}
