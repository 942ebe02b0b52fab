using System.Collections.Immutable;

namespace Gpsi.Reports.Maps;

/// <summary>A country shape from the map file.</summary>
/// <param name="Id">The feature id: the ISO 3166 numeric code as three digits (e.g. <c>578</c>); empty when the file gives none.</param>
/// <param name="Name">The map's English name.</param>
/// <param name="Rings">Outer rings and holes, each a closed list of (longitude, latitude) in degrees.</param>
public sealed record MapFeature(string Id, string Name, ImmutableArray<ImmutableArray<(double Lon, double Lat)>> Rings);
