namespace Gpsi.Reports.Maps;

/// <summary>How one country is drawn on the map.</summary>
/// <param name="Fill">The fill colour (<c>#rrggbb</c>).</param>
/// <param name="Title">The tooltip: name, score, band.</param>
public sealed record MapShade(string Fill, string Title);
