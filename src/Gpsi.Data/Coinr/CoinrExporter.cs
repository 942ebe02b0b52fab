using System.Globalization;
using System.Text;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using static Gpsi.Data.Csv.CsvText;

namespace Gpsi.Data.Coinr;

/// <summary>
/// Writes a recipe and its panel as COINr's iData and iMeta tables, in the layout R's <c>write.csv</c> gives
/// (quoted text, numbers at 15 or 17 significant digits, empty cells for NA), so that importing COINr tables and
/// exporting them again gives the same files byte for byte.
/// </summary>
public static class CoinrExporter
{
    /// <summary>The iData table: uName, uCode, group columns, Time, denominators, indicators.</summary>
    public static string IData(Recipe recipe, Panel panel)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(panel);
        var groups = recipe.Variables.Where(v => v.Role == VariableRole.Group).Select(v => v.Code).ToList();
        var numeric = recipe.Variables.Where(v => v.Role == VariableRole.Denominator).Select(v => v.Code)
            .Concat(recipe.Nodes.Where(n => n.Kind == NodeKind.Indicator).Select(n => n.Code))
            .Select(code => (Code: code, Column: panel.Data.Columns.IndexOf(code)))
            .ToList();
        var missing = numeric.FirstOrDefault(c => c.Column < 0);
        if (missing.Code is not null)
        {
            throw new ArgumentException($"Panel has no column '{missing.Code}'.", nameof(panel));
        }

        var header = new List<string> { "uName", "uCode" };
        header.AddRange(groups);
        header.Add("Time");
        header.AddRange(numeric.Select(c => c.Code));
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Quote)).Append('\n');
        var data = panel.Data;
        for (var u = 0; u < panel.Units.Length; u++)
        {
            for (var y = 0; y < data.Years.Length; y++)
            {
                if (data.Years.Length > 1 && numeric.All(c => double.IsNaN(data[c.Column, y, u])))
                {
                    continue; // no row for this unit and year in a panel
                }

                var unit = panel.Units[u];
                text.Append(Quote(unit.Name)).Append(',').Append(Quote(unit.Code));
                foreach (var g in groups)
                {
                    text.Append(',').Append(unit.GroupOf(g) is { } label ? Quote(label) : string.Empty);
                }

                text.Append(',').Append(data.Years[y].ToString(CultureInfo.InvariantCulture));
                foreach (var (_, column) in numeric)
                {
                    text.Append(',').Append(RNumberFormat.Format(data[column, y, u]));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The iMeta table: a row per node (Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent,
    /// Type), then the group and denominator variables. Goalpost columns are added when a node has goalposts.
    /// </summary>
    public static string IMeta(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var diagnostics = new List<Diagnostic>();
        var tree = IndexTree.Create(recipe.Nodes, diagnostics)
            ?? throw new ArgumentException("The recipe's tree is invalid: " + diagnostics[0], nameof(recipe));
        var goalposts = recipe.Nodes.Any(n => n.Goalposts is not null);
        var header = new List<string>
            { "Level", "iCode", "iName", "Direction", "Weight", "Unit", "Target", "Denominator", "Parent", "Type" };
        if (goalposts)
        {
            header.AddRange(["goalpost_lower", "goalpost_upper"]);
        }

        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Quote)).Append('\n');
        for (var i = 0; i < tree.Nodes.Length; i++)
        {
            var n = tree.Nodes[i];
            var cells = new List<string>
            {
                tree.LevelOf[i].ToString(CultureInfo.InvariantCulture),
                Quote(n.Code),
                Optional(n.Name),
                ((int)n.Direction).ToString(CultureInfo.InvariantCulture),
                RNumberFormat.Format(n.Weight),
                Optional(n.Unit),
                n.Target is { } t ? RNumberFormat.Format(t) : string.Empty,
                Optional(n.Denominator?.Code),
                Optional(n.Parent),
                Quote(n.Kind == NodeKind.Indicator ? "Indicator" : "Aggregate"),
            };
            if (goalposts)
            {
                cells.Add(n.Goalposts is { } g ? RNumberFormat.Format(g.Lower) : string.Empty);
                cells.Add(n.Goalposts is { } h ? RNumberFormat.Format(h.Upper) : string.Empty);
            }

            text.AppendJoin(',', cells).Append('\n');
        }

        foreach (var v in recipe.Variables)
        {
            var cells = new List<string>
            {
                string.Empty, Quote(v.Code), Optional(v.Name), string.Empty, string.Empty, Optional(v.Unit),
                string.Empty, string.Empty, string.Empty, Quote(v.Role == VariableRole.Group ? "Group" : "Denominator"),
            };
            if (goalposts)
            {
                cells.AddRange([string.Empty, string.Empty]);
            }

            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }

    private static string Optional(string? text) => text is null ? string.Empty : Quote(text);
}
