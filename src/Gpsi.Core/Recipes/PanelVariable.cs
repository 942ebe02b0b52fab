namespace Gpsi.Core.Recipes;

/// <summary>A panel column that is not an indicator: a group label or a denominator, with its metadata.</summary>
/// <param name="Code">The column name in the data.</param>
/// <param name="Role">Group or denominator.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of measure (denominators).</param>
public sealed record PanelVariable(string Code, VariableRole Role, string? Name = null, string? Unit = null);
