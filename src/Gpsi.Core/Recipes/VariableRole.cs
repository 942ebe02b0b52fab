namespace Gpsi.Core.Recipes;

/// <summary>What a non-indicator panel variable is for.</summary>
public enum VariableRole
{
    /// <summary>Labels units (income group, region); used by group imputation and peer ranks.</summary>
    Group,

    /// <summary>A quantity indicators can be divided by (population, GDP, area).</summary>
    Denominator,
}
