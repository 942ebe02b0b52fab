using System.Collections.Immutable;

namespace Gpsi.Data.Editions;

/// <summary>A catalogue source behind the index, for the sources-and-licences section of outputs and reports.</summary>
/// <param name="Id">Catalogue id.</param>
/// <param name="Title">Title.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Url">Where it was taken from.</param>
/// <param name="Licence">Licence or terms of use.</param>
/// <param name="Vintage">Release or retrieval vintage.</param>
/// <param name="File">The file under the data folder.</param>
/// <param name="Series">The series of this source the recipe uses (directly or through a derived series).</param>
public sealed record SourceSummary(
    string Id,
    string Title,
    string Publisher,
    string Url,
    string Licence,
    string Vintage,
    string File,
    ImmutableArray<string> Series);
