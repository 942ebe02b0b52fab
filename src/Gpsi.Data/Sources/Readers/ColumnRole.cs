using System.Collections.Immutable;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// A column a table reader needs (the entity code, the year …): the catalogue option that names it, what it holds,
/// and the header names tried, in order, when the option is absent.
/// </summary>
/// <param name="Option">The option key in the catalogue entry, e.g. <c>code-column</c>.</param>
/// <param name="Meaning">What the column holds, for messages (e.g. <c>the country code</c>).</param>
/// <param name="Defaults">Header names tried in order when the option is not set.</param>
/// <param name="Required">Whether reading fails (for the whole file) when no such column is found.</param>
internal sealed record ColumnRole(string Option, string Meaning, ImmutableArray<string> Defaults, bool Required = true);
