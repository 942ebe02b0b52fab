namespace Gpsi.Core.Audit;

/// <summary>How a node's correlation with its parent looks to an auditor.</summary>
public enum CorrelationConcern
{
    /// <summary>Positive and at least the weak-correlation threshold.</summary>
    None,

    /// <summary>|r| below the weak-correlation threshold: the node hardly moves with its parent.</summary>
    Weak,

    /// <summary>r negative and at least the threshold in size: the node pulls against its parent.</summary>
    Negative,

    /// <summary>r cannot be computed (fewer than two complete pairs, or a constant column).</summary>
    Undefined,
}
