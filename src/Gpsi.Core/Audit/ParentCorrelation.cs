namespace Gpsi.Core.Audit;

/// <summary>
/// How one node moves with the aggregate above it and with the index, in one year (COINr <c>get_corr</c> with
/// <c>withparent</c>, and <c>get_corr_flags</c>'s purpose).
/// </summary>
/// <param name="Code">The node (an indicator or an aggregate below the index).</param>
/// <param name="Level">Its level (1 for indicators).</param>
/// <param name="Parent">The parent aggregate's code.</param>
/// <param name="WithParent">Correlation with the parent's scores; NaN when undefined.</param>
/// <param name="WithIndex">Correlation with the index (the root); equals <paramref name="WithParent"/> for the
/// index's own children.</param>
/// <param name="Concern">Whether <paramref name="WithParent"/> is weak, negative or undefined.</param>
public sealed record ParentCorrelation(
    string Code,
    int Level,
    string Parent,
    double WithParent,
    double WithIndex,
    CorrelationConcern Concern);
