namespace Gpsi.Core.Recipes;

/// <summary>
/// Where a recipe's panel comes from. The engine never reads it; the front doors do (paths are relative to the
/// recipe file). Column names default to COINr's iData layout.
/// </summary>
public sealed record DataSource
{
    /// <summary>The data file, relative to the recipe; null when the data comes through a source catalogue.</summary>
    public string? File { get; init; }

    /// <summary>
    /// The source catalogue the recipe's series come from: <c>default</c> for the embedded <c>catalogue/sources.yaml</c>,
    /// or a path relative to the recipe. Null for a file-based recipe.
    /// </summary>
    public string? Catalogue { get; init; }

    /// <summary>Which countries a catalogue-based recipe considers, e.g. <c>un-members-and-observers</c> or <c>all</c>.</summary>
    public string? Units { get; init; }

    /// <summary>The first year of the panel a catalogue-based recipe reads (earlier years feed windows and carry-forward).</summary>
    public int? FromYear { get; init; }

    /// <summary>Wide (COINr iData) or long.</summary>
    public DataLayout Layout { get; init; } = DataLayout.Wide;

    /// <summary>Column holding the unit code.</summary>
    public string UnitColumn { get; init; } = "uCode";

    /// <summary>Column holding the unit's name, if any.</summary>
    public string? NameColumn { get; init; } = "uName";

    /// <summary>Column holding the year; when absent every row is <see cref="DefaultYear"/>.</summary>
    public string? TimeColumn { get; init; } = "Time";

    /// <summary>The year of rows without a time column.</summary>
    public int? DefaultYear { get; init; }

    /// <summary>Long layout: the column naming the variable.</summary>
    public string VariableColumn { get; init; } = "indicator";

    /// <summary>Long layout: the column holding the value.</summary>
    public string ValueColumn { get; init; } = "value";
}
