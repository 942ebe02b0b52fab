using Gpsi.Core.Panels;

namespace Gpsi.Core.Structure;

/// <summary>
/// Splits the indicator columns of a data set by their ancestor at a level of the tree (COINr
/// <c>Meta$Lineage[[level]]</c>), for row-wise imputation and per-aggregate screening.
/// </summary>
internal static class LevelGroups
{
    /// <summary>
    /// Fills <paramref name="groupOfColumn"/> with a dense group number per column (−1 for a column that is not an
    /// indicator of <paramref name="tree"/>) and returns the node index of each group, in order of first appearance.
    /// An indicator's group is its nearest ancestor whose level is at least <paramref name="level"/>: in a balanced
    /// tree exactly its ancestor at that level; in an unbalanced one, an indicator that skips the level joins the
    /// next aggregate up (COINr's lineage table has no such case).
    /// </summary>
    public static int[] Assign(IndexTree tree, Axis columns, int level, Span<int> groupOfColumn)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(groupOfColumn.Length, columns.Count, nameof(groupOfColumn));
        var groups = new List<int>();
        for (var c = 0; c < columns.Count; c++)
        {
            groupOfColumn[c] = -1;
            var node = tree.IndexOf(columns[c]);
            if (node < 0 || tree.Nodes[node].Kind != NodeKind.Indicator)
            {
                continue;
            }

            var ancestor = tree.ParentOf[node];
            while (ancestor >= 0 && tree.LevelOf[ancestor] < level)
            {
                ancestor = tree.ParentOf[ancestor];
            }

            if (ancestor < 0)
            {
                continue;
            }

            var g = groups.IndexOf(ancestor);
            if (g < 0)
            {
                g = groups.Count;
                groups.Add(ancestor);
            }

            groupOfColumn[c] = g;
        }

        return [.. groups];
    }
}
