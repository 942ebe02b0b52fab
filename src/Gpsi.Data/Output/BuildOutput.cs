using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gpsi.Core.Building;
using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;
using Gpsi.Data.Coinr;
using static Gpsi.Data.Csv.CsvText;

namespace Gpsi.Data.Output;

/// <summary>
/// Renders a successful build as the files <c>gpsi build</c> writes, in COINr's wide layout (a row per unit, first
/// column <c>uCode</c>, then <c>Time</c> when the panel has several years): <c>normalised.csv</c>, <c>scores.csv</c>,
/// <c>ranks.csv</c>, <c>bands.csv</c>, <c>build-log.json</c> and <c>diagnostics.txt</c>. Rendering is pure and
/// deterministic (no clock), so the same recipe and data give byte-identical files.
/// </summary>
public static class BuildOutput
{
    /// <summary>File name → content, in a stable order.</summary>
    /// <param name="build">A successful build.</param>
    /// <param name="recipeHash">The recipe's content hash.</param>
    /// <param name="dataHash">A hash of the input data snapshot.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(Build build, string recipeHash, string dataHash)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (!build.Succeeded || build.Tree is null)
        {
            throw new ArgumentException("Only a successful build can be rendered.", nameof(build));
        }

        var tree = build.Tree;
        var files = new List<KeyValuePair<string, string>>();
        if (build.Normalised is { } normalised)
        {
            files.Add(new("normalised.csv", Wide(build, normalised,
                Enumerable.Range(0, normalised.Columns.Count), (c, y, u) => RNumberFormat.Format(normalised[c, y, u]))));
        }

        if (build.Ranks is { } ranks && build.Bands is { } bands)
        {
            var aggregates = tree.Aggregates.ToList();
            files.Add(new("scores.csv", Wide(build, ranks.Scores, aggregates,
                (c, y, u) => RNumberFormat.Format(ranks.Scores[c, y, u]))));
            files.Add(new("ranks.csv", Wide(build, ranks.Scores, aggregates,
                (c, y, u) => ranks[c, y, u] == 0 ? string.Empty : ranks[c, y, u].ToString(CultureInfo.InvariantCulture))));
            files.Add(new("bands.csv", Bands(build, bands)));
        }

        files.Add(new("build-log.json", Log(build, recipeHash, dataHash)));
        files.Add(new("diagnostics.txt", build.Diagnostics.Length == 0
            ? "no diagnostics\n"
            : string.Join('\n', build.Diagnostics) + "\n"));
        return files;
    }

    private static string Wide(Build build, DataSet data, IEnumerable<int> columns, Func<int, int, int, string> cell)
    {
        var cols = columns.ToList();
        var multiYear = data.Years.Length > 1;
        var text = new StringBuilder();
        text.Append(Quote("uCode"));
        if (multiYear)
        {
            text.Append(',').Append(Quote("Time"));
        }

        foreach (var c in cols)
        {
            text.Append(',').Append(Quote(data.Columns[c]));
        }

        text.Append('\n');
        for (var y = 0; y < data.Years.Length; y++)
        {
            for (var u = 0; u < data.Units.Count; u++)
            {
                if (!build.IsIncluded(y, u))
                {
                    continue;
                }

                text.Append(Quote(data.Units[u]));
                if (multiYear)
                {
                    text.Append(',').Append(data.Years[y].ToString(CultureInfo.InvariantCulture));
                }

                foreach (var c in cols)
                {
                    text.Append(',').Append(cell(c, y, u));
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Bands(Build build, Core.Results.BandTable bands)
    {
        var text = new StringBuilder("\"uCode\",\"Time\",\"Band\",\"Label\"\n");
        for (var y = 0; y < bands.Years.Length; y++)
        {
            for (var u = 0; u < bands.UnitCount; u++)
            {
                if (build.IsIncluded(y, u) && bands[y, u] > 0)
                {
                    text.Append(Quote(build.Panel.Units[u].Code)).Append(',')
                        .Append(bands.Years[y].ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(bands[y, u].ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(Quote(bands.LabelOf(bands[y, u]))).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Log(Build build, string recipeHash, string dataHash)
    {
        var tree = build.Tree!;
        var log = new
        {
            recipe = build.Recipe.Name,
            recipeHash,
            dataHash,
            units = build.Panel.Units.Length,
            indicators = tree.Indicators.Length,
            levels = tree.Depth,
            years = build.Panel.Years,
            steps = build.Log.Select(s => new
            {
                index = s.Index,
                kind = s.Kind,
                parameters = s.Step is { } step
                    ? JsonSerializer.Deserialize<JsonElement>(RecipeCanonicalForm.StepToJson(step))
                    : (JsonElement?)null,
                output = s.Output,
                summary = s.Summary,
            }),
            weights = tree.Nodes.Select((n, i) => new { node = n.Code, weight = build.Weights[i] })
                .Where((_, i) => tree.ParentOf[i] >= 0), // every node but the root, which has no siblings
            bands = build.Bands is { } b
                ? b.Years.Select((year, y) => new { year, labels = b.Labels, lowestScores = b.Thresholds[y] })
                : null,
            screened = build.Screened,
            imputed = build.Imputed,
            treatment = build.Treatment.Select(t => new
            {
                indicator = t.Indicator,
                year = t.Year,
                skewBefore = Finite(t.SkewBefore),
                kurtosisBefore = Finite(t.KurtosisBefore),
                skewAfter = Finite(t.SkewAfter),
                kurtosisAfter = Finite(t.KurtosisAfter),
                transform = t.Transform,
                passed = t.Passed,
                winsorised = t.Winsorised,
            }),
            diagnostics = build.Diagnostics.Select(d => new
            {
                severity = d.Severity.ToString().ToLowerInvariant(),
                code = d.Code,
                message = d.Message,
                location = d.Location?.ToString(),
                found = d.Found,
                expected = d.Expected,
            }),
        };
        return JsonSerializer.Serialize(log, JsonOptions) + "\n";
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
