using Gpsi.Core.Structure;

namespace Gpsi.Data.Editions;

/// <summary>A node of the index tree with what outputs and reports need about it.</summary>
/// <param name="Code">Its code (the column name in outputs).</param>
/// <param name="Name">Display name (English).</param>
/// <param name="Kind">Indicator or aggregate.</param>
/// <param name="Level">1 for indicators, 2 for dimensions, … the root has the highest level.</param>
/// <param name="Parent">The parent's code; null for the root.</param>
/// <param name="Weight">Its weight among its siblings (as used by the build).</param>
/// <param name="Direction">For indicators: +1 higher is better, −1 higher is worse.</param>
/// <param name="Unit">Unit of measure of the raw value.</param>
/// <param name="Type">outcome, capacity/governance, perception …</param>
/// <param name="Series">For indicators: the catalogue or derived series it reads.</param>
/// <param name="Reason">The recipe's one-line reason for it, if any.</param>
public sealed record RunNode(
    string Code,
    string Name,
    NodeKind Kind,
    int Level,
    string? Parent,
    double Weight,
    Direction Direction,
    string? Unit,
    string? Type,
    string? Series,
    string? Reason);
