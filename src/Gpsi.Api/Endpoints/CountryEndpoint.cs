using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Gpsi.Core.Observations;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api.Endpoints;

/// <summary><c>GET /api/countries/{iso3}[?year=]</c>: a country's profile in a year's current edition.</summary>
internal static class CountryEndpoint
{
    public static IResult Handle(string iso3, string? year, HttpContext context, ServedIndexHolder holder)
    {
        if (ApiRequest.Iso3(iso3) is not { } code)
        {
            return ApiRequest.Iso3Problem("iso3", iso3);
        }

        var view = ApiView.Of(holder);
        if (ApiRequest.YearOrLatest(view, year) is not { } y)
        {
            return ApiRequest.YearOrLatestProblem(view.Index, year);
        }

        if (!y.Countries.ContainsKey(code))
        {
            var known = view.Registry.Find(new CountryCode(code));
            var detail = known is null
                ? $"No current edition has results for '{code}'."
                : $"{known.Name} ({code}) is not covered by the GPSI: the {y.Year} edition ({y.EditionId}) does not " +
                  "consider it (the index covers the UN member and observer states).";
            return ApiProblems.NotFound("iso3", iso3, "the code of a country in a published edition", detail);
        }

        return view.Countries.GetOrAdd((y.Year, code), k => ApiBody.Of(CountryProfile.Build(view, y, k.Iso3)))
            .Write(context);
    }
}
