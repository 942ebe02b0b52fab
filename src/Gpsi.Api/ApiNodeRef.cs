namespace Gpsi.Api;

/// <summary>A tree node named in an answer: its code, names and level.</summary>
/// <param name="Code">The node code (the column name in the outputs).</param>
/// <param name="Name">The recipe's (English) name.</param>
/// <param name="NameZh">The zh-Hans name; the English name when there is no translation.</param>
/// <param name="Level">1 for indicators, 2 for dimensions; the root has the highest level.</param>
public sealed record ApiNodeRef(string Code, string Name, string NameZh, int Level);
