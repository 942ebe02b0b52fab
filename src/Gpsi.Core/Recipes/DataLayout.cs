namespace Gpsi.Core.Recipes;

/// <summary>How a panel data file is laid out.</summary>
public enum DataLayout
{
    /// <summary>One row per unit and year, one column per variable (COINr's iData).</summary>
    Wide,

    /// <summary>One row per observation: unit, variable, year, value.</summary>
    Long,
}
