using System.Text.Json;
using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Gpsi.Core.Recipes;
using Gpsi.Reports.Methodology;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/methodology[?year=]</c>: the canonical recipe behind a year's edition and the methodology
/// document generated from it, as <c>gpsi methodology</c> writes it.</summary>
internal static class MethodologyEndpoint
{
    public static IResult Handle(string? year, HttpContext context, ServedIndexHolder holder)
    {
        var view = ApiView.Of(holder);
        return ApiRequest.YearOrLatest(view, year) is { } y
            ? view.Methodologies.GetOrAdd(y.Year, _ => ApiBody.Of(Build(y))).Write(context)
            : ApiRequest.YearOrLatestProblem(view.Index, year);
    }

    private static ApiMethodology Build(YearView y)
    {
        var recipe = y.Run.Recipe;
        using var canonical = JsonDocument.Parse(RecipeCanonicalForm.ToJson(recipe));
        var markdown = MethodologyDocument.Markdown(recipe, RecipeHash.Compute(recipe), null);
        return new ApiMethodology(y.Year, y.EditionId, y.RecipeHash, canonical.RootElement.Clone(), markdown);
    }
}
