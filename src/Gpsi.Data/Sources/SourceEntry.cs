namespace Gpsi.Data.Sources;

/// <summary>
/// One data set of the source catalogue, described as data: who publishes it, where it is, under which licence, how
/// its file is laid out and which indicator series it yields.
/// </summary>
/// <param name="Id">Stable id, lowercase with dashes (e.g. <c>unodc-homicide-owid</c>).</param>
/// <param name="Title">What the data set is, in a few words.</param>
/// <param name="Publisher">The original publisher (e.g. <c>UNODC (via Our World in Data)</c>).</param>
/// <param name="Url">Where the data set is published or was mirrored from.</param>
/// <param name="Licence">Licence or terms of use.</param>
/// <param name="File">The file, relative to the data folder (forward slashes).</param>
/// <param name="Format">The layout, which picks the reader: see <see cref="SourceFormats"/>.</param>
/// <param name="Vintage">The release or retrieval date of this copy.</param>
/// <param name="Series">The indicator series read from the file.</param>
/// <param name="Notes">Caveats a reader of the data should know; may be empty.</param>
/// <param name="Options">Layout options for the reader (e.g. <c>code-column: wb_code</c>); may be empty.</param>
public sealed record SourceEntry(
    string Id,
    string Title,
    string Publisher,
    string Url,
    string Licence,
    string File,
    string Format,
    string Vintage,
    IReadOnlyList<SeriesEntry> Series,
    string Notes,
    IReadOnlyDictionary<string, string> Options);
