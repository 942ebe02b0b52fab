namespace Gpsi.Data.Fetch;

/// <summary>
/// The base addresses of the services; the defaults are the real hosts, and tests point them at a loopback server.
/// A trailing slash is optional.
/// </summary>
/// <param name="WorldBank">World Bank API v2 root (default <c>https://api.worldbank.org/v2</c>).</param>
/// <param name="Who">WHO GHO OData root (default <c>https://ghoapi.azureedge.net/api</c>).</param>
/// <param name="Owid">Our World in Data site root (default <c>https://ourworldindata.org</c>).</param>
public sealed record FetchEndpoints(Uri WorldBank, Uri Who, Uri Owid)
{
    /// <summary>The real services.</summary>
    public static FetchEndpoints Default { get; } = new(
        new Uri("https://api.worldbank.org/v2"),
        new Uri("https://ghoapi.azureedge.net/api"),
        new Uri("https://ourworldindata.org"));

    /// <summary>
    /// Page <paramref name="page"/> (1-based) of a World Bank indicator for all countries:
    /// <c>{root}/country/all/indicator/{code}?format=json&amp;per_page={pageSize}&amp;page={page}</c>
    /// (and <c>&amp;source=N</c> when the target names a source).
    /// </summary>
    public Uri WorldBankPage(FetchTarget target, int pageSize, int page)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return new Uri(WorldBankQuery(target, pageSize) + $"&page={page}");
    }

    /// <summary>The World Bank request without the page number, as recorded in the catalogue.</summary>
    public string WorldBankQuery(FetchTarget target, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var source = target.WorldBankSource is { } s ? $"&source={s}" : string.Empty;
        return $"{Root(WorldBank)}/country/all/indicator/{Uri.EscapeDataString(target.Code)}" +
            $"?format=json&per_page={pageSize}{source}";
    }

    /// <summary>A GHO indicator: <c>{root}/{code}</c>.</summary>
    public Uri Gho(FetchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new Uri($"{Root(Who)}/{Uri.EscapeDataString(target.Code)}");
    }

    /// <summary>
    /// An OWID chart's full CSV with short column names:
    /// <c>{root}/grapher/{slug}.csv?v=1&amp;csvType=full&amp;useColumnShortNames=true</c>.
    /// </summary>
    public Uri OwidCsv(FetchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new Uri($"{Root(Owid)}/grapher/{Uri.EscapeDataString(target.Code)}.csv?v=1&csvType=full&useColumnShortNames=true");
    }

    private static string Root(Uri uri) => uri.ToString().TrimEnd('/');
}
