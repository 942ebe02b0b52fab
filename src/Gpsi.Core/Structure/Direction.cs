namespace Gpsi.Core.Structure;

/// <summary>Whether a higher raw value of an indicator is better (+1) or worse (−1).</summary>
public enum Direction
{
    /// <summary>Higher is worse; values are multiplied by −1 before normalisation (as COINr does).</summary>
    Negative = -1,

    /// <summary>Higher is better.</summary>
    Positive = 1,
}
