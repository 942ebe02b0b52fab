using System.Collections.Immutable;

namespace Gpsi.Core.Panels;

/// <summary>A country or territory (or any unit an index ranks), with its group labels.</summary>
/// <param name="Code">Unique code, e.g. ISO 3166-1 alpha-3.</param>
/// <param name="Name">Display name.</param>
/// <param name="Groups">Group column → label (income group, region …); a unit may lack a label.</param>
public sealed record Unit(string Code, string Name, ImmutableSortedDictionary<string, string> Groups)
{
    /// <summary>The unit's label in <paramref name="group"/>, or null.</summary>
    public string? GroupOf(string group) => Groups.GetValueOrDefault(group);
}
