using System.Globalization;
using Gpsi.Api.Serving;
using Gpsi.Api.Views;
using Microsoft.AspNetCore.Http;

namespace Gpsi.Api;

/// <summary>Reading the request values the routes share, and the problems for bad ones.</summary>
internal static class ApiRequest
{
    /// <summary>The current edition of a four-digit <paramref name="year"/>, or null (malformed or none).</summary>
    public static ServedEdition? Year(ServedIndex index, string year) =>
        year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? index.Current.GetValueOrDefault(y)
            : null;

    /// <summary>The problem for a year that <see cref="Year"/> did not find: 400 when malformed, else 404 listing
    /// the years that have an edition.</summary>
    public static IResult YearProblem(ServedIndex index, string year)
    {
        if (year.Length != 4 || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return ApiProblems.Malformed("year", year, "a four-digit year such as 2020");
        }

        var have = index.Years.Count == 0 ? "none" : string.Join(", ", index.Years);
        return ApiProblems.NotFound("year", year, "a year with a published edition",
            $"No edition is published for {y}. Years with an edition: {have}.");
    }

    /// <summary>The year asked for by an optional <c>year</c> query value: the latest year with an edition when
    /// absent; null when malformed, without an edition, or nothing is published.</summary>
    public static YearView? YearOrLatest(ApiView view, string? year) =>
        year is null ? view.Latest : Year(view.Index, year) is { } served ? view.Years[served.Year] : null;

    /// <summary>The problem for a year that <see cref="YearOrLatest"/> did not find.</summary>
    public static IResult YearOrLatestProblem(ServedIndex index, string? year) =>
        year is null
            ? ApiProblems.NotFound("year", string.Empty, "a year with a published edition", "No edition is published yet.")
            : YearProblem(index, year);

    /// <summary>The ISO3 code of <paramref name="iso3"/> (any case), or null when it is not three letters.</summary>
    public static string? Iso3(string iso3)
    {
        var code = iso3.ToUpperInvariant();
        return Core.Observations.CountryCode.IsValid(code) ? code : null;
    }

    /// <summary>The problem for a code that <see cref="Iso3"/> rejected.</summary>
    public static IResult Iso3Problem(string field, string iso3) =>
        ApiProblems.Malformed(field, iso3, "an ISO 3166-1 alpha-3 code: three letters A-Z, such as FIN");
}
