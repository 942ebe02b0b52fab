namespace Gpsi.Core.Derivation;

/// <summary>
/// What a derivation found for one year: for a weighted sum, whether each component had data that year and for how
/// many countries; for a window, how many earlier years were missing and counted 0. Reports show these so that a
/// component missing in a year is stated, never silently zero.
/// </summary>
/// <param name="Series">The derived series.</param>
/// <param name="Year">The year.</param>
/// <param name="Component">The component or aspect (a term name, <c>window</c>, …).</param>
/// <param name="Available">Whether the component had data that year.</param>
/// <param name="Countries">Countries with a value of that component in that year.</param>
/// <param name="Note">A plain-language note, e.g. "no injuries data this year: term left out".</param>
public sealed record DerivationNote(string Series, int Year, string Component, bool Available, int Countries, string? Note = null);
