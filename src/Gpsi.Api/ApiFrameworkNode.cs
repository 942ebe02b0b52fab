namespace Gpsi.Api;

/// <summary>One node of the framework.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">English name.</param>
/// <param name="NameZh">zh-Hans name.</param>
/// <param name="Kind"><c>aggregate</c> or <c>indicator</c>.</param>
/// <param name="Level">1 for indicators, 2 for dimensions; the root highest.</param>
/// <param name="Parent">The parent's code; null for the root.</param>
/// <param name="Weight">Its weight among its siblings as the build used it.</param>
/// <param name="Direction">1 or −1 for indicators; null for aggregates.</param>
/// <param name="Unit">The unit of the raw value.</param>
/// <param name="Type">outcome, governance, perception …</param>
/// <param name="Series">For indicators: the catalogue or derived series it reads.</param>
/// <param name="Reason">The recipe's reason for it.</param>
/// <param name="Sources">The catalogue sources behind it (through derived series; an aggregate's are its
/// indicators'), by id.</param>
public sealed record ApiFrameworkNode(string Code, string Name, string NameZh, string Kind, int Level, string? Parent,
    double Weight, int? Direction, string? Unit, string? Type, string? Series, string? Reason,
    IReadOnlyList<ApiSource> Sources);
