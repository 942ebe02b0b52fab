using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Data.Csv;
using Gpsi.Data.Panels;

namespace Gpsi.Data.Coinr;

/// <summary>
/// Reads COINr's input tables — iData (a row per unit and time, a column per variable) and iMeta (a row per
/// indicator, aggregate, group and denominator) — into a recipe that builds as COINr's default: directions applied,
/// min-max to [0, 100], weighted arithmetic mean at every level. Every problem names the file, line and column.
/// </summary>
public static class CoinrImporter
{
    /// <summary>The data file name an imported recipe refers to (written beside it).</summary>
    public const string DataFileName = "data.csv";

    private static readonly string[] RequiredMeta = ["Level", "iCode", "Direction", "Weight", "Parent", "Type"];

    /// <summary>Imports the two files; null with error diagnostics when either is unusable.</summary>
    /// <param name="dataPath">iData CSV.</param>
    /// <param name="metaPath">iMeta CSV.</param>
    /// <param name="name">The recipe's name.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <param name="year">The year of every row when iData has no <c>Time</c> column.</param>
    public static CoinrImport? Import(string dataPath, string metaPath, string name, List<Diagnostic> diagnostics,
        int? year = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var meta = CsvTable.Read(metaPath, diagnostics);
        var data = CsvTable.Read(dataPath, diagnostics);
        return meta is null || data is null ? null : Import(data, meta, name, diagnostics, year);
    }

    /// <summary>Imports already parsed tables.</summary>
    public static CoinrImport? Import(CsvTable data, CsvTable meta, string name, List<Diagnostic> diagnostics,
        int? year = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        foreach (var column in RequiredMeta.Where(c => meta.ColumnOf(c) < 0))
        {
            diagnostics.Add(Diagnostic.Error("coinr.meta-column", $"iMeta has no '{column}' column.",
                new SourceLocation(meta.File, 1), string.Join(",", meta.Header),
                "COINr's iMeta columns: " + string.Join(", ", RequiredMeta)));
        }

        if (diagnostics.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        var reader = new MetaReader(meta, diagnostics);
        var nodes = new List<Node>();
        var rows = new List<CsvRow>();
        var variables = new List<PanelVariable>();
        foreach (var row in meta.Rows)
        {
            var type = reader.Text(row, "Type");
            switch (type)
            {
                case "Indicator" or "Aggregate":
                    if (reader.Node(row, type == "Indicator" ? NodeKind.Indicator : NodeKind.Aggregate) is { } node)
                    {
                        nodes.Add(node);
                        rows.Add(row);
                    }

                    break;
                case "Group" or "Denominator":
                    variables.Add(new PanelVariable(reader.Text(row, "iCode") ?? string.Empty,
                        type == "Group" ? VariableRole.Group : VariableRole.Denominator,
                        reader.Text(row, "iName"), reader.Text(row, "Unit")));
                    break;
                default:
                    diagnostics.Add(Diagnostic.Error("coinr.meta-type", "Unknown iMeta Type.",
                        meta.Cell(row, meta.ColumnOf("Type")), type ?? string.Empty,
                        "Indicator, Aggregate, Group or Denominator"));
                    break;
            }
        }

        CheckTree(meta, nodes, rows, reader, diagnostics);
        foreach (var (node, row) in nodes.Zip(rows).Where(p => p.First.Kind == NodeKind.Indicator))
        {
            if (data.ColumnOf(node.Code) < 0)
            {
                diagnostics.Add(Diagnostic.Error("coinr.missing-indicator",
                    $"Indicator '{node.Code}' is not a column of iData ({data.File}).",
                    meta.Cell(row, meta.ColumnOf("iCode")), node.Code, "an iData column of the same name"));
            }
        }

        var timeColumn = data.ColumnOf("Time") >= 0 ? "Time" : null;
        if (timeColumn is null && year is null)
        {
            diagnostics.Add(Diagnostic.Error("coinr.no-time", "iData has no Time column and no year was given.",
                new SourceLocation(data.File, 1), string.Join(",", data.Header), "a Time column, or --year"));
        }

        if (diagnostics.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        var recipe = new Recipe
        {
            Name = name,
            Title = nodes.FirstOrDefault(n => n.Parent is null)?.Name,
            Description = "Imported from COINr iData/iMeta; builds as COINr's default (minmax 0-100, amean).",
            Data = new DataSource
            {
                File = DataFileName,
                TimeColumn = timeColumn,
                DefaultYear = timeColumn is null ? year : null,
            },
            Variables = [.. variables],
            Nodes = [.. nodes],
            Steps =
            [
                new Step.Normalise(new NormalisationMethod.MinMax(0, 100)),
                new Step.Aggregate(new AggregationMethod.ArithmeticMean()),
            ],
        };
        var panel = PanelReader.Read(data, recipe.Data, recipe.Variables, diagnostics);
        return panel is null ? null : new CoinrImport(recipe, panel);
    }

    private static void CheckTree(CsvTable meta, List<Node> nodes, List<CsvRow> rows, MetaReader reader,
        List<Diagnostic> diagnostics)
    {
        var tree = IndexTree.Create(nodes, diagnostics, (i, field) =>
        {
            var column = field switch
            {
                "parent" => "Parent",
                "weight" => "Weight",
                _ => "iCode",
            };
            return meta.Cell(rows[i], meta.ColumnOf(column));
        });
        if (tree is null)
        {
            return;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (reader.Level(rows[i]) is { } level && level != tree.LevelOf[i])
            {
                diagnostics.Add(Diagnostic.Error("coinr.level",
                    $"'{nodes[i].Code}' is at level {tree.LevelOf[i]} of the tree its parents make.",
                    meta.Cell(rows[i], meta.ColumnOf("Level")), level.ToString(CultureInfo.InvariantCulture),
                    $"{tree.LevelOf[i]} (indicators 1, each aggregate one above its highest child)"));
            }
        }
    }

    private sealed class MetaReader(CsvTable meta, List<Diagnostic> diagnostics)
    {
        public string? Text(CsvRow row, string column)
        {
            var c = meta.ColumnOf(column);
            return c < 0 || row.Fields[c].Length == 0 || row.Fields[c] == "NA" ? null : row.Fields[c];
        }

        public double? Number(CsvRow row, string column)
        {
            var c = meta.ColumnOf(column);
            if (c < 0 || !CsvCells.TryNumber(meta, row, c, diagnostics, out var value) || double.IsNaN(value))
            {
                return null;
            }

            return value;
        }

        public int? Level(CsvRow row) => Number(row, "Level") is { } l ? (int)l : null;

        public Node? Node(CsvRow row, NodeKind kind)
        {
            var code = Text(row, "iCode");
            if (code is null)
            {
                diagnostics.Add(Diagnostic.Error("coinr.meta-code", "iCode is empty.",
                    meta.Cell(row, meta.ColumnOf("iCode")), string.Empty, "a unique code"));
                return null;
            }

            var direction = Number(row, "Direction") ?? 1;
            if (direction is not (1 or -1))
            {
                diagnostics.Add(Diagnostic.Error("coinr.direction", $"Direction of '{code}' must be 1 or -1.",
                    meta.Cell(row, meta.ColumnOf("Direction")), direction.ToString(CultureInfo.InvariantCulture),
                    "1 (higher is better) or -1 (higher is worse)"));
            }

            var lower = Number(row, "goalpost_lower");
            var upper = Number(row, "goalpost_upper");
            return new Node
            {
                Code = code,
                Kind = kind,
                Name = Text(row, "iName"),
                Parent = Text(row, "Parent"),
                Weight = Number(row, "Weight") ?? 1,
                Direction = direction < 0 ? Direction.Negative : Direction.Positive,
                Unit = Text(row, "Unit"),
                Target = Number(row, "Target"),
                Denominator = Text(row, "Denominator") is { } d ? new Denominator(d) : null,
                Goalposts = lower is { } lo && upper is { } hi ? new Goalposts(lo, hi) : null,
            };
        }
    }
}
