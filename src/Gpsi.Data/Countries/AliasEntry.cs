using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Countries;

/// <summary>One row of the embedded <c>aliases.csv</c>.</summary>
/// <param name="Kind">country, aggregate, historical, subnational, ambiguous or ignore.</param>
/// <param name="IsCode">True for a code (matched exactly, ignoring case), false for a name (matched
/// normalised).</param>
/// <param name="Value">The code or the spelling.</param>
/// <param name="Iso3">The registry code a <c>country</c> row points to, otherwise empty.</param>
/// <param name="Note">Why; becomes the resolution's reason.</param>
/// <param name="Where">The row, for diagnostics.</param>
internal sealed record AliasEntry(
    string Kind, bool IsCode, string Value, string Iso3, string Note, SourceLocation Where);
