namespace Gpsi.Core.Structure;

/// <summary>A leaf of the index tree (an indicator) or an inner node (an aggregate: pillar, dimension, index).</summary>
public enum NodeKind
{
    /// <summary>A measured indicator (level 1).</summary>
    Indicator,

    /// <summary>An aggregate of its children (level 2 and up).</summary>
    Aggregate,
}
