namespace Gpsi.Api;

/// <summary>One source observation behind a value: the catalogue source, file, line and what was done to it.</summary>
/// <param name="Source">The catalogue source id.</param>
/// <param name="Title">The source's title from the catalogue; null when the catalogue does not list it.</param>
/// <param name="File">The file read, relative to the data folder.</param>
/// <param name="Line">The 1-based line; null for a value aggregated from many lines.</param>
/// <param name="Vintage">The source's release or retrieval.</param>
/// <param name="Unit">The unit as stored.</param>
/// <param name="Transformations">What was done to it, in order, in words.</param>
public sealed record ApiValueSource(string Source, string? Title, string File, int? Line, string Vintage, string Unit,
    IReadOnlyList<string> Transformations);
