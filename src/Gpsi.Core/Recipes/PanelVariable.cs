namespace Gpsi.Core.Recipes;

/// <summary>A panel column that is not an indicator: a group label or a denominator, with its metadata.</summary>
/// <param name="Code">The column name in the data.</param>
/// <param name="Role">Group or denominator.</param>
/// <param name="Name">Display name.</param>
/// <param name="Unit">Unit of measure (denominators).</param>
/// <param name="Series">Catalogue-based recipes: the series a denominator reads (e.g. <c>population</c>).</param>
/// <param name="Registry">Catalogue-based recipes: the country-registry field a group reads (<c>income-group</c>, <c>wb-region</c>, <c>m49-region</c>, <c>m49-subregion</c>).</param>
public sealed record PanelVariable(
    string Code,
    VariableRole Role,
    string? Name = null,
    string? Unit = null,
    string? Series = null,
    string? Registry = null);
