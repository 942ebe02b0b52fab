using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Derivation;
using Gpsi.Data.Editions;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Methodology;

/// <summary>
/// The methodology, generated from the recipe alone (plus, when a run is given, what each derived series had per
/// year): the text of <c>docs/methodology.md</c> and its HTML rendering. Fixed texts are translated; the recipe's
/// names, reasons and formulas stay as written (English).
/// </summary>
public static class MethodologyDocument
{
    /// <summary>The Markdown document (English). Deterministic: the same arguments give the same text.</summary>
    /// <param name="recipe">The recipe.</param>
    /// <param name="hash">Its hash (<c>RecipeHash.Compute</c>).</param>
    /// <param name="run">A run of it, to list the components each derived series had per year; null leaves that out.</param>
    public static string Markdown(Recipe recipe, string hash, IndexRun? run)
    {
        var writer = new MarkdownWriter();
        Write(writer, new Words(ReportTexts.Default, ReportTexts.English), recipe, hash, run);
        return writer.ToString();
    }

    /// <summary>The same content as an XHTML fragment (h1 …, tables) in <paramref name="language"/> (en or zh-Hans).</summary>
    public static string HtmlFragment(Recipe recipe, string hash, IndexRun? run, string language)
    {
        ReportTexts.CheckLanguage(language);
        var writer = new HtmlWriter();
        Write(writer, new Words(ReportTexts.Default, language), recipe, hash, run);
        return writer.ToString();
    }

    private static void Write(IDocumentWriter d, Words w, Recipe recipe, string hash, IndexRun? run)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(hash);
        var reasons = recipe.Reasons;
        var reason = w["methodology.reason"];
        void Why(string key)
        {
            if (reasons.TryGetValue(key, out var text))
            {
                d.Reason(reason, text);
            }
        }

        // The title is the recipe's; in Chinese, the root node's Chinese name when texts.yaml has one.
        var root = recipe.Nodes.FirstOrDefault(n => n.Parent is null);
        var title = recipe.Title ?? recipe.Name;
        d.Heading(1, $"{(root is null ? title : w.Node(root.Code, title))}{(w.IsChinese ? "：" : ": ")}{w["methodology.title"]}");
        d.Paragraph(w["methodology.generated"] + " " + w["methodology.reasonsNote"]);
        d.Field(w["methodology.recipe"], recipe.Name + (recipe.Version is { } v ? " " + v : string.Empty));
        d.Field(w["methodology.hash"], hash);
        if (recipe.Description is { } description)
        {
            d.Paragraph(description.Trim());
        }

        d.Heading(2, w["methodology.data"]);
        if (recipe.Data is { } data)
        {
            if (data.Catalogue is { } catalogue)
            {
                d.Field(w["methodology.catalogue"], catalogue);
            }

            if (data.Units is { } units)
            {
                d.Field(w["methodology.units"], units);
            }

            if (data.FromYear is { } from)
            {
                d.Field(w["methodology.fromYear"], from.ToString(CultureInfo.InvariantCulture));
            }
        }

        Why("data");
        Why("units");
        if (!recipe.Years.IsEmpty)
        {
            d.Field(w["methodology.years"], Years(recipe.Years));
        }

        Why("years");

        Tree(d, w, recipe, Why);

        if (!recipe.Variables.IsEmpty)
        {
            d.Heading(2, w["methodology.variables"]);
            d.Table([w["methodology.code"], w["methodology.node"], w["methodology.role"], w["methodology.series"], w["methodology.unit"]],
                recipe.Variables.Select(p => (IReadOnlyList<string>)[p.Code, p.Name ?? p.Code, p.Role.ToString().ToLowerInvariant(), p.Series ?? p.Registry ?? string.Empty, p.Unit ?? string.Empty]));
            foreach (var p in recipe.Variables)
            {
                if (reasons.TryGetValue("variables." + p.Code, out var text))
                {
                    d.Reason($"{reason} ({p.Code})", text);
                }
            }
        }

        if (!recipe.Derived.IsEmpty)
        {
            d.Heading(2, w["methodology.derived"]);
            foreach (var series in recipe.Derived)
            {
                d.Heading(3, series.Name is { } name ? $"{name} ({series.Code})" : series.Code);
                var (words, formula) = DerivationText.Describe(series.Rule, w);
                d.Paragraph(words + (series.Unit is { } unit ? w.F("derive.unit", unit) : string.Empty));
                d.Field(w["methodology.formula"], formula);
                Why("derived." + series.Code);
                if (run is not null && series.Rule is DerivationRule.WeightedSum or DerivationRule.Window)
                {
                    Components(d, w, run, series.Code, withNotes: series.Rule is DerivationRule.Window, ReportedYears(recipe, run));
                }
            }
        }

        d.Heading(2, w["methodology.steps"]);
        for (var i = 0; i < recipe.Steps.Length; i++)
        {
            d.Heading(3, $"{i + 1}. {recipe.Steps[i].Kind}");
            d.Field(w["methodology.method"], StepText.Describe(recipe.Steps[i], w));
            Why($"steps[{i}]");
        }

        d.Heading(2, w["methodology.minimumData"]);
        d.Paragraph(MinimumData.Rule(recipe, w) is { } rule ? Capitalise(rule) + w["punct.stop"] : w["methodology.noScreen"]);

        d.Heading(2, w["methodology.bands"]);
        d.Field(w["methodology.method"], recipe.Bands switch
        {
            BandRule.Fixed f => "fixed: " + string.Join(", ", f.Labels.Select((l, i) => i < f.Thresholds.Length
                ? $"{l} ≥ {f.Thresholds[i].ToString("0.##", CultureInfo.InvariantCulture)}"
                : l)),
            var q => MethodSyntax.Format(q) + ": " + string.Join(", ", Labels(recipe.Bands).Select(w.Band)),
        });
        Why("bands");
        if (recipe.Uncertainty is { } ua)
        {
            d.Heading(2, w["methodology.uncertainty"]);
            d.Paragraph(w.F("methodology.uncertaintyText", ua.Replications, ua.Seed));
            d.Table([w["methodology.factor"], w["methodology.options"]],
                ua.Factors.Select(f => (IReadOnlyList<string>)[f.Name, FactorText.Describe(f)]));
            Why("uncertainty");
        }
    }

    private static void Tree(IDocumentWriter d, Words w, Recipe recipe, Action<string> why)
    {
        d.Heading(2, w["methodology.tree"]);
        var ordered = new List<(Node Node, int Depth)>();
        void Visit(Node node, int depth)
        {
            ordered.Add((node, depth));
            foreach (var child in recipe.Nodes.Where(n => n.Parent == node.Code))
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in recipe.Nodes.Where(n => n.Parent is null))
        {
            Visit(root, 0);
        }

        d.Table(
            [w["methodology.node"], w["methodology.code"], w["methodology.weight"], w["methodology.direction"], w["methodology.type"], w["methodology.series"], w["methodology.unit"]],
            ordered.Select(x => (IReadOnlyList<string>)[
                new string('·', 2 * x.Depth) + (x.Depth > 0 ? " " : string.Empty) + w.Node(x.Node.Code, x.Node.Name ?? x.Node.Code),
                x.Node.Code,
                x.Depth == 0 ? string.Empty : Weight(recipe, x.Node),
                x.Node.Kind == NodeKind.Indicator ? (x.Node.Direction == Direction.Positive ? w["methodology.higherBetter"] : w["methodology.higherWorse"]) : string.Empty,
                x.Node.Type ?? string.Empty,
                x.Node.Series ?? string.Empty,
                x.Node.Unit ?? string.Empty]));
        foreach (var (node, _) in ordered)
        {
            var key = (node.Kind == NodeKind.Indicator ? "indicators." : "aggregates.") + node.Code;
            if (recipe.Reasons.TryGetValue(key, out var text))
            {
                d.Reason($"{w["methodology.reason"]} ({node.Code})", text);
            }
        }

        why("weights");
    }

    /// <summary>The edition years and the earlier years the longest window reaches back to.</summary>
    private static (int From, int To) ReportedYears(Recipe recipe, IndexRun run)
    {
        var back = recipe.Derived.Select(x => x.Rule).OfType<DerivationRule.Window>().Select(x => x.Weights.Length - 1)
            .DefaultIfEmpty(0).Max();
        return (run.Years[0] - back, run.Years[^1]);
    }

    private static void Components(IDocumentWriter d, Words w, IndexRun run, string series, bool withNotes, (int From, int To) years)
    {
        var notes = run.Derivations.Where(n => n.Series == series && n.Year >= years.From && n.Year <= years.To).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        var components = notes.Select(n => n.Component).Distinct(StringComparer.Ordinal).ToList();
        d.Paragraph(w["methodology.components"] + ":");
        var header = new List<string> { w["methodology.year"] };
        header.AddRange(components);
        if (withNotes)
        {
            header.Add(w["methodology.note"]);
        }

        var rows = notes.GroupBy(n => n.Year).OrderBy(g => g.Key).Select(g =>
        {
            var row = new List<string> { g.Key.ToString(CultureInfo.InvariantCulture) };
            foreach (var c in components)
            {
                var n = g.FirstOrDefault(x => x.Component == c);
                row.Add(n is null ? string.Empty : n.Available ? $"{w["methodology.yes"]} ({n.Countries})" : w["methodology.no"]);
            }

            if (withNotes)
            {
                row.Add(string.Join("; ", g.Select(x => x.Note).OfType<string>().Distinct(StringComparer.Ordinal)));
            }

            return (IReadOnlyList<string>)row;
        });
        d.Table(header, rows);
    }

    private static string Weight(Recipe recipe, Node node)
    {
        var siblings = recipe.Nodes.Where(n => n.Parent == node.Parent).Sum(n => n.Weight);
        var share = siblings > 0 ? node.Weight / siblings : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{node.Weight:0.###} ({share * 100:0.#}%)");
    }

    private static ImmutableArray<string> Labels(BandRule rule) => rule switch
    {
        BandRule.Quantile { Count: 5 } => BandRule.DefaultLabels,
        BandRule.Quantile q => [.. Enumerable.Range(1, q.Count).Select(i => $"Band {i}")],
        BandRule.Fixed f => f.Labels,
        _ => [],
    };

    private static string Years(ImmutableArray<int> years) =>
        years.Length > 2 && years[^1] - years[0] == years.Length - 1
            ? $"{years[0]}–{years[^1]}"
            : string.Join(", ", years);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
