namespace Gpsi.Data.Countries;

/// <summary>
/// The answer to "which country is this?" for a code and/or name from a source file. Only
/// <see cref="EntityKind.Country"/> carries a country; aggregates and historical entities are recognised so they are
/// excluded with a reason, never matched to a country by accident.
/// </summary>
/// <param name="Kind">What the entity is.</param>
/// <param name="Country">The country, when <paramref name="Kind"/> is <see cref="EntityKind.Country"/>.</param>
/// <param name="Reason">How it was matched or why not, for diagnostics (e.g. <c>WGI code ROM</c>, <c>aggregate: income group</c>).</param>
public sealed record EntityResolution(EntityKind Kind, Country? Country, string Reason);
