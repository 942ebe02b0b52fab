namespace Gpsi.Core.Observations;

/// <summary>
/// Where an observation comes from and what was done to it: the catalogue source, the file and line it was read from,
/// the source's vintage (release), its unit, the transformations applied in order, and flags. It travels with the
/// value into every later output.
/// </summary>
/// <param name="SourceId">The catalogue id of the source, e.g. <c>unodc-homicide-owid</c>.</param>
/// <param name="File">The file the value was read from, relative to the data folder.</param>
/// <param name="Line">The 1-based line of the record, or null for a value aggregated from many lines.</param>
/// <param name="Vintage">The release or retrieval the value belongs to, e.g. <c>GED 19.1</c> or <c>2022-02-09</c>.</param>
/// <param name="Unit">The unit of the value as stored (after any transformation).</param>
/// <param name="Transformations">What was done, in order, in words (e.g. <c>×100: 0–1 → 0–100</c>).</param>
/// <param name="Flags">Estimated, imputed, carried forward, derived.</param>
public sealed record Provenance(
    string SourceId,
    string File,
    int? Line,
    string Vintage,
    string Unit,
    IReadOnlyList<string> Transformations,
    ObservationFlags Flags = ObservationFlags.None)
{
    /// <summary>This provenance with one more transformation and extra flags.</summary>
    public Provenance With(string transformation, ObservationFlags flags = ObservationFlags.None) =>
        this with { Transformations = [.. Transformations, transformation], Flags = Flags | flags };
}
