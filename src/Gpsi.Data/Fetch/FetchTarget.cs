using Gpsi.Data.Sources;

namespace Gpsi.Data.Fetch;

/// <summary>
/// One download of the fetch plan: which service and code, and how the fetched file is described in the snapshot's
/// catalogue (the <see cref="SourceEntry"/> fields that do not depend on the fetch itself).
/// </summary>
/// <param name="Id">Stable id, lowercase with dashes; also the file name stem in the snapshot.</param>
/// <param name="Api">The service.</param>
/// <param name="Code">World Bank or GHO indicator code, or OWID grapher chart slug.</param>
/// <param name="WorldBankSource">World Bank source id added as <c>&amp;source=N</c>; null to let the API choose.</param>
/// <param name="Title">What the data set is.</param>
/// <param name="Publisher">The original publisher.</param>
/// <param name="Licence">Licence or terms of use.</param>
/// <param name="Notes">Caveats; may be empty.</param>
/// <param name="Options">Reader options copied to the catalogue; may be empty.</param>
/// <param name="Series">The indicator series read from the file.</param>
public sealed record FetchTarget(
    string Id,
    FetchApi Api,
    string Code,
    int? WorldBankSource,
    string Title,
    string Publisher,
    string Licence,
    string Notes,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<SeriesEntry> Series)
{
    /// <summary>The file name in the snapshot folder: <c>{Id}.json</c>, or <c>{Id}.csv</c> for OWID.</summary>
    public string FileName => Id + (Api == FetchApi.Owid ? ".csv" : ".json");

    /// <summary>The catalogue format of the fetched file (see <see cref="SourceFormats"/>).</summary>
    public string Format => Api switch
    {
        FetchApi.WorldBank => SourceFormats.WorldBankJson,
        FetchApi.WhoGho => SourceFormats.GhoOData,
        _ => SourceFormats.OwidLong,
    };

    /// <summary>The catalogue entry for the fetched file.</summary>
    public SourceEntry ToSourceEntry(string url, string vintage, string notes, IReadOnlyList<SeriesEntry> series) =>
        new(Id, Title, Publisher, url, Licence, FileName, Format, vintage, series, notes, Options);
}
